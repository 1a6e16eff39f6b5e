/** Paragraphs and sentences of a (masked) draft, as offset ranges into it. */

export interface Span {
  start: number;
  end: number;
}

/** Paragraphs are separated by blank lines; Markdown headings and list items stand alone. */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  let start = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const blank = line.trim() === '';
    const startsBlock = /^\s{0,3}(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>\s?)/.test(line);
    const heading = /^\s{0,3}#{1,6}\s/.test(line);
    if (blank || startsBlock) {
      if (start !== -1) paragraphs.push(trimSpan(text, start, lineStart));
      start = -1;
    }
    if (heading) {
      // A heading is one line: the prose under it starts a paragraph of its own.
      paragraphs.push(trimSpan(text, lineStart, lineEnd));
    } else if (!blank && start === -1) start = lineStart;
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  if (start !== -1) paragraphs.push(trimSpan(text, start, text.length));
  return paragraphs.filter((span) => span.end > span.start);
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Abbreviations that end in a full stop without ending a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm maj st jr sr rev hon pres amb ' +
    'inc ltd co corp vs etc approx dept est fig no nos vol ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'
  ).split(' '),
);

/**
 * Sentences inside one paragraph. A sentence ends at . ! ? (and any closing quotes or
 * brackets after it) followed by white space and a capital, digit or opening quote, unless the
 * word before the stop is an abbreviation, an initial (J. D.) or dotted (U.S., D.C.).
 */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const sentences: Span[] = [];
  let sentenceStart = paragraph.start;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < paragraph.end && /[.!?"'\u201D\u2019)\]*_]/.test(text[end])) end++;
    if (end >= paragraph.end) break;
    if (!/\s/.test(text[end])) continue;
    let next = end;
    while (next < paragraph.end && /\s/.test(text[next])) next++;
    if (next >= paragraph.end) break;
    if (!/[A-Z0-9"'\u201C\u2018([*_\u00C0-\u024F]/.test(text[next])) continue;
    if (ch === '.' && isAbbreviation(text, i, sentenceStart)) continue;
    sentences.push({ start: sentenceStart, end });
    sentenceStart = next;
    i = next - 1;
  }
  if (sentenceStart < paragraph.end) sentences.push({ start: sentenceStart, end: paragraph.end });
  return sentences;
}

function isAbbreviation(text: string, dot: number, floor: number): boolean {
  let wordStart = dot;
  while (wordStart > floor && /[A-Za-z.]/.test(text[wordStart - 1])) wordStart--;
  const word = text.slice(wordStart, dot);
  if (word.length === 0) return false;
  if (/^[A-Z]$/.test(word)) return true; // an initial: J. D. Vance
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return true; // U.S, D.C, a.m
  return ABBREVIATIONS.has(word.toLowerCase());
}
