/**
 * Reading an article file into prose and metadata: Markdown and plain text (with front matter),
 * and saved web pages (html.ts). Refuses, with a message a reporter understands, what is not an
 * article: binary files, files over the size cap, pages with no article body.
 */
import type { Article, ArticleMeta, ImportError } from './types';
import { readHtmlArticle } from './html';
import { monthByPrefix } from '../text/calendar';

/** Articles longer than this many characters are refused (a 50 MB file is an archive dump, not a story). */
export const MAX_ARTICLE_CHARS = 5_000_000;

/** The article's format from its file name, or from its first characters when the name says nothing. */
export function articleFormat(file: string, content: string): Article['format'] {
  if (/\.(?:html?|xhtml)$/i.test(file)) return 'html';
  if (/\.(?:md|markdown|mdx)$/i.test(file)) return 'markdown';
  if (/\.(?:txt|text)$/i.test(file)) return 'plaintext';
  return /^\s*(?:<!doctype html|<html|<head|<article)/i.test(content.slice(0, 512)) ? 'html' : 'plaintext';
}

/**
 * Reads one article. `content` is the file's text (UTF-8 decoded). Returns the article, or an
 * `ImportError` naming the file and saying why it cannot be imported. Never throws.
 */
export function readArticle(file: string, content: string): Article | ImportError {
  if (content.length > MAX_ARTICLE_CHARS) {
    return {
      file,
      message: `${file} is ${(content.length / 1_000_000).toFixed(1)} million characters; articles over ${MAX_ARTICLE_CHARS / 1_000_000} million are not imported (split the archive into one file per article). Nothing was written.`,
    };
  }
  if (content.includes('\u0000') || /[\uFFFD]{8,}/.test(content.slice(0, 4096))) {
    return {
      file,
      message: `${file} is not text (it contains binary data); import Markdown, plain text or HTML articles. Nothing was written.`,
    };
  }
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  if (text.trim() === '') return { file, message: `${file} is empty. Nothing was written.` };
  const format = articleFormat(file, text);
  if (format === 'html') {
    try {
      return readHtmlArticle(file, text);
    } catch (error) {
      return {
        file,
        message: `${file} could not be read as HTML (${error instanceof Error ? error.message : String(error)}). Nothing was written.`,
      };
    }
  }
  const { meta, end } = readFrontMatter(text);
  if (!meta.headline) meta.headline = plainHeadline(text, end);
  if (!meta.published) {
    const published = headerDate(text.slice(end, end + 1200));
    if (published) {
      meta.published = published;
      meta.publishedFrom = 'date line';
    }
  }
  return { file, text, format, meta, paragraphStarts: [], paragraphLines: [] };
}

export function isImportError(value: unknown): value is ImportError {
  return typeof value === 'object' && value !== null && 'message' in value && !('text' in value);
}

/** YAML (`---`) or TOML (`+++`) front matter: title, date, author(s), publisher, url. */
export function readFrontMatter(text: string): { meta: ArticleMeta; end: number } {
  const match = /^(---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n\1[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { meta: {}, end: 0 };
  const fields = new Map<string, string[]>();
  let lastKey: string | undefined;
  for (const line of match[2].split(/\r?\n/)) {
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item && lastKey) {
      fields.get(lastKey)!.push(unquote(item[1]));
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*)\s*[:=]\s*(.*)$/.exec(line);
    if (!pair) continue;
    lastKey = pair[1].toLowerCase();
    const value = pair[2].trim();
    const list = /^\[(.*)\]$/.exec(value);
    fields.set(lastKey, list ? list[1].split(',').map(unquote).filter(Boolean) : value ? [unquote(value)] : []);
  }
  const first = (...keys: string[]) => keys.map((key) => fields.get(key)?.[0]).find((value) => value);
  const meta: ArticleMeta = {};
  const headline = first('title', 'headline');
  if (headline) meta.headline = headline;
  const date = isoDay(first('date', 'published', 'datepublished', 'pubdate'));
  if (date) meta.published = date;
  const authors = fields.get('authors') ?? fields.get('author') ?? fields.get('byline');
  if (authors?.length) meta.byline = authors;
  const publisher = first('publisher', 'outlet', 'publication', 'site_name', 'source');
  if (publisher) meta.publisher = publisher;
  const url = first('url', 'canonical', 'link');
  if (url) meta.url = url;
  return { meta, end: match[0].length };
}

function unquote(value: string): string {
  return value
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2')
    .trim();
}

/** The ISO day of a date or timestamp ("2025-08-17", "2025-08-17T09:00:00Z"); undefined otherwise. */
export function isoDay(value: string | undefined): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value?.trim() ?? '');
  return match ? match[1] : undefined;
}

/** A first line that reads as a headline: short, no closing full stop, followed by more text. */
function plainHeadline(text: string, from: number): string | undefined {
  const body = text.slice(from).replace(/^\s+/, '');
  const line = /^(?:#\s+)?([^\n]{3,200})\n/.exec(body);
  if (!line) return undefined;
  const headline = line[1].trim();
  return /[.!?:]["\u201D\u2019]?$/.test(headline) ? undefined : headline;
}

/**
 * A full date (with its year) in the article's head: a date line ("Tuesday, October 8, 2024",
 * "*Thursday 14 November 2024*") or a wire dateline ("VILLARD-DE-LANS, France, July 30, 2025 (AFP) -").
 */
export function headerDate(head: string): string | undefined {
  const month = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
  const american = new RegExp(`\\b${month}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b`).exec(head);
  const british = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${month}\\s+((?:19|20)\\d{2})\\b`).exec(head);
  const found =
    american && (!british || american.index < british.index)
      ? { m: american[1], d: american[2], y: american[3] }
      : british
        ? { m: british[2], d: british[1], y: british[3] }
        : undefined;
  if (!found) return undefined;
  const index = monthByPrefix(found.m);
  const day = Number(found.d);
  if (index < 0 || day < 1 || day > 31) return undefined;
  return `${found.y}-${String(index + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
