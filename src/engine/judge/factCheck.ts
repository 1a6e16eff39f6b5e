/**
 * The `fact-checked` judge: a draft sentence (or quotation) that repeats a claim a fact-checker has
 * rated, word for word or in other words, gets a finding naming the verdict, the fact-checker and
 * the date. A sentence that reports the claim as false or unsupported ("Roe falsely claimed that…",
 * "there is no evidence that…") or states its negation does not repeat it, and gets none.
 */
import type { Finding, Statement } from '../types';
import { STOPWORDS, tokenize, topicStems, type Token } from '../text/tokens';
import { SPEECH_VERBS } from '../draft/people';
import { sameQuantity, type DraftNumber } from '../draft/numbers';
import type { StatementIndex } from '../match/statementIndex';
import { verdictLine } from '../corpus/claimReview';
import { checkNumbers, recordedNumbers } from './slots';
import { negationConflict } from './negation';
import { shorten } from './context';

/** What the judge reads of a draft claim: its span, words, numbers and named speaker. */
export interface RepeatCandidate {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  numbers: DraftNumber[];
  speaker: string | null;
}

/** How much of the rated claim's topic (words and numbers, weighted by rarity) the draft must carry. */
const CLAIM_COVERAGE = 0.6;
/** How much of the draft sentence's topic must be the claim's: a long paragraph sharing two words is not a repeat. */
const SENTENCE_COVERAGE = 0.3;
/** A number of the claim, repeated in the draft, weighs as much as this many rare words. */
const NUMBER_WEIGHT = 1.5;

/**
 * Findings for the rated claims `candidate` repeats (at most one, the best), searched in `index`
 * (fact-checked statements only). `weight` gives a stem's weight (the corpus's rarity); `text` is
 * the draft, for the sentence around a quotation.
 */
export function judgeFactChecks(
  candidate: RepeatCandidate,
  index: StatementIndex,
  weight: (stem: string) => number,
  text: string,
): Finding[] {
  const stems = new Set(
    expand(topicStems(candidate.tokens.filter((token) => !SPEECH_VERBS.has(token.norm) && !/^\d/.test(token.norm)))),
  );
  if (stems.size < 2) return [];
  let best: { statement: Statement; score: number } | undefined;
  for (const found of index.search(stems, 5)) {
    const doc = index.doc(found.doc);
    const statement = doc.statement;
    if (!statement.factCheck) continue;
    const recordStems = new Set(expand(topicStems(doc.tokens)));
    let shared = 0;
    let sharedCount = 0;
    let recordWeight = 0;
    for (const stem of recordStems) {
      recordWeight += weight(stem);
      if (stems.has(stem)) {
        shared += weight(stem);
        sharedCount++;
      }
    }
    let sentenceWeight = 0;
    for (const stem of stems) sentenceWeight += weight(stem);
    // Numbers are compared as in the other kinds: a different figure is a different claim; the same one is evidence.
    const recorded = recordedNumbers(statement);
    if (checkNumbers(candidate.numbers, statement, text)) continue;
    for (const number of recorded) {
      recordWeight += NUMBER_WEIGHT;
      if (candidate.numbers.some((mention) => sameQuantity(number, mention))) {
        shared += NUMBER_WEIGHT;
        sentenceWeight += NUMBER_WEIGHT;
        sharedCount++;
      }
    }
    if (sharedCount < 2 || recordWeight === 0) continue;
    const claimCoverage = shared / recordWeight;
    const sentenceCoverage = shared / Math.max(sentenceWeight, 1e-9);
    if (claimCoverage < CLAIM_COVERAGE || sentenceCoverage < SENTENCE_COVERAGE) continue;
    const score = (2 * claimCoverage * sentenceCoverage) / (claimCoverage + sentenceCoverage);
    if (!best || score > best.score) best = { statement, score };
  }
  if (!best) return [];
  const { statement } = best;
  const sentence = sentenceAround(text, candidate.start, candidate.end);
  if (reportsAsFalse(sentence)) return [];
  // "The tunnel did not cost £2 billion" against the claim that it did: the draft corrects it.
  if (negationConflict(candidate.tokens, tokenize(statement.text), statement.negated)) return [];
  return [
    {
      kind: 'fact-checked',
      range: { start: candidate.start, end: candidate.end },
      claim: candidate.text,
      message: `${verdictLine(statement.factCheck!)}: “${shorten(statement.text)}”`,
      statement,
      draftSpeaker: candidate.speaker,
      fix: null,
      score: Number(best.score.toFixed(3)),
    },
  ];
}

/**
 * Words a paraphrase trades for one another in the claims fact-checkers rate, folded to one stem
 * each so "prices doubled" meets "costs rose twofold". Kept to general claim language: amounts,
 * change, cause and building; never a topic's own nouns.
 */
