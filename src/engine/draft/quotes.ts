import type { Span } from './segment';

/** A quotation in the draft: the span between its marks (`inner`) and with them (`outer`). */
export interface Quotation {
  outer: Span;
  inner: Span;
  /** No closing mark before the paragraph's end: the quotation runs on (into the next paragraph, when it opens with a mark). */
  unclosed?: boolean;
}

/** Marks pair only within their family: a quotation of one family may hold marks of the others (nesting). */
const enum Family {
  Double,
  Single,
  Guillemet,
  SingleGuillemet,
}

/** 0: cannot close; 1: may close, but reads as well as an apostrophe (the mayors’ plan); 2: closes. */
type Closing = 0 | 1 | 2;

interface Mark {
  at: number;
  family: Family;
  opens: boolean;
  closes: Closing;
  /** Unclosed at the paragraph's end, it still runs to the end (a curly or low mark, a straight double quote); a straight ' only when it opens the paragraph. */
  runsOn: boolean;
}

const QUOTE_CHARS = '"\'\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B\u00AB\u00BB\u2039\u203A';

function isSpace(ch: string): boolean {
  return (
    ch === ' ' ||
    ch === '\n' ||
    ch === '\t' ||
    ch === '\r' ||
    ch === '\u00A0' ||
    ch === '\u202F' ||
    ch === '\u2009' ||
    ch === '\u2007' ||
    ch === '\u3000'
  );
}

