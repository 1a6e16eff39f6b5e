import type { Finding, Statement } from '../types';
import { contentTokens, type Token } from '../text/tokens';
import { SPEECH_VERBS, type PersonMention } from '../draft/people';
import { negationConflict } from './negation';
import { checkSlots, type ClaimWindow } from './slots';
import { nameLike, recordLine, shorten, speakerKind, speakerName, type JudgeContext } from './context';

/** A sentence with no quotation: a paraphrased or reported claim. */
export interface SentenceClaim {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** Tokens that are names, days, outlets or numbers: slots, compared separately, not evidence of topic. */
  slotTokens: Set<Token>;
  speaker: string | null;
  speakerMention?: PersonMention;
  window: ClaimWindow;
}

/** Below this the sentence is about something else; between the two, agreement is noted but conflicts are not raised. */
const CONFLICT_SCORE = 0.6;

/**
 * Judges a paraphrase: finds the record it restates by topic words (names, numbers, days and
 * outlets excluded, since those are what may be wrong), then compares speaker, negation,
 * number, day and outlet. Silence when nothing matches well: most sentences are not claims.
 */
export function judgeClaim(claim: SentenceClaim, context: JudgeContext, text: string): Finding | undefined {
  const topic = contentTokens(claim.tokens).filter((token) => !claim.slotTokens.has(token) && !SPEECH_VERBS.has(token.norm) && token.norm.length > 1 && !/^\d/.test(token.norm));
  const stems = new Set(topic.map((token) => token.stem));
  if (stems.size < 3) return undefined;
  const stemWeight = (stem: string) => Math.max(context.index.idf(stem), 0.5);
  const sentenceWeight = [...stems].reduce((sum, stem) => sum + stemWeight(stem), 0);

  let best: { statement: Statement; score: number; shared: number; doc: number } | undefined;
  for (const candidate of context.index.search(stems, 8)) {
    const doc = context.index.docs[candidate.doc];
    let sharedWeight = 0;
    let shared = 0;
    for (const stem of stems) {
      if (doc.stems.has(stem)) {
        sharedWeight += stemWeight(stem);
        shared++;
      }
    }
    let recordWeight = 0;
    for (const stem of doc.stems) recordWeight += stemWeight(stem);
    const sentenceCoverage = sharedWeight / sentenceWeight;
    const recordCoverage = sharedWeight / Math.min(recordWeight, 1.5 * sentenceWeight);
    const score = sentenceCoverage + recordCoverage === 0 ? 0 : (2 * sentenceCoverage * recordCoverage) / (sentenceCoverage + recordCoverage);
    const better = !best || score > best.score + 0.05 || (score > best.score - 0.05 && doc.statement.speaker === claim.speaker && best.statement.speaker !== claim.speaker);
    if (shared >= 3 && better) best = { statement: doc.statement, score, shared, doc: candidate.doc };
  }
  if (!best || best.score < context.minScore) return undefined;

  const { statement } = best;
  const line = recordLine(context, statement);
  const base = { claim: claim.text, statement, draftSpeaker: claim.speaker, score: Number(best.score.toFixed(3)), fix: null };
  const range = { start: claim.start, end: claim.end };
  if (best.score < Math.max(CONFLICT_SCORE, context.minScore)) {
    return { ...base, kind: 'supported', range, message: `Related record: ${line}.` };
  }

  const speakerConflict =
    claim.speaker && statement.speaker && claim.speaker !== statement.speaker && !['anonymous', 'group'].includes(speakerKind(context, claim.speaker) ?? '');
  if (speakerConflict) {
    const recordSpeaker = speakerName(context, statement.speaker);
    const mention = claim.speakerMention;
    return {
      ...base,
      kind: 'misattribution',
      range: mention ? { start: mention.start, end: mention.end } : range,
      message: `Wrong speaker: the record has this from ${recordSpeaker}, not ${speakerName(context, claim.speaker)} — ${line}.`,
      fix: mention ? { range: { start: mention.start, end: mention.end }, text: nameLike(text.slice(mention.start, mention.end), recordSpeaker), label: `Change speaker to ${recordSpeaker}` } : null,
    };
  }
  const record = context.index.docs[best.doc];
  if (negationConflict(claim.tokens, record.tokens)) {
    return { ...base, kind: 'negation', range, message: `Says the opposite of the record: “${shorten(statement.text)}” — ${line}.` };
  }
  const slot = checkSlots(claim.window, statement, context, text);
  if (slot) return { ...base, ...slot, message: `${slot.message.replace(/\.$/, '')} — ${line}.` };
  return { ...base, kind: 'supported', range, message: `Matches the record: ${line}.` };
}
