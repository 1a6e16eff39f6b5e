/**
 * Saved web pages: the article body is found by Mozilla's Readability over linkedom (a DOM that
 * needs no browser, so this runs in Node, a web worker and the CLI alike); the headline, byline,
 * date and publisher come from schema.org JSON-LD (`NewsArticle` and its kin), Open Graph and
 * `article:` meta tags, then Readability's own guesses.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Article, ArticleMeta, ImportError } from './types';
import { isoDay } from './article';

/** The few DOM members used here: linkedom's types need the DOM lib, which the engine does not load. */
interface Node {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<Node>;
  querySelector(selector: string): Node | null;
  tagName: string;
  parentNode: Node | null;
}

const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|ReviewNewsArticle|BackgroundNewsArticle|LiveBlogPosting|Report)$/;

/** Reads a saved page; an `ImportError` when no article body can be found in it. */
export function readHtmlArticle(file: string, html: string): Article | ImportError {
  const { document } = parseHTML(html) as unknown as { document: Node & { title?: string } };
  const meta = pageMeta(document);
  const reader = new Readability(document as never, { charThreshold: 200 });
  const parsed = reader.parse();
  if (!parsed?.content)
    return {
      file,
      message: `${file}: no article body found in the page (Readability found no main text). Nothing was written.`,
    };
  const { document: body } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`) as unknown as {
    document: Node;
  };
  const blocks: string[] = [];
  for (const node of Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td'))) {
    // A blockquote or list item holding paragraphs is read through them.
    if (['BLOCKQUOTE', 'LI', 'TD'].includes(node.tagName) && node.querySelector('p')) continue;
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
  }
  if (blocks.join(' ').split(/\s+/).length < 20)
    return {
      file,
      message: `${file}: no article body found in the page (fewer than 20 words of text). Nothing was written.`,
    };
  if (!meta.headline && parsed.title) meta.headline = parsed.title.trim();
  if (!meta.byline?.length && parsed.byline) meta.byline = splitByline(parsed.byline);
  if (!meta.publisher && parsed.siteName) meta.publisher = parsed.siteName.trim();
  if (!meta.published) {
    const published = isoDay((parsed as { publishedTime?: string | null }).publishedTime ?? undefined);
    if (published) meta.published = published;
  }
  // Drop a first block that repeats the headline: it is not prose.
  if (meta.headline && blocks[0] === meta.headline) blocks.shift();
  const paragraphStarts: number[] = [];
  const paragraphLines: number[] = [];
  const lineStarts = [0];
  for (let k = html.indexOf('\n'); k !== -1; k = html.indexOf('\n', k + 1)) lineStarts.push(k + 1);
  let text = '';
  for (const block of blocks) {
    paragraphStarts.push(text.length);
    paragraphLines.push(lineInSource(html, block, lineStarts));
    text += `${block}\n\n`;
  }
  return { file, text, format: 'html', meta, paragraphStarts, paragraphLines };
}

/** Metadata from JSON-LD, Open Graph and meta tags, in that order of trust. */
export function pageMeta(document: Node & { title?: string }): ArticleMeta {
  const meta: ArticleMeta = {};
  const ld = jsonLdArticle(document);
  if (ld) {
    const headline = str(ld.headline) ?? str(ld.name);
    if (headline) meta.headline = headline;
    const published = isoDay(str(ld.datePublished) ?? str(ld.dateCreated));
    if (published) meta.published = published;
    const authors = (Array.isArray(ld.author) ? ld.author : ld.author ? [ld.author] : [])
      .map((author) => (typeof author === 'string' ? author : str((author as Record<string, unknown>).name)))
      .filter((name): name is string => Boolean(name));
    if (authors.length) meta.byline = authors;
    const publisher =
      typeof ld.publisher === 'string'
        ? ld.publisher
        : str((ld.publisher as Record<string, unknown> | undefined)?.name);
    if (publisher) meta.publisher = publisher;
    const url =
      str(ld.url) ??
      str((ld.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id']) ??
      str(ld.mainEntityOfPage);
    if (url) meta.url = url;
  }
  const tag = (...names: string[]) => {
    for (const name of names) {
      const node = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
      const content = node?.getAttribute('content')?.trim();
      if (content) return content;
    }
    return undefined;
  };
  meta.headline ??=
    tag('og:title', 'twitter:title') ??
    (document.querySelector('h1')?.textContent?.trim() || document.title?.trim() || undefined);
  meta.published ??= isoDay(
    tag(
      'article:published_time',
      'og:article:published_time',
      'date',
      'pubdate',
      'dc.date',
      'DC.date.issued',
      'sailthru.date',
    ) ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ??
      undefined,
  );
  meta.publisher ??= tag('og:site_name', 'application-name', 'publisher');
  meta.url ??= tag('og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  if (!meta.byline?.length) {
    const author = tag('author', 'article:author', 'byl', 'sailthru.author');
    if (author && !/^https?:/.test(author)) meta.byline = splitByline(author);
  }
  for (const key of Object.keys(meta) as (keyof ArticleMeta)[]) if (meta[key] === undefined) delete meta[key];
  return meta;
}

function jsonLdArticle(document: Node): Record<string, unknown> | undefined {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken block is skipped; Open Graph may still say
    }
    const stack = [data];
    while (stack.length) {
      const item = stack.pop();
      if (Array.isArray(item)) stack.push(...item);
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        const types = Array.isArray(record['@type']) ? record['@type'] : [record['@type']];
        if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type))) return record;
        if (record['@graph']) stack.push(record['@graph']);
      }
    }
  }
  return undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** "By Jane Roe and John Doe" → ["Jane Roe", "John Doe"]. */
function splitByline(byline: string): string[] {
  return byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((name) => name.trim())
    .filter((name) => name && name.length < 60);
}

/** The 1-based line of the page where a paragraph's first words appear (1 when they cannot be found, e.g. behind entities). */
function lineInSource(html: string, block: string, lineStarts: number[]): number {
  let at = html.indexOf(block.slice(0, 24));
  if (at === -1) at = html.indexOf(block.split(' ').slice(0, 2).join(' '));
  if (at === -1) return 1;
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= at) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