function isAlnum(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

function isLetter(ch: string): boolean {
  return /\p{L}/u.test(ch);
}

/** Before an opening mark: white space, an opening bracket, a dash or slash, or another mark. */
function opensAfter(ch: string): boolean {
  return isSpace(ch) || '([{\u2014\u2013-/:'.includes(ch) || QUOTE_CHARS.includes(ch);
}

/** After a closing mark: white space or punctuation (not a letter or digit). */
function closesBefore(ch: string): boolean {
  return isSpace(ch) || !isAlnum(ch);
}

/** Words that begin with an elided letter: ’90s, ’em, rock ’n’ roll, ’tis. Their mark opens nothing. */
const ELISION =
  /^(?:\d{2}s?\b|\d{2}\b|(?:em|n|tis|twas|cause|cos|til|till|round|bout|nuff|ave|ello|ere|ol|s)(?![\p{L}\p{N}]))/iu;

function isElision(text: string, i: number, end: number): boolean {
  return ELISION.test(text.slice(i + 1, Math.min(end, i + 8)));
}

/**
 * How a closing single mark reads: after a letter and before a space and a word (the mayors’ plan,
 * nothin’ doing) it may be an apostrophe, so it closes only if no surer closing mark follows.
 */
function singleClosing(text: string, i: number, end: number): Closing {
  const before = text[i - 1];
  const after = i + 1 < end ? text[i + 1] : ' ';
  if (!isSpace(after)) return 2;
  if (!isLetter(before)) return 2;
  let next = i + 1;
  while (next < end && isSpace(text[next])) next++;
  if (next >= end) return 2;
  const word = text[next];
  if (/[sSzZx]/.test(before) && isLetter(word)) return 1;
  return /\p{Ll}/u.test(word) ? 1 : 2;
}

function classify(text: string, i: number, paragraph: Span): Mark | undefined {
  const ch = text[i];
  const before = i > paragraph.start ? text[i - 1] : ' ';
  const after = i + 1 < paragraph.end ? text[i + 1] : ' ';
  const spaceBefore = isSpace(before);
  const spaceAfter = isSpace(after);
  switch (ch) {
    case '"': {
      if (isAlnum(before) && isAlnum(after)) return undefined; // 5"7, inside a word
      const opens = !spaceAfter && (spaceBefore || opensAfter(before));
      const closes = !spaceBefore && (spaceAfter || closesBefore(after));
      if (!opens && !closes) return undefined;
      return { at: i, family: Family.Double, opens, closes: closes ? 2 : 0, runsOn: true };
    }
    case '\u201C':
    case '\u201F': {
      const closes = !spaceBefore && (spaceAfter || closesBefore(after)) && !opensAfter(before);
      return { at: i, family: Family.Double, opens: !spaceAfter || spaceBefore, closes: closes ? 2 : 0, runsOn: true };
    }
    case '\u201D': {
      // Mis-typed as an opener: after a space or bracket and before a word.
      const opens = (spaceBefore || before === '(') && isAlnum(after);
      return { at: i, family: Family.Double, opens, closes: spaceBefore ? 0 : 2, runsOn: true };
    }
    case '\u201E':
      return { at: i, family: Family.Double, opens: !spaceAfter, closes: 0, runsOn: true };
    case '\u2018':
    case '\u201B': {
      if (isElision(text, i, paragraph.end)) return undefined;
      const opens = !spaceAfter;
      const closes: Closing = !spaceBefore && !opens ? 2 : 0;
      if (!opens && !closes) return undefined;
      return { at: i, family: Family.Single, opens, closes, runsOn: true };
    }
    case '\u201A':
      return spaceAfter || isAlnum(before)
        ? undefined
        : { at: i, family: Family.Single, opens: true, closes: 0, runsOn: true };
    case '\u2019':
    case "'": {
      if (isAlnum(before) && isLetter(after)) return undefined; // it’s, rock’n’roll
      if (isAlnum(before) && isAlnum(after)) return undefined;
      const opens = ch === "'" && !spaceAfter && opensAfter(before) && !isElision(text, i, paragraph.end);
      const closes: Closing = spaceBefore || opensAfter(before) ? 0 : singleClosing(text, i, paragraph.end);
      if (!opens && !closes) return undefined;
      // A straight ' opening a paragraph is a British quotation running on (into the next paragraph), never an elision's.
      const opensParagraph = opens && text.slice(paragraph.start, i).trim() === '';
      return { at: i, family: Family.Single, opens, closes, runsOn: opensParagraph };
    }
    case '\u00AB':
    case '\u2039': {
      const family = ch === '\u00AB' ? Family.Guillemet : Family.SingleGuillemet;
      // «French» opens; German and Danish close with it: »Wort«.
      const closesOnly = !spaceBefore && !opensAfter(before) && (spaceAfter || closesBefore(after));
      return { at: i, family, opens: !closesOnly, closes: closesOnly ? 2 : 0, runsOn: true };
    }
    case '\u00BB':
    case '\u203A': {
      const family = ch === '\u00BB' ? Family.Guillemet : Family.SingleGuillemet;
      const opensOnly = (spaceBefore || opensAfter(before)) && isAlnum(after);
      return { at: i, family, opens: opensOnly, closes: opensOnly ? 0 : 2, runsOn: true };
    }
    default:
      return undefined;
  }
}

/**
 * Quoted spans inside one paragraph, in any of the styles wires and newsrooms print: “double”,
 * ‘single’ (British and wire style), straight quotes, mixed marks from copy and paste (“…"),
 * «guillemets», »German« and „low“ quotes. A quotation of one family holds marks of the others
 * (‘…’ inside “…” is part of the outer quotation). Apostrophes, plural possessives and elisions
 * (it’s, the mayors’ plan, ’90s, rock ’n’ roll) open and close nothing. A quotation left open at
 * the end of a paragraph runs to the paragraph's end: that is how a quotation spanning paragraphs
 * is printed. Linear in the paragraph.
 */
export function findQuotations(text: string, paragraph: Span): Quotation[] {
  const marks: Mark[] = [];
  for (let i = paragraph.start; i < paragraph.end; i++) {
    if (!QUOTE_CHARS.includes(text[i])) continue;
    const mark = classify(text, i, paragraph);
    if (mark) marks.push(mark);
  }
  const quotations: Quotation[] = [];
  const close = (open: Mark, closing: Mark) =>
    quotations.push(trimmed(text, { start: open.at, end: closing.at + 1 }, { start: open.at + 1, end: closing.at }));
  let open: Mark | undefined;
  let fallback: Mark | undefined;
  let fallbackIndex = -1;
  // A rescan after closing at a fallback revisits marks; the budget keeps the whole pass linear.
  let budget = marks.length * 4 + 16;
  let k = 0;
  while (k < marks.length && budget-- > 0) {
    const mark = marks[k];
    if (!open) {
      if (mark.opens) {
        open = mark;
        fallback = undefined;
      }
      k++;
      continue;
    }
    if (mark.family !== open.family) {
      k++;
      continue;
    }
    if (mark.closes === 2) {
      close(open, mark);
      open = undefined;
      k++;
      continue;
    }
    if (mark.closes === 1 && !mark.opens) {
      if (!fallback) {
        fallback = mark;
        fallbackIndex = k;
      }
      k++;
      continue;
    }
    if (mark.opens) {
      if (fallback) {
        close(open, fallback);
        open = undefined;
        k = fallbackIndex + 1;
        continue;
      }
      // Two openers in a row: the first was never closed. Restart at the second.
      open = mark;
      fallback = undefined;
      k++;
      continue;
    }
    if (mark.closes === 1 && !fallback) {
      fallback = mark;
      fallbackIndex = k;
    }
    k++;
  }
  if (open) {
    if (fallback) {
      close(open, fallback);
      // What followed the fallback was read as nested in the quotation: read it again.
      const rest = findQuotations(text, { start: fallback.at + 1, end: paragraph.end });
      quotations.push(...rest);
    } else if (open.runsOn && paragraph.end - open.at > 1) {
      const quotation = trimmed(
        text,
        { start: open.at, end: paragraph.end },
        { start: open.at + 1, end: paragraph.end },
      );
      quotations.push({ ...quotation, unclosed: true });
    } else if (!open.runsOn) {
      // A straight ' that nothing closed was an apostrophe: read on after it.
      quotations.push(...findQuotations(text, { start: open.at + 1, end: paragraph.end }));
    }
  }
  return quotations.filter(
    (quote) =>
      quote.inner.end > quote.inner.start && /[\p{L}\p{N}]/u.test(text.slice(quote.inner.start, quote.inner.end)),
  );
}

/** French spacing (« Nous ») leaves spaces inside the marks: they are not part of the words. */
function trimmed(text: string, outer: Span, inner: Span): Quotation {
  let { start, end } = inner;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { outer, inner: { start, end } };
}
