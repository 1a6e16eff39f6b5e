/**
 * Markdown awareness without a Markdown parser: everything that is not prose a reporter would
 * be fact-checked on (front matter, code, HTML comments and tags, URLs, link targets, reference
 * and footnote definitions, and the markers of headings, lists, blockquotes and tables) is
 * blanked out with spaces. Blanking keeps every offset, so findings map back to the original.
 * Plain-text drafts keep everything but their front matter: Markdown's rules are for Markdown.
 */

/** How a draft is written: `markdown` (the default) or `plaintext` (a .txt draft: indented lines are prose). */
export type DraftFormat = 'markdown' | 'plaintext';

export interface MaskedDraft {
  /** Same length as the original; masked regions are spaces (line breaks kept; a lone CR reads as LF). */
  text: string;
  /** `date:` (YAML) or `date =` (TOML) from the front matter, as an ISO date, when present and valid. */
  frontMatterDate?: string;
  /**
   * Sorted offsets where a paragraph begins though no blank line comes before it: a heading, a
   * list item, the edges of a blockquote, a table row or cell.
   */
  breaks: number[];
}

type Range = [number, number];

export function maskMarkdown(original: string, format: DraftFormat = 'markdown'): MaskedDraft {
  // A lone CR is a line break (old Mac files): read it as LF, offsets unchanged.
  const text = original.includes('\r') ? original.replace(/\r(?!\n)/g, '\n') : original;
  let frontMatterDate: string | undefined;
  const frontMatter = findFrontMatter(text);
  // Collect the ranges to blank, then rebuild the text once: a 20,000-word draft re-checked on
  // every keystroke must not be exploded into an array of characters each time.
  const blockRanges: Range[] = [];
  if (frontMatter) {
    frontMatterDate = readDate(text.slice(frontMatter.start, frontMatter.end));
    blockRanges.push([frontMatter.start, frontMatter.end]);
  }
  const from = frontMatter?.end ?? 0;
  const breaks: number[] = [];
  if (format === 'plaintext') {
    plainBreaks(text, from, breaks);
    return { text: applyBlanks(text, blockRanges), frontMatterDate, breaks };
  }
  scanBlocks(text, from, (start, end) => blockRanges.push([start, end]), breaks);
  const afterBlocks = applyBlanks(text, blockRanges);
  const spanRanges: Range[] = [];
  blankSpans(afterBlocks, (start, end) => spanRanges.push([start, end]));
  breaks.sort((a, b) => a - b);
  return { text: applyBlanks(afterBlocks, spanRanges), frontMatterDate, breaks };
}

