import type { Span } from './segment';
import { splitSentences } from './segment';
import { findQuotations, type Quotation } from './quotes';
import { findAttribution, type PersonDirectory, type PersonMention } from './people';
import { findNumbers } from './numbers';
import { findDateMentions } from './dates';
import { findOutlets } from './outlets';
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
export function extractClaims(text: string, paragraph: Span, directory: PersonDirectory, state: SpeakerState): ParagraphClaims {
  const sentences = splitSentences(text, paragraph);
  const quotations = findQuotations(text, paragraph);
  const quotes: QuoteClaim[] = [];
  const sentenceClaims: SentenceClaim[] = [];
  let lastSpeaker = state.lastSpeaker;
  let paragraphSpeaker: string | null = null;

  const handled = new Set<number>();
  for (const quotation of quotations) {
    const window = sentences.filter((sentence) => sentence.end > quotation.outer.start && sentence.start < quotation.outer.end);
    window.forEach((sentence) => handled.add(sentences.indexOf(sentence)));
    const span = { start: Math.min(...window.map((s) => s.start), quotation.outer.start), end: Math.max(...window.map((s) => s.end), quotation.outer.end) };
    const around = surroundings(text, span, quotations, directory);
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
  }

  sentences.forEach((sentence, index) => {
    if (handled.has(index)) return;
    const around = surroundings(text, sentence, [], directory);
    const attribution = findAttribution(around.tokens, around.mentions);
    let speaker: string | null = null;
    if (attribution.mention) speaker = attribution.mention.personId;
    else if (attribution.pronoun) speaker = lastSpeaker;
    if (speaker && attribution.hasSpeechVerb) lastSpeaker = speaker;
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
  });
  return { quotes, sentences: sentenceClaims, state: { lastSpeaker } };
}

/** Tokens of `span` outside every quotation, and the names, numbers, days and outlets among them. */
function surroundings(text: string, span: Span, quotations: Quotation[], directory: PersonDirectory): Surroundings {
  const tokens: Token[] = [];
  let cursor = span.start;
  const inside = quotations.filter((q) => q.outer.end > span.start && q.outer.start < span.end).sort((a, b) => a.outer.start - b.outer.start);
  for (const quotation of inside) {
    if (quotation.outer.start > cursor) tokens.push(...tokenize(text.slice(cursor, quotation.outer.start), cursor));
    cursor = Math.max(cursor, quotation.outer.end);
  }
  if (cursor < span.end) tokens.push(...tokenize(text.slice(cursor, span.end), cursor));

  const mentions = directory.findMentions(tokens, text);
  const numbers = findNumbers(tokens);
  const dates = findDateMentions(tokens, text);
  const outlets = findOutlets(tokens, text);
  const slotTokens = new Set<Token>();
  const mark = (start: number, end: number) => tokens.forEach((token) => token.start >= start && token.end <= end && slotTokens.add(token));
  mentions.forEach((m) => mark(m.start, m.end));
  dates.forEach((d) => mark(d.start, d.end));
  outlets.forEach((o) => mark(o.start, o.end));
  numbers.forEach((n) => mark(n.start, n.end));
  return { tokens, mentions, window: { numbers, dates, outlets }, slotTokens };
}
