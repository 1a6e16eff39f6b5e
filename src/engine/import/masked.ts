/** The article's prose with Markdown masked, its paragraphs and lines, and the outlets its corpus knows. */
import type { Corpus } from '../types';
import { maskMarkdown } from '../draft/markdown';
import { splitParagraphs } from '../draft/segment';
import { OutletDirectory } from '../draft/outlets';
import type { Article } from './types';

/** The article's prose with Markdown masked (offsets kept) and where its paragraphs start. */
export function maskedArticle(article: Article): { text: string; breaks: number[] } {
  let masked = maskedCache.get(article);
  if (!masked) maskedCache.set(article, (masked = maskArticle(article)));
  return masked;
}

/** Masking once per article: the two reading passes, the paragraphs and the occasions share it. */
export const maskedCache = new WeakMap<Article, { text: string; breaks: number[] }>();

export function maskArticle(article: Article): { text: string; breaks: number[] } {
  const format = article.format === 'markdown' ? 'markdown' : 'plaintext';
  const masked = maskMarkdown(article.text, format);
  const text = masked.text;
  return {
    text,
    breaks:
      article.format === 'html'
        ? article.paragraphStarts
        : format === 'plaintext' && onePerLine(text)
          ? lineStarts(text)
          : masked.breaks,
  };
}

/** Each paragraph's text, in order. */
export function paragraphTexts(article: Article): string[] {
  const { text, breaks } = maskedArticle(article);
  return splitParagraphs(text, breaks).map((paragraph) => text.slice(paragraph.start, paragraph.end));
}

/** Where each paragraph starts (offsets into the masked text, as `Unit.paragraph`), in order. */
export function paragraphStarts(article: Article): number[] {
  const { text, breaks } = maskedArticle(article);
  return splitParagraphs(text, breaks).map((paragraph) => paragraph.start);
}

export const outletCache = new WeakMap<Corpus, OutletDirectory>();
export function outletsOf(corpus: Corpus): OutletDirectory {
  let outlets = outletCache.get(corpus);
  if (!outlets) outletCache.set(corpus, (outlets = new OutletDirectory(corpus)));
  return outlets;
}

/** Plain text written one paragraph per line (no blank lines between long lines). */
export function onePerLine(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim());
  const blank = (text.match(/\n[ \t]*\n/g) ?? []).length;
  return lines.length > 2 && blank < lines.length / 4;
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) starts.push(k + 1);
  return starts;
}

export function lineOf(article: Article, starts: number[], offset: number): number {
  if (article.format === 'html') {
    let index = 0;
    while (index + 1 < article.paragraphStarts.length && article.paragraphStarts[index + 1] <= offset) index++;
    return article.paragraphLines[index] ?? 1;
  }
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