/** Replaces each range with spaces, keeping line breaks (and so every offset and line number). */
function applyBlanks(text: string, ranges: Range[]): string {
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let cursor = 0;
  for (const [rawStart, rawEnd] of ranges) {
    const start = Math.max(rawStart, cursor);
    const end = Math.min(rawEnd, text.length);
    if (end <= start) continue;
    parts.push(text.slice(cursor, start), text.slice(start, end).replace(/[^\r\n]/g, ' '));
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/** The lines of `text` from `from`: start, end (before any CR) and the start of the next line. */
function* lines(text: string, from: number): Generator<{ start: number; end: number; next: number }> {
  let start = from;
  while (start < text.length) {
    let next = text.indexOf('\n', start);
    if (next === -1) next = text.length;
    const end = next > start && text[next - 1] === '\r' ? next - 1 : next;
    yield { start, end, next: next + 1 };
    start = next + 1;
  }
}

/**
 * YAML front matter (`---` … `---` or `...`) when the block between is YAML: `key: value` lines,
 * with indented, list and comment lines between them; a draft that opens with a `---` thematic
 * break over prose has none. TOML front matter (`+++` … `+++`).
 */
function findFrontMatter(text: string): { start: number; end: number } | undefined {
  const opening = /^(?:\uFEFF)?(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!opening) return undefined;
  const toml = opening[1] === '+++';
  let keys = 0;
  for (const line of lines(text, opening[0].length)) {
    const content = text.slice(line.start, line.end);
    if (toml ? /^\+\+\+[ \t]*$/.test(content) : /^(?:---|\.\.\.)[ \t]*$/.test(content)) {
      return toml || keys > 0 ? { start: 0, end: Math.min(line.next, text.length) } : undefined;
    }
    if (toml || content.trim() === '' || /^[ \t]|^-(?:[ \t]|$)|^#/.test(content)) continue;
    if (!/^["']?[\w$.-][\w$. -]*["']?[ \t]*:(?:[ \t]|$)/.test(content)) return undefined;
    keys++;
  }
  return undefined;
}

function readDate(frontMatter: string): string | undefined {
  const match = /^date[ \t]*[:=][ \t]*["']?(\d{4}-\d{2}-\d{2})/m.exec(frontMatter);
  return match?.[1];
}

/** In plain text only bullets start a paragraph of their own; nothing is blanked. */
function plainBreaks(text: string, from: number, breaks: number[]) {
  for (const line of lines(text, from)) {
    const bullet = /^[ \t]*(?:[-*+\u2022]|\d{1,3}[.)])[ \t]+\S/.exec(
      text.slice(line.start, Math.min(line.end, line.start + 16)),
    );
    if (bullet) breaks.push(line.start);
  }
}

interface Fence {
  char: string;
  length: number;
  start: number;
  depth: number;
}

const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * The block structure, line by line: blockquote markers (blanked; a hard-wrapped blockquote is one
 * paragraph), fenced and indented code (indented only outside list items: a list item's indented
 * continuation is prose), headings, list markers, thematic breaks, reference-link and footnote
 * definitions (blanked), and tables (pipes blanked, each cell its own paragraph). Linear.
 */
function scanBlocks(text: string, from: number, blank: (s: number, e: number) => void, breaks: number[]) {
  let fence: Fence | undefined;
  let previousBlank = true;
  let previousDepth = 0;
  let previousCode = false;
  let previousHeading = false;
  /** Column where the current list item's content starts; indented code needs four more. */
  let listIndent = -1;
  let inFootnote = false;
  let inTable = false;
  let pendingLines: { start: number; end: number; next: number } | undefined;
  const all = lines(text, from);
  const nextLine = () => {
    const value = pendingLines ?? all.next().value;
    pendingLines = undefined;
    return value;
  };
  for (let line = nextLine(); line; line = nextLine()) {
    // Blockquote markers: up to three spaces and `>`, and one space after it, at each level.
    let at = line.start;
    let depth = 0;
    for (;;) {
      let p = at;
      while (p < line.end && p - at < 3 && text[p] === ' ') p++;
      if (text[p] !== '>' || p >= line.end) break;
      const markerEnd = text[p + 1] === ' ' ? p + 2 : p + 1;
      blank(at, markerEnd);
      at = markerEnd;
      depth++;
    }
    const content = text.slice(at, line.end);
    const isBlank = content.trim() === '';

    if (fence) {
      if (depth < fence.depth) {
        blank(fence.start, line.start);
        fence = undefined;
      } else {
        const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(content);
        if (closing && closing[1][0] === fence.char && closing[1].length >= fence.length) {
          blank(fence.start, line.end);
          fence = undefined;
          previousBlank = false;
          previousCode = true;
        }
        previousDepth = depth;
        continue;
      }
    }

    if (depth !== previousDepth && !isBlank) {
      breaks.push(at);
      inTable = false;
    }
    previousDepth = depth;
    if (isBlank) {
      previousBlank = true;
      previousHeading = false;
      inTable = false;
      continue;
    }
    if (previousHeading) breaks.push(at);
    previousHeading = false;
    const indent = columns(content);

    const fenceOpen = /^ {0,3}(`{3,}|~{3,})/.exec(content);
    if (fenceOpen && !(fenceOpen[1][0] === '`' && content.slice(fenceOpen[0].length).includes('`'))) {
      fence = { char: fenceOpen[1][0], length: fenceOpen[1].length, start: at, depth };
      previousBlank = false;
      continue;
    }
    if (
      listIndent >= 0 &&
      previousBlank &&
      indent < listIndent &&
      !/^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(content)
    )
      listIndent = -1;
    if (inFootnote && previousBlank && indent < 4) inFootnote = false;
    const codeIndent = (listIndent >= 0 ? listIndent : 0) + 4;
    if (indent >= codeIndent && (previousBlank || previousCode) && !inFootnote) {
      blank(at, line.end);
      previousCode = true;
      previousBlank = false;
      continue;
    }
    previousCode = false;
    const wasBlank = previousBlank;
    previousBlank = false;

    if (inFootnote && (indent >= 4 || !wasBlank)) {
      blank(at, line.end);
      continue;
    }
    if (/^ {0,3}\[\^[^\]\n]+\]:/.test(content)) {
      blank(at, line.end);
      inFootnote = true;
      continue;
    }
    if (/^ {0,3}\[[^\]\n]+\]:[ \t]*\S/.test(content)) {
      blank(at, line.end); // a reference-link definition and its title
      continue;
    }
    const heading = /^ {0,3}(#{1,6})(?:[ \t]+|$)/.exec(content);
    if (heading) {
      blank(at, at + heading[0].length);
      const closing = /[ \t]+#+[ \t]*$/.exec(content);
      if (closing) blank(at + closing.index, line.end);
      breaks.push(at);
      previousHeading = true;
      continue;
    }
    if (/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(content)) {
      breaks.push(at); // a thematic break: no words to blank
      continue;
    }
    const item = /^( {0,3})([-*+]|\d{1,9}[.)])([ \t]+|$)/.exec(content);
    if (item) {
      blank(at + item[1].length, at + item[1].length + item[2].length);
      breaks.push(at);
      listIndent = item[0].length;
      continue;
    }
    if (content.includes('|')) {
      if (!inTable) {
        const following = nextLine();
        pendingLines = following;
        if (
          following &&
          TABLE_DELIMITER.test(text.slice(following.start, following.end)) &&
          following.end > following.start
        ) {
          inTable = true;
          tableRow(text, at, line.end, blank, breaks);
          blank(following.start, following.end);
          pendingLines = undefined;
          continue;
        }
      } else {
        tableRow(text, at, line.end, blank, breaks);
        continue;
      }
    }
    inTable = false;
  }
  if (fence) blank(fence.start, text.length);
}

/** A table row: its pipes are blanked and each cell is a paragraph of its own. */
function tableRow(text: string, start: number, end: number, blank: (s: number, e: number) => void, breaks: number[]) {
  breaks.push(start);
  for (let i = start; i < end; i++) {
    if (text[i] !== '|' || text[i - 1] === '\\') continue;
    blank(i, i + 1);
    breaks.push(i + 1);
  }
}

/** The column a line's text starts at (a tab advances to the next multiple of four). */
function columns(line: string): number {
  let column = 0;
  for (const ch of line) {
    if (ch === ' ') column++;
    else if (ch === '\t') column += 4 - (column % 4);
    else break;
  }
  return column;
}

/** Memoised `text.indexOf(needle, from)`: calls with a growing `from` scan each character once. */
function nextOf(text: string, needle: string) {
  let found = -2;
  return (from: number): number => {
    if (found === -1) return -1;
    if (found < from) found = text.indexOf(needle, from);
    return found;
  };
}

/**
 * Inline spans, scanned once left to right: `code` (closed within its paragraph: a stray
 * backtick in didn`t pairs with nothing across a blank line), <!-- comments -->, <tags>, URLs,
 * footnote references [^1], and the target of [text](target) and [text][id] links (the link
 * text stays: it is prose). Every look-ahead is memoised, so the scan is linear.
 */
function blankSpans(text: string, blank: (s: number, e: number) => void) {
  const nextNewline = nextOf(text, '\n');
  const nextGt = nextOf(text, '>');
  const nextParen = nextOf(text, ')');
  const nextBracket = nextOf(text, ']');
  const nextCommentEnd = nextOf(text, '-->');
  const paragraphEnd = paragraphEnds(text);
  const backticks = backtickRuns(text);
  const lineEnd = (i: number) => {
    const end = nextNewline(i);
    return end === -1 ? text.length : end;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '`') {
      let run = 1;
      while (text[i + run] === '`') run++;
      const closer = backticks.next(i, run);
      if (closer !== -1 && closer < paragraphEnd(i)) {
        blank(i, closer + run);
        i = closer + run;
        continue;
      }
      i += run;
      continue;
    }
    if (ch === '<' && text.startsWith('<!--', i)) {
      const end = nextCommentEnd(i + 4);
      const stop = end === -1 ? text.length : end + 3;
      blank(i, stop);
      i = stop;
      continue;
    }
    if (ch === '<' && /[A-Za-z/]/.test(text[i + 1] ?? '')) {
      const end = nextGt(i);
      if (end !== -1 && end < lineEnd(i) && end - i < 500) {
        blank(i, end + 1);
        i = end + 1;
        continue;
      }
    }
    if (ch === '[' && text[i + 1] === '^') {
      const end = nextBracket(i);
      if (end !== -1 && end < lineEnd(i) && end - i < 100) {
        blank(i, end + 1);
        i = end + 1;
        continue;
      }
    }
    if (ch === ']' && (text[i + 1] === '(' || text[i + 1] === '[')) {
      const end = text[i + 1] === '(' ? nextParen(i + 2) : nextBracket(i + 2);
      if (end !== -1 && end < lineEnd(i)) {
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
      i = Math.max(end, i + 1);
      continue;
    }
    i++;
  }
}

/** For an offset, where its paragraph ends (the next blank line, or the end); memoised. */
function paragraphEnds(text: string): (i: number) => number {
  const blankLine = /\n[ \t\r]*\n/g;
  let end = -1;
  return (i: number) => {
    if (end >= i) return end;
    blankLine.lastIndex = i;
    const match = blankLine.exec(text);
    end = match ? match.index : text.length;
    return end;
  };
}

/** Runs of backticks by length, so the closer of a run is found without rescanning the text. */
function backtickRuns(text: string) {
  const byLength = new Map<number, number[]>();
  const cursor = new Map<number, number>();
  for (let i = 0; i < text.length;) {
    if (text[i] !== '`') {
      const next = text.indexOf('`', i);
      if (next === -1) break;
      i = next;
      continue;
    }
    let run = 1;
    while (text[i + run] === '`') run++;
    let list = byLength.get(run);
    if (!list) byLength.set(run, (list = []));
    list.push(i);
    i += run;
  }
  return {
    /** The next run of exactly `length` backticks after the one at `at`, or -1. */
    next(at: number, length: number): number {
      const list = byLength.get(length);
      if (!list) return -1;
      let k = cursor.get(length) ?? 0;
      while (k < list.length && list[k] <= at) k++;
      cursor.set(length, k);
      return k < list.length ? list[k] : -1;
    },
  };
}

function isUrlStart(text: string, i: number): boolean {
  if (i > 0 && /[A-Za-z0-9]/.test(text[i - 1])) return false;
  return text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('www.', i);
}