const EQUIVALENTS: readonly string[][] = [
  ['cost', 'price', 'spend', 'spent', 'bill', 'expens'],
  ['rise', 'rose', 'risen', 'increas', 'grow', 'grew', 'grown', 'climb', 'soar', 'surg', 'jump', 'up'],
  ['fall', 'fell', 'fallen', 'decreas', 'declin', 'drop', 'cut', 'reduc', 'shrank', 'shrink', 'plung', 'down'],
  ['doubl', 'twice', 'twofold'],
  ['tripl', 'threefold'],
  ['halv', 'half'],
  ['build', 'built', 'construct', 'erect'],
  ['caus', 'lead', 'led', 'result', 'trigger'],
  ['ban', 'outlaw', 'prohibit', 'forbid', 'forbidden'],
  ['kill', 'die', 'dead', 'death', 'fatal'],
  ['children', 'child', 'kid', 'pupil'],
  ['car', 'vehicl', 'motorist'],
  ['job', 'post', 'role', 'employ'],
  ['million', 'm'],
  ['billion', 'bn'],
];
const CANONICAL = new Map<string, string>();
for (const group of EQUIVALENTS) for (const member of group) CANONICAL.set(member, group[0]);

/** Stems with each equivalent folded to its group's first member; stop words dropped. */
function expand(stems: string[]): string[] {
  return stems.filter((stem) => !STOPWORDS.has(stem)).map((stem) => CANONICAL.get(stem) ?? prefixMatch(stem) ?? stem);
}

/** "increased" may be stemmed "increas" or "increase": a group member that starts the stem counts, for members of five letters or more. */
function prefixMatch(stem: string): string | undefined {
  for (const [member, canonical] of CANONICAL) if (member.length >= 5 && stem.startsWith(member)) return canonical;
  return undefined;
}

/** The sentence holding [start, end): from the last sentence end before it to the next after it. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 400), start);
  const opening = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('\n'),
    before.lastIndexOf('? '),
    before.lastIndexOf('! '),
  );
  const after = text.slice(end, end + 400);
  const closing = after.search(/[.!?](?:\s|$)|\n/);
  return `${opening >= 0 ? before.slice(opening + 1) : before}${text.slice(start, end)}${closing >= 0 ? after.slice(0, closing + 1) : after}`;
}

const FALSE_ADVERB =
  /\b(?:falsely|wrongly|incorrectly|erroneously|mistakenly|misleadingly|baselessly|spuriously|dubiously)\b/;
const FALSE_NOUN_PHRASE =
  /\b(?:false|baseless|unfounded|bogus|debunked|discredited|misleading|unsubstantiated|unsupported|untrue|disproven|disproved|groundless|inaccurate|dubious|erroneous|discredited|fake)\s+(?:\w+\s+)?(?:claims?|assertions?|figures?|rumou?rs?|story|stories|allegations?|statements?|suggestions?|notions?|ideas?|numbers?|reports?|theory|theories|narratives?)\b/;
const NO_EVIDENCE =
  /\b(?:no|little|scant|not any|without)\s+(?:\w+\s+)?(?:evidence|proof|basis|data|support|foundation)\b/;
const REJECTED =
  /\b(?:rejected|refuted|debunked|disproved|disproven|dismissed|denied|contradicted|disputed|corrected|rebutted|challenged|discredited|undermined|rated|found|ruled|judged|labelled|labeled|branded|called)\b[^.]{0,40}\b(?:claims?|assertions?|suggestions?|ideas?|notions?|allegations?|figures?|rumou?rs?|false|untrue|wrong|incorrect|misleading|inaccurate|baseless|unfounded|myth)\b/;
const IS_FALSE =
  /\b(?:is|was|are|were|proved|proven|turned out to be|been shown to be)\s+(?:\w+\s+)?(?:false|untrue|wrong|incorrect|not true|a myth|baseless|unfounded|misleading|inaccurate|fabricated|a hoax)\b/;
const OTHER_CUES =
  /\b(?:myth|hoax|contrary to|not the case|fact[- ]?check\w*|debunk\w*|misinformation|disinformation|conspiracy theor\w+)\b/;

/**
 * True when the sentence reports a claim as false, unsupported or disputed rather than asserting
 * it: "falsely claimed", "there is no evidence that", "fact-checkers rejected the claim that",
 * "the claim is false", "contrary to…", "the myth that…".
 */
export function reportsAsFalse(sentence: string): boolean {
  const lower = sentence.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  return [FALSE_ADVERB, FALSE_NOUN_PHRASE, NO_EVIDENCE, REJECTED, IS_FALSE, OTHER_CUES].some((pattern) =>
    pattern.test(lower),
  );
}
