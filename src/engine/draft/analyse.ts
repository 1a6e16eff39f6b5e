import type { Span } from './segment';
import { splitSentences } from './segment';
import { findQuotations, type Quotation } from './quotes';
import { findAttribution, type PersonDirectory, type PersonMention } from './people';
import { findNumbers } from './numbers';
import { findDateMentions } from './dates';
import { OutletDirectory, datelineEnd } from './outlets';
import { tokenize, type Token } from '../text/tokens';
import type { ClaimWindow } from '../judge/slots';
import type { QuoteClaim } from '../judge/quote';
import { quoteWords } from '../judge/quote';
import type { SentenceClaim } from '../judge/claim';

/** Who was speaking last: "he said" in the next sentence (or paragraph) means them. */
export interface SpeakerState {
  lastSpeaker: string | null;
}

export interface ParagraphClaims {
  quotes: QuoteClaim[];
  sentences: SentenceClaim[];
  state: SpeakerState;
}

/** The words around a claim, outside quotation marks, with what they name. */
interface Surroundings {
  tokens: Token[];
  mentions: PersonMention[];
  window: ClaimWindow;
  slotTokens: Set<Token>;
}

/**
 * Finds the claims of one paragraph: each quotation with its speaker, and each sentence
 * without a quotation as a possible paraphrase. `text` is the masked draft.
 */
export function extractClaims(text: string, paragraph: Span, directory: PersonDirectory, state: SpeakerState, outlets: OutletDirectory = DEFAULT_OUTLETS): ParagraphClaims {
  // A wire dateline (`OSLO, May 3 (Reuters) -`) names who filed the story, where and when: not where or when the words were said.
  const dateline = datelineEnd(text, paragraph.start);
  const sentences = splitSentences(text, paragraph);
  const quotations = findQuotations(text, paragraph);
  const quotes: QuoteClaim[] = [];
  const sentenceClaims: SentenceClaim[] = [];
  let lastSpeaker = state.lastSpeaker;
  let paragraphSpeaker: string | null = null;

  // Each quotation is judged with the sentences it touches; the rest are possible paraphrases.
  // Both are walked in document order so that "she said" can point back to the sentence before.
  const windows = quotations.map((quotation) => overlapping(sentences, quotation.outer));
  const inQuoteWindow = new Set(windows.flat());
  const units = [
    ...quotations.map((quotation, index) => ({ at: Math.min(quotation.outer.start, ...windows[index].map((w) => w.start)), quotation, window: windows[index] })),
    ...sentences.filter((sentence) => !inQuoteWindow.has(sentence)).map((sentence) => ({ at: sentence.start, sentence })),
  ].sort((a, b) => a.at - b.at);

  for (const unit of units) {
    if ('quotation' in unit && unit.quotation) {
      const { quotation, window } = unit;
      const span = { start: Math.min(...window.map((s) => s.start), quotation.outer.start), end: Math.max(...window.map((s) => s.end), quotation.outer.end) };
      const around = surroundings(text, span, quotations, directory, outlets, dateline);
      const attribution = findAttribution(around.tokens, around.mentions);
      let speaker: string | null = null;
      if (attribution.mention) speaker = attribution.mention.personId;
      else if (attribution.pronoun) speaker = lastSpeaker;
      else speaker = paragraphSpeaker; // a quotation continuing an attributed one
      if (speaker) {
        lastSpeaker = speaker;
        paragraphSpeaker = speaker;
      }
      quotes.push({
        start: quotation.inner.start,
        end: quotation.inner.end,
        text: text.slice(quotation.inner.start, quotation.inner.end),
        words: quoteWords(text.slice(quotation.inner.start, quotation.inner.end), quotation.inner.start),
        speaker,
        speakerMention: attribution.mention,
        attributed: Boolean(speaker) || attribution.hasSpeechVerb,
        window: around.window,
      });
      continue;
    }
    const sentence = (unit as { sentence: Span }).sentence;
    const around = surroundings(text, sentence, [], directory, outlets, dateline);
    const attribution = findAttribution(around.tokens, around.mentions);
    let speaker: string | null = null;
    if (attribution.mention) speaker = attribution.mention.personId;
    else if (attribution.pronoun) speaker = lastSpeaker;
    if (attribution.mention) {
      // The speaker is a slot (it may be wrong); it says nothing about the topic.
      for (const token of around.tokens) if (token.start >= attribution.mention.start && token.end <= attribution.mention.end) around.slotTokens.add(token);
    }
    if (speaker && attribution.hasSpeechVerb) lastSpeaker = speaker;
    else {
      // A sentence that opens on a person makes them who "she said" refers to next.
      const subject = around.mentions.find((mention) => mention.firstToken <= 1 && !mention.possessive && mention.via !== 'unknown');
      if (subject) lastSpeaker = subject.personId;
    }
    sentenceClaims.push({
      start: sentence.start,
      end: sentence.end,
      text: text.slice(sentence.start, sentence.end),
      tokens: around.tokens,
      slotTokens: around.slotTokens,
      speaker: attribution.hasSpeechVerb ? speaker : null,
      speakerMention: attribution.hasSpeechVerb ? attribution.mention : undefined,
      window: around.window,
    });
  }
  return { quotes, sentences: sentenceClaims, state: { lastSpeaker } };
}

/** Tokens of `span` outside every quotation, and the names, numbers, days and outlets among them. */
const DEFAULT_OUTLETS = new OutletDirectory();

function surroundings(text: string, span: Span, quotations: Quotation[], directory: PersonDirectory, outletDirectory: OutletDirectory, dateline?: number): Surroundings {
  const tokens: Token[] = [];
  let cursor = span.start;
  const inside = overlapping(quotations.map((q) => q.outer), span);
  for (const quoted of inside) {
    if (quoted.start > cursor) tokens.push(...tokenize(text.slice(cursor, quoted.start), cursor));
    cursor = Math.max(cursor, quoted.end);
  }
  if (cursor < span.end) tokens.push(...tokenize(text.slice(cursor, span.end), cursor));

  const mentions = directory.findMentions(tokens, text);
  const afterDateline = (mention: { start: number }) => dateline === undefined || mention.start >= dateline;
  const outlets = outletDirectory.find(tokens, text).filter(afterDateline);
  // "Fox News Sunday" names a programme, not a day.
  const dates = findDateMentions(tokens, text).filter((d) => afterDateline(d) && !outlets.some((o) => d.start < o.end && d.end > o.start));
  const numbers = findNumbers(tokens, text).filter((n) => !dates.some((d) => n.start < d.end && n.end > d.start));
  const slotTokens = new Set<Token>();
  const mark = (start: number, end: number) => tokens.forEach((token) => token.start >= start && token.end <= end && slotTokens.add(token));
  dates.forEach((d) => mark(d.start, d.end));
  outlets.forEach((o) => mark(o.start, o.end));
  numbers.forEach((n) => mark(n.start, n.end));
  return { tokens, mentions, window: { numbers, dates, outlets }, slotTokens };
}

/**
 * The spans of a sorted, non-overlapping list that overlap `range`, found by binary search:
 * a paragraph of thousands of quotations must not cost quotations × sentences.
 */
function overlapping(sorted: Span[], range: Span): Span[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].end <= range.start) low = mid + 1;
    else high = mid;
  }
  const found: Span[] = [];
  for (let i = low; i < sorted.length && sorted[i].start < range.end; i++) found.push(sorted[i]);
  return found;
}
