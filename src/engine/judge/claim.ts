import type { Finding, Statement } from '../types';
import { tokenize, topicStems, type Token } from '../text/tokens';
import { SPEECH_VERBS, type PersonMention } from '../draft/people';
import { negationConflict } from './negation';
import { checkDates, checkNumbers, checkOutlets, type ClaimWindow } from './slots';
import { nameLike, recordLine, shorten, speakerKind, speakerName, type JudgeContext } from './context';

/** A sentence with no quotation: a paraphrased or reported claim. */
export interface SentenceClaim {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** Tokens of the speaker, days, outlets and numbers: slots, compared separately, not evidence of topic. */
  slotTokens: Set<Token>;
  speaker: string | null;
  speakerMention?: PersonMention;
  window: ClaimWindow;
}

/** Below this the sentence is about something else; between the two, agreement is noted but conflicts are not raised. */
const CONFLICT_SCORE = 0.6;
/** A clash on a counted thing (drones, troops, nations) is trusted when either side is this well covered by the other. */
const COUNTED_UNIT_SCORE = 0.35;

/**
 * Judges a paraphrase: finds the record it restates by topic words (names, numbers, days and
 * outlets excluded, since those are what may be wrong), then compares speaker, negation,
 * number, day and outlet. Silence when nothing matches well: most sentences are not claims.
 */
export function judgeClaim(claim: SentenceClaim, context: JudgeContext, text: string): Finding | undefined {
  const topicTokens = claim.tokens.filter((token) => !claim.slotTokens.has(token) && !SPEECH_VERBS.has(token.norm) && !/^\d/.test(token.norm));
  const stems = new Set(topicStems(topicTokens).filter((stem) => !context.slotStems.has(stem)));
  if (stems.size < 3) return undefined;
  // Names and role words are evidence of topic, but weak: "Rubio" and "secretary of state" appear everywhere Rubio does.
  const stemWeight = (stem: string) => Math.max(context.index.idf(stem), 0.5) * (context.nameStems.has(stem) ? 0.35 : 1);
  const sentenceWeight = [...stems].reduce((sum, stem) => sum + stemWeight(stem), 0);

  type Scored = { statement: Statement; score: number; shared: number; doc: number; coverage: number };
  let best: Scored | undefined;
  const scored: Scored[] = [];
  for (const candidate of context.index.search(stems, 8)) {
    const doc = context.index.doc(candidate.doc);
    let sharedWeight = 0;
    let shared = 0;
    for (const stem of stems) {
      if (doc.topicStems.has(stem)) {
        sharedWeight += stemWeight(stem);
        if (!context.nameStems.has(stem)) shared++;
      }
    }
    let recordWeight = 0;
    for (const stem of doc.topicStems) if (!context.slotStems.has(stem) && !/^\d/.test(stem)) recordWeight += stemWeight(stem);
    const sentenceCoverage = sharedWeight / sentenceWeight;
    const recordCoverage = sharedWeight / Math.min(recordWeight, 1.5 * sentenceWeight);
    const score = sentenceCoverage + recordCoverage === 0 ? 0 : (2 * sentenceCoverage * recordCoverage) / (sentenceCoverage + recordCoverage);
    const better = !best || score > best.score + 0.05 || (score > best.score - 0.05 && doc.statement.speaker === claim.speaker && best.statement.speaker !== claim.speaker);
    if (shared < 2) continue;
    scored.push({ statement: doc.statement, score, shared, doc: candidate.doc, coverage: Math.max(sentenceCoverage, recordCoverage) });
    if (better) best = scored[scored.length - 1];
  }
  // The same count of the same thing ("330 drones" against "133 drones") is itself evidence of topic,
  // even when another record (the Chernobyl strike in the same sentence) scores higher.
  const countedUnitClash = (statement: Statement) =>
    claim.window.numbers.some((n) => n.unit && !['minute', 'hour', 'day', 'week', 'month', 'year'].includes(n.unit) && statement.numbers.some((r) => r.unit === n.unit && r.value !== n.value));
  const countClash = scored.find((candidate) => candidate.coverage >= COUNTED_UNIT_SCORE && candidate.shared >= 3 && countedUnitClash(candidate.statement));
  if (countClash && (!best || best.score < Math.max(CONFLICT_SCORE, context.minScore) || best === countClash)) best = countClash;
  if (!best) return undefined;
  const related = best.score >= context.minScore;
  if (!related && best !== countClash) return undefined;

  const { statement } = best;
  const line = recordLine(context, statement);
  const base = { claim: claim.text, statement, draftSpeaker: claim.speaker, score: Number(best.score.toFixed(3)), fix: null };
  const range = { start: claim.start, end: claim.end };
  const numberConflict = checkNumbers(claim.window.numbers, statement, text);
  // A number on the same topic is checked in the related band too: the clash must be in the same unit.
  if (numberConflict && (related || best === countClash)) {
    return { ...base, ...numberConflict, message: `${numberConflict.message} — ${line}.` };
  }
  // Negation is judged in the related band too: the check itself demands the same governed word on both sides.
  const record = context.index.doc(best.doc);
  // A short quoted fragment's meaning (and its negation) lives in the sentence around it.
  const recordTokens = record.tokens.length < 8 && statement.context ? tokenize(statement.context) : record.tokens;
  if (related && negationConflict(claim.tokens, recordTokens)) {
    return { ...base, kind: 'negation', range, message: `Says the opposite of the record: “${shorten(statement.text)}” — ${line}.` };
  }
  // Between the two scores the sentence is on the record's topic but does not restate it:
  // numbers and negation were worth checking, a citation is not.
  if (best.score < Math.max(CONFLICT_SCORE, context.minScore)) return undefined;
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
  const slot = checkDates(claim.window.dates, statement, context) ?? checkOutlets(claim.window.outlets, statement, context);
  if (slot) return { ...base, ...slot, message: `${slot.message} — ${line}.` };
  return { ...base, kind: 'supported', range, message: `Matches the record: ${line}.` };
}
