import type { Span } from './segment';

/** A quotation in the draft: the span between its marks (`inner`) and with them (`outer`). */
export interface Quotation {
  outer: Span;
  inner: Span;
}

const OPENERS = new Set(['"', '\u201C', '\u201E']);
const CURLY_CLOSE = '\u201D';

/**
 * Double-quoted spans inside one paragraph. Curly quotes pair by direction; straight quotes pair
 * by alternation; single quotes are left alone (they nest inside double quotes in US style, and
 * apostrophes make them ambiguous). A quote left open at the end of a paragraph runs to the
 * paragraph's end: that is how a quotation spanning paragraphs is printed.
 */
export function findQuotations(text: string, paragraph: Span): Quotation[] {
  const quotations: Quotation[] = [];
  let openAt = -1;
  let openChar = '';
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ch = text[i];
    if (openAt === -1) {
      if (OPENERS.has(ch) || (ch === CURLY_CLOSE && looksLikeOpening(text, i))) {
        openAt = i;
        openChar = ch;
      }
      continue;
    }
    const closes = ch === CURLY_CLOSE || (ch === '"' && (openChar === '"' || openChar === CURLY_CLOSE));
    if (closes) {
      quotations.push({ outer: { start: openAt, end: i + 1 }, inner: { start: openAt + 1, end: i } });
      openAt = -1;
    } else if (ch === '\u201C' && openChar !== '"') {
      // Two openers in a row: the first was never closed. Restart at the second.
      openAt = i;
      openChar = ch;
    }
  }
  if (openAt !== -1 && paragraph.end - openAt > 1) {
    quotations.push({ outer: { start: openAt, end: paragraph.end }, inner: { start: openAt + 1, end: paragraph.end } });
  }
  return quotations.filter((quote) => quote.inner.end > quote.inner.start && /[A-Za-z0-9]/.test(text.slice(quote.inner.start, quote.inner.end)));
}

/** A right double quote mis-typed as an opener: preceded by a space or line start, followed by a letter. */
function looksLikeOpening(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1];
  const after = text[i + 1] ?? ' ';
  return /\s|\(/.test(before) && /[A-Za-z0-9]/.test(after);
}
