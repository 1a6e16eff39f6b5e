/** Paragraphs and sentences of a (masked) draft, as offset ranges into it. */

export interface Span {
  start: number;
  end: number;
}

/** A transcript line: `ROE: We will not walk away.`, `MARCO RUBIO:`, `Q:` and `A:` start a speaker's turn. */
export const TRANSCRIPT_LABEL =
  /^[ \t]*((?:\p{Lu}[\p{Lu}'\u2019.-]*(?:[ \t]+\p{Lu}[\p{Lu}'\u2019.-]*){0,3})|Q|A)[ \t]*:[ \t]+(?=\S)/u;

/**
 * Paragraphs are separated by blank lines; a transcript line starts a paragraph of its own. With
 * `breaks` (from `maskMarkdown`), a paragraph also begins at each of them; without, Markdown
 * headings, list items and blockquote lines are found in the text and stand alone.
 */
export function splitParagraphs(text: string, breaks?: readonly number[]): Span[] {
  const paragraphs: Span[] = [];
  let start = -1;
  let lineStart = 0;
  let nextBreak = 0;
  const end = (at: number) => {
    if (start !== -1) paragraphs.push(trimSpan(text, start, at));
    start = -1;
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const head = text.slice(lineStart, Math.min(lineEnd, lineStart + 64));
    const blank = head.trim() === '' && text.slice(lineStart, lineEnd).trim() === '';
    const transcript = !blank && TRANSCRIPT_LABEL.test(head);
    if (breaks) {
      if (blank) end(lineStart);
      else if (transcript) end(lineStart);
      while (nextBreak < breaks.length && breaks[nextBreak] < lineStart) nextBreak++;
      for (; nextBreak < breaks.length && breaks[nextBreak] < lineEnd; nextBreak++) {
        end(breaks[nextBreak]);
        start = breaks[nextBreak];
      }
      if (!blank && start === -1) start = lineStart;
    } else {
      const startsBlock = /^\s{0,3}(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>\s?)/.test(head) || transcript;
      const heading = /^\s{0,3}#{1,6}\s/.test(head);
      if (blank || startsBlock) end(lineStart);
      if (heading) {
        // A heading is one line: the prose under it starts a paragraph of its own.
        paragraphs.push(trimSpan(text, lineStart, lineEnd));
      } else if (!blank && start === -1) start = lineStart;
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  end(text.length);
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
    'inc ltd co corp vs etc approx dept est fig no nos vol rs ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'
  ).split(' '),
);

/** Longer "sentences" (a pasted JSON or CSV line, a run-on list) are cut at a space near this length. */
export const MAX_SENTENCE_CHARS = 1_000;

/**
 * Sentences inside one paragraph. A sentence ends at . ! ? (and any closing quotes or
 * brackets after it) followed by white space and a capital, digit or opening quote, unless the
 * word before the stop is an abbreviation, an initial (J. D.) or dotted (U.S., D.C.). No sentence
 * is longer than MAX_SENTENCE_CHARS: what runs on longer is cut at a space, so that no claim costs
 * more than a sentence's worth of work. Linear in the paragraph.
 */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const sentences: Span[] = [];
  let sentenceStart = paragraph.start;
  const push = (start: number, end: number) => {
    while (end - start > MAX_SENTENCE_CHARS) {
      let cut = start + MAX_SENTENCE_CHARS;
      const floor = start + (MAX_SENTENCE_CHARS >> 1);
      while (cut > floor && !/\s/.test(text[cut])) cut--;
      if (cut === floor) cut = start + MAX_SENTENCE_CHARS;
      sentences.push(trimSpan(text, start, cut));
      start = cut;
      while (start < end && /\s/.test(text[start])) start++;
    }
    if (end > start) sentences.push({ start, end });
  };
  // The end of the current run of closing punctuation, so a long run is walked once.
  let runFrom = -1;
  let runEnd = -1;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end: number;
    if (i > runFrom && i < runEnd) end = runEnd;
    else {
      end = i + 1;
      while (end < paragraph.end && /[.!?"'\u201D\u2019\u00BB)\]*_]/.test(text[end])) end++;
      runFrom = i;
      runEnd = end;
    }
    if (end >= paragraph.end) break;
    if (!/\s/.test(text[end])) continue;
    let next = end;
    while (next < paragraph.end && /\s/.test(text[next])) next++;
    if (next >= paragraph.end) break;
    if (!/[A-Z0-9"'\u201C\u2018\u201E\u00AB\u00BB([*_\u00C0-\u024F]/.test(text[next])) {
      i = next - 1;
      continue;
    }
    if (ch === '.' && isAbbreviation(text, i, sentenceStart)) continue;
    // “… is simply price?” Okafor asked the analysts. The tag after a quoted question or
    // exclamation belongs to the quotation's sentence: it names who spoke.
    if (
      ch !== '.' &&
      end > i + 1 &&
      /["'\u201D\u2019\u00BB]/.test(text.slice(i + 1, end)) &&
      isAttributionTag(text, next, paragraph.end)
    ) {
      i = next - 1;
      continue;
    }
    push(sentenceStart, end);
    sentenceStart = next;
    i = next - 1;
  }
  if (sentenceStart < paragraph.end) push(sentenceStart, paragraph.end);
  return sentences;
}

/** Verbs of an attribution tag ("Okafor asked.", "said Ms Roe."). */
const TAG_VERBS =
  /^(?:said|says|asked|asks|added|adds|replied|told|wrote|shouted|exclaimed|wondered|pressed|insisted|demanded|answered|responded|continued|tweeted|posted|warned|cried)$/i;

/** A short tag after a quotation: at most six words up to the next full stop, one of them a speech verb. */
function isAttributionTag(text: string, from: number, end: number): boolean {
  const limit = Math.min(end, from + 80);
  let stop = from;
  while (stop < limit && !/[.!?]/.test(text[stop])) stop++;
  if (stop >= limit && limit < end) return false;
  const words = text
    .slice(from, stop)
    .split(/[\s,]+/)
    .filter(Boolean);
  // "Okafor asked the analysts.", "Al-Mansouri said in the Al Jazeera interview.": the verb comes early.
  const verbAt = words.findIndex((word) => TAG_VERBS.test(word));
  return words.length > 0 && words.length <= 10 && verbAt >= 0 && verbAt <= 3;
}

function isAbbreviation(text: string, dot: number, floor: number): boolean {
  let wordStart = dot;
  const limit = Math.max(floor, dot - 24); // abbreviations are short; a long dotted run is not one
  while (wordStart > limit && /[A-Za-z.]/.test(text[wordStart - 1])) wordStart--;
  const word = text.slice(wordStart, dot);
  if (word.length === 0) return false;
  if (/^[A-Z]$/.test(word)) return true; // an initial: J. D. Vance
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return true; // U.S, D.C, a.m
  return ABBREVIATIONS.has(word.toLowerCase());
}
