/**
 * Markdown awareness without a Markdown parser: everything that is not prose a reporter would
 * be fact-checked on (front matter, code, HTML comments and tags, URLs, link targets) is
 * blanked out with spaces. Blanking keeps every offset, so findings map back to the original.
 */

export interface MaskedDraft {
  /** Same length as the original; masked regions are spaces (line breaks kept). */
  text: string;
  /** `date:` from YAML front matter, as an ISO date, when present and valid. */
  frontMatterDate?: string;
}

export function maskMarkdown(original: string): MaskedDraft {
  // Collect the ranges to blank, then rebuild the text once: a 20,000-word draft re-checked on
  // every keystroke must not be exploded into an array of characters each time.
  let frontMatterDate: string | undefined;
  const frontMatter = findFrontMatter(original);
  const blockRanges: [number, number][] = [];
  if (frontMatter) {
    frontMatterDate = readDate(original.slice(frontMatter.start, frontMatter.end));
    blockRanges.push([frontMatter.start, frontMatter.end]);
  }
  blankFencedCode(original, (start, end) => blockRanges.push([start, end]), frontMatter?.end ?? 0);
  const afterBlocks = applyBlanks(original, blockRanges);
  const spanRanges: [number, number][] = [];
  blankSpans(afterBlocks, (start, end) => spanRanges.push([start, end]));
  return { text: applyBlanks(afterBlocks, spanRanges), frontMatterDate };
}

/** Replaces each range with spaces, keeping line breaks (and so every offset and line number). */
function applyBlanks(text: string, ranges: [number, number][]): string {
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let cursor = 0;
  for (const [rawStart, rawEnd] of ranges) {
    const start = Math.max(rawStart, cursor);
    const end = Math.min(rawEnd, text.length);
    if (end <= start) continue;
    out += text.slice(cursor, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    cursor = end;
  }
  return out + text.slice(cursor);
}

function findFrontMatter(text: string): { start: number; end: number } | undefined {
  const opening = /^(?:\uFEFF)?---[ \t]*\r?\n/.exec(text);
  if (!opening) return undefined;
  const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = opening[0].length - 1;
  const match = close.exec(text);
  if (!match) return undefined;
  return { start: 0, end: match.index + match[0].length };
}

function readDate(frontMatter: string): string | undefined {
  const match = /^date:[ \t]*["']?(\d{4}-\d{2}-\d{2})/m.exec(frontMatter);
  return match?.[1];
}

/** ``` and ~~~ fences, line by line (an unclosed fence runs to the end, as CommonMark says). */
function blankFencedCode(text: string, blank: (s: number, e: number) => void, from: number) {
  let lineStart = from;
  let fence: { char: string; length: number; start: number } | undefined;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (marker && marker[1][0] === fence.char && marker[1].length >= fence.length && line.trim() === marker[1]) {
        blank(fence.start, lineEnd);
        fence = undefined;
      }
    } else if (marker) {
      fence = { char: marker[1][0], length: marker[1].length, start: lineStart };
    } else if (/^(?: {4}|\t)/.test(line) && line.trim() !== '' && isIndentedCodeContext(text, lineStart)) {
      blank(lineStart, lineEnd);
    }
    lineStart = lineEnd + 1;
  }
  if (fence) blank(fence.start, text.length);
}

/** Indented code only counts after a blank line (otherwise it is a lazy continuation of prose). */
function isIndentedCodeContext(text: string, lineStart: number): boolean {
  if (lineStart === 0) return true;
  const previousEnd = lineStart - 1;
  const previousStart = text.lastIndexOf('\n', previousEnd - 1) + 1;
  const previous = text.slice(previousStart, previousEnd);
  return previous.trim() === '' || /^(?: {4}|\t)/.test(previous);
}

/**
 * Inline spans, scanned once left to right: `code`, <!-- comments -->, <tags>, URLs, and the
 * target of [text](target) links (the link text stays: it is prose).
 */
function blankSpans(text: string, blank: (s: number, e: number) => void) {
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '`') {
      let run = 1;
      while (text[i + run] === '`') run++;
      const closer = text.indexOf('`'.repeat(run), i + run);
      if (closer !== -1) {
        blank(i, closer + run);
        i = closer + run;
        continue;
      }
      i += run;
      continue;
    }
    if (ch === '<' && text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      const stop = end === -1 ? text.length : end + 3;
      blank(i, stop);
      i = stop;
      continue;
    }
    if (ch === '<' && /[A-Za-z/]/.test(text[i + 1] ?? '')) {
      const end = text.indexOf('>', i);
      const newline = text.indexOf('\n', i);
      if (end !== -1 && (newline === -1 || end < newline) && end - i < 500) {
        blank(i, end + 1);
        i = end + 1;
        continue;
      }
    }
    if (ch === ']' && text[i + 1] === '(') {
      const end = text.indexOf(')', i + 2);
      const newline = text.indexOf('\n', i);
      if (end !== -1 && (newline === -1 || end < newline)) {
        blank(i + 1, end + 1);
        i = end + 1;
        continue;
      }
    }
    if ((ch === 'h' || ch === 'w') && isUrlStart(text, i)) {
      let end = i;
      while (end < text.length && !/[\s<>"'\u201C\u201D\u2018\u2019)]/.test(text[end])) end++;
      while (end > i && /[.,;:!?]/.test(text[end - 1])) end--;
      blank(i, end);
      i = end;
      continue;
    }
    i++;
  }
}

function isUrlStart(text: string, i: number): boolean {
  if (i > 0 && /[A-Za-z0-9]/.test(text[i - 1])) return false;
  return text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('www.', i);
}
