/**
 * The `fact-checked` judge: a draft sentence (or quotation) that repeats a claim a fact-checker has
 * rated, word for word or in other words, gets a finding naming the verdict, the fact-checker and
 * the date. A sentence that reports the claim as false or unsupported ("Roe falsely claimed that…",
 * "there is no evidence that…") or states its negation does not repeat it, and gets none.
 */
import type { Finding, Statement } from '../types';
import { STOPWORDS, tokenize, topicStems, type Token } from '../text/tokens';
import { SPEECH_VERBS } from '../draft/people';
import type { DraftNumber } from '../draft/numbers';
import type { StatementIndex } from '../match/statementIndex';
import { verdictLine } from '../corpus/claimReview';
import { checkNumbers } from './slots';
import {
  compareFigures,
  isFigureWord,
  isNumberWord,
  ratioChange,
  readFigures,
  sameFigure,
  type Figure,
} from './factFigures';
import { negationConflict } from './negation';
import { shorten } from './context';
import { normalizeAndStem } from '../text/normalize';
import { CLAIM_NOUNS, debunkingCues, normalizeForCues, reportsAsFalse } from './debunk';
import { deniesWithout, gaps, otherPlace, otherScope, partForAll, turnedRound } from './factScope';
import { HEDGES, JOINS, MORE_EQUIVALENTS, TWO_WORD_TERMS } from './factWords';
import { withPhrases } from './factPhrases';
import { related } from '../text/lexicon';

export { reportsAsFalse };

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

/** The rated claim a candidate repeats, and whether the sentence reports it as false (then no finding is due). */
export interface FactCheckMatch {
  statement: Statement;
  score: number;
  /** The sentence debunks or negates the claim: it names it without repeating it. */
  reported: boolean;
}

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
  const match = matchFactCheck(candidate, index, weight, text);
  if (!match || match.reported) return [];
  const { statement } = match;
  return [
    {
      kind: 'fact-checked',
      range: { start: candidate.start, end: candidate.end },
      claim: candidate.text,
      message: `${verdictLine(statement.factCheck!)}: “${shorten(statement.text)}”`,
      statement,
      draftSpeaker: candidate.speaker,
      fix: null,
      score: Number(match.score.toFixed(3)),
    },
  ];
}

/**
 * The rated claim `candidate` names (repeats or reports as false), best first, or undefined. The
 * claim's words (synonyms folded) and figures (a quarter = 25 per cent) must cover most of the
 * claim and a fair part of the sentence; another figure of a kind the claim has (a year, a share,
 * an amount) makes it a different claim.
 */
export function matchFactCheck(
  candidate: RepeatCandidate,
  index: StatementIndex,
  weight: (stem: string) => number,
  text: string,
): FactCheckMatch | undefined {
  const allFigures = readFigures(text.slice(candidate.start, candidate.end), candidate.tokens, candidate.start);
  // Who said it, and when ("…, an interior ministry spokeswoman, Petra Vogel, told reporters in
  // Berlin in March 2025"), is not what was said: neither its words nor its year are the claim's.
  // Where the attribution ends is not always plain ("…, the lowest since the war, according to the
  // alliance"): each reading is tried, the one that leaves least first.
  let best: Repeat | undefined;
  // A claim a shorter reading found another word in the place of ("works in Greater Accra" for
  // "works abroad") is a near miss: the attribution's words kept by a longer reading ("…, the
  // Ghana Health Service said") only hide the replaced slot.
  const nearMisses = new Set<string>();
  for (const reading of withoutAttribution(withPhrases(candidate.tokens), text, allFigures)) {
    best = bestRepeat(
      candidate,
      asSuperlative(withPhrases(withNames(withoutPossessives(reading)))),
      allFigures,
      index,
      weight,
      text,
      nearMisses,
    );
    if (best) break;
  }
  if (!best) return undefined;
  const { statement } = best;
  const sentence = sentenceAround(text, candidate.start, candidate.end);
  const draftWords = withoutRelativeNegation(withPhrases(candidate.tokens));
  const claimWords = withPhrases(tokenize(statement.text));
  // The claim's "no" is its exemption ("pay no tolls"), which the draft states too ("exempt from tolls").
  const bothExempt = [draftWords, claimWords].every((words) => words.some((token) => token.norm === 'exempt'));
  // "The tunnel did not cost £2 billion" against the claim that it did: the draft corrects it.
  const claimStems = recordStemsOf(statement);
  const verdictGiven = (clause: string) => givesVerdict(clause, statement);
  const reported =
    reportsAsFalse(withoutOtherClaims(sentence, claimStems)) ||
    verdictGiven(withoutOtherClaims(sentence, claimStems, verdictGiven)) ||
    answeredAsFalse(text, candidate.end, statement) ||
    // Phrases made one first: "exempt from tolls" and "pay no tolls" are one claim, not its negation.
    // A share stated as its complement negates the claim's verb by its own figure: no denial.
    (!best.complement &&
      (negationConflict(draftWords, claimWords, statement.negated && !bothExempt) ||
        negatesVerb(draftWords, claimWords)));
  return { statement, score: best.score, reported };
}

/**
 * The sentence gives the claim the fact-check's own verdict, however the fact-checker words it
 * ("rated Distorcido", "was given a “Fabricated” verdict", "the Exagerado rating"): a rating
 * reported is no repeat, unless the claim was rated true.
 */
function givesVerdict(sentence: string, statement: Statement): boolean {
  const check = statement.factCheck;
  if (!check || check.rating === 'true') return false;
  const verdict = normalizeForCues(check.verdict)
    .trim()
    .replace(/[.!]+$/, '');
  if (verdict.length < 3) return false;
  const words = verdict
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const named = `'?${words}'?(?![\\p{L}\\p{N}])`;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:rated|rates|rating|labell?ed|graded|classified|given|received|earned|awarded|verdicts?|ratings?|labels?)\\s+(?:\\S+\\s+){0,12}?(?:as\\s+)?${named}|(?<![\\p{L}\\p{N}])${named}\\s+(?:rating|verdict|label|grade|ruling)`,
    'u',
  ).test(normalizeForCues(sentence));
}

/** Verbal negations: "not", "never", "no longer" and the "-n't" forms the tokenizer spells without the apostrophe. */
const NEGATION =
  /^(?:not|never|didnt|doesnt|dont|hasnt|havent|hadnt|isnt|arent|wasnt|werent|wont|cannot|cant|couldnt|wouldnt|shouldnt)$/;

/**
 * The draft negates one of the claim's own verbs or words, folded ("did not build" for "built",
 * "has never doubled"), and the claim negates nothing: the draft states the claim's negation.
 * Irregular forms meet through the folded groups, which the shared negation check does not have.
 */
function negatesVerb(draft: Token[], claim: Token[]): boolean {
  // A claim that denies in any form ("unable to swim", "without a GP") is the shared check's to compare.
  if (
    claim.some(
      (token) =>
        NEGATION.test(token.norm) ||
        /^(?:no|none|nobody|nothing|neither|nor|unable|without|fail\w*|lack\w*)$/.test(token.norm),
    )
  )
    return false;
  const claimStems = new Set(expand(topicStems(claim)));
  const multiple = claim.some((token) => /^(?:doubl|tripl|quadrupl|halv)/.test(token.norm));
  for (let i = 0; i < draft.length; i++) {
    if (!NEGATION.test(draft[i].norm) && !(draft[i].norm === 'no' && draft[i + 1]?.norm === 'longer')) continue;
    // The word the negation governs: the next one or two words past auxiliaries ("did not build",
    // "have not doubled", "has never been").
    for (const token of draft.slice(i + 1, i + 4)) {
      if (/^(?:be|been|being|have|has|had|do|does|did|longer|yet|actually|really|quite)$/.test(token.norm)) continue;
      const stem = foldToken(token);
      if (stem === undefined) continue;
      if (claimStems.has(stem)) return true;
      // "have not doubled" against "have doubled": the claim's multiple negated; "did not receive
      // three times as many" states it as a ratio.
      if (multiple && /^(?:doubl|tripl|quadrupl|halv)/.test(token.norm)) return true;
      if (
        multiple &&
        draft
          .slice(i + 1, i + 6)
          .some((next) => /^(?:twice|double|triple|treble|times|twofold|threefold|fourfold)$/.test(next.norm))
      )
        return true;
      break;
    }
  }
  return false;
}

/** The rated claim a reading repeats, its score, and whether the draft states the claim's share as its complement. */
interface Repeat {
  statement: Statement;
  score: number;
  complement?: boolean;
}

/** A token that negates what follows: "not", "never", "no" (not "no longer"), "without". */
function isNegation(token: Token, tokens: Token[]): boolean {
  if (NEGATION.test(token.norm) || token.norm === 'without') return true;
  const next = tokens[tokens.indexOf(token) + 1];
  return token.norm === 'no' && next?.norm !== 'longer';
}

/**
 * The draft's figures with its share read as the claim's, where the draft states the claim's share
 * as its complement, negated: "two in three children did not receive the vaccine" (or "nine in
 * ten villages have no library") for "only one in three children received it" ("one in ten has
 * one"). The claim has one share and negates nothing; the draft has one share, the claim's
 * complement (within the shares' tolerance) and not the claim's own, and one negation, after the
 * share (the share is what is negated, not the saying). Otherwise undefined.
 */
function complementShare(
  claim: Token[],
  draft: Token[],
  claimFigures: Figure[],
  draftFigures: Figure[],
): Figure[] | undefined {
  const claimShares = claimFigures.filter((figure) => figure.kind === 'share');
  const draftShares = draftFigures.filter((figure) => figure.kind === 'share');
  if (claimShares.length !== 1 || draftShares.length !== 1) return undefined;
  if (claim.some((token) => isNegation(token, claim))) return undefined;
  const [share] = draftShares;
  const negations = draft.filter((token) => isNegation(token, draft));
  if (negations.length !== 1 || negations[0].start < share.end) return undefined;
  const flipped = { ...share, value: 1 - share.value };
  if (sameFigure(share, claimShares[0]) || !sameFigure(flipped, claimShares[0])) return undefined;
  return draftFigures.map((figure) => (figure === share ? flipped : figure));
}

/**
 * The rated claim that `claimTokens` (the candidate without its attribution) repeats best, by the
 * coverage rules above. A claim this reading finds another in a slot of is added to `nearMisses`
 * (statement ids), and a claim already there is passed over.
 */
function bestRepeat(
  candidate: RepeatCandidate,
  claimTokens: Token[],
  allFigures: Figure[],
  index: StatementIndex,
  weight: (stem: string) => number,
  text: string,
  nearMisses: Set<string>,
): Repeat | undefined {
  const kept = claimTokens.length
    ? { start: claimTokens[0].start, end: claimTokens[claimTokens.length - 1].end }
    : candidate;
  const draftFigures = allFigures.filter(
    (figure) => figure.kind !== 'year' || (figure.start >= kept.start && figure.end <= kept.end),
  );
  const sequence = expand(topicStems(wordsOnly(claimTokens, draftFigures)));
  const stems = new Set(sequence);
  const draftVerbs = verbStems(candidate.tokens);

  if (stems.size < 2) return undefined;
  let best: Repeat | undefined;
  // The index holds the records' own stems: search with the draft's as written and as folded.
  const words = topicStems(wordsOnly(candidate.tokens, draftFigures)).filter((stem) => !STOPWORDS.has(stem));
  for (const found of index.search(new Set([...words, ...stems]), 8)) {
    const statement = index.doc(found.doc).statement;
    if (!statement.factCheck || nearMisses.has(statement.id)) continue;
    const rawTokens = tokenize(statement.text);

    const recordTokens = asSuperlative(withPhrases(withNames(withoutPossessives(rawTokens))));
    // Figures are read from the words as written ("US$15 billion", not the country "US" folded).
    const claimFigures = readFigures(statement.text, rawTokens);
    const recordSequence = expand(topicStems(wordsOnly(recordTokens, claimFigures)));
    const recordStems = new Set(recordSequence);
    // "Two in three did not receive" for "one in three received": the claim's share stated as its
    // complement, negated. Read as the claim's share, and the negation as no word of the claim's.
    const flipped = complementShare(recordTokens, claimTokens, claimFigures, draftFigures);
    const draftSequence = flipped
      ? expand(
          topicStems(
            wordsOnly(
              claimTokens.filter((token) => !isNegation(token, claimTokens)),
              draftFigures,
            ),
          ),
        )
      : sequence;
    const draftStems = flipped ? new Set(draftSequence) : stems;
    const ownFigures = flipped ?? draftFigures;
    // "halved" for "was cut by half", "went up" for "rose": the claim's direction is its predicate, a
    // verb said another way, never a noun another one replaces (a direction turned round is
    // `oppositeDirection`'s).
    const moves = [...recordSequence, ...draftSequence].filter((stem) => DIRECTIONS.has(stem));
    const verbs = new Set([...draftVerbs, ...verbStems(recordTokens), ...moves]);
    // "rise by £150" against "fall by £150", "Scotland's electricity" against "Britain's": another claim.
    if (oppositeDirection(recordStems, draftStems, statement.text, text.slice(kept.start, kept.end))) continue;
    // The draft's words that name one of the claim's in other words ("physicians" for "doctors",
    // "emigrate" for "emigration") read as the claim's, for every check below.
    const alignedSequence = aligned(
      recordSequence,
      draftSequence,
      rawStems([...rawTokens, ...recordTokens, ...claimTokens]),
    );
    const alignedStems = new Set(alignedSequence);
    if (
      substitutes(recordSequence, alignedSequence, verbs) ||
      otherPlace(statement.text, text.slice(kept.start, kept.end), placeStems) ||
      // Another measure, group, stage, rank or comparison on the same topic: a near miss, not a repeat.
      anotherClaim(
        statement.text,
        recordTokens,
        recordSequence,
        claimTokens,
        alignedSequence,
        text,
        verbs,
        claimantPlaces(statement),
      )
    ) {
      nearMisses.add(statement.id);
      continue;
    }
    // "The highest fuel prices in West Africa": a rank is the claim's point, like a figure.
    // A draft without any rank ("the most", "more than any other", "the cheapest") does not state it.
    // The claim's rank as written: folded, "recorded" and "up to" would read as ranks too.
    const ranks = recordTokens.filter((token) => SUPERLATIVES.has(token.norm)).map((token) => token.norm);
    if (ranks.length && !ranks.some((stem) => alignedStems.has(stem)) && !statesRank(candidate.tokens)) continue;
    // "rose faster than anywhere else" (the fastest) for "are the cheapest": another measure ranked.
    const draftRanks = claimTokens.filter((token) => SUPERLATIVES.has(token.norm)).map((token) => token.norm);
    if (ranks.length && draftRanks.length && !ranks.some((rank) => draftRanks.some((other) => sameRank(rank, other))))
      continue;
    // "the largest consumer of rice" for "the highest rice prices": each ranks its own measure.
    if (otherRanked(recordTokens, recordStems, claimTokens, alignedStems)) continue;
    let shared = 0;
    let sharedCount = 0;
    let recordWeight = 0;
    for (const stem of recordStems) {
      recordWeight += weight(stem);
      if (alignedStems.has(stem)) {
        shared += weight(stem);
        sharedCount++;
      }
    }
    let sentenceWeight = 0;
    for (const stem of alignedStems) sentenceWeight += weight(stem);
    // A different figure, year or share is a different claim; the same one (however written) is evidence.
    // A number this judge reads as one of the claim's figures ("a decade and a half" for "15 years")
    // is the claim's, whatever the shared reader makes of its first words ("a decade").
    const same = ownFigures.filter((figure) => claimFigures.some((other) => sameFigure(figure, other)));
    const numbers = candidate.numbers.filter(
      (number) => !same.some((figure) => figure.start <= number.start && number.end <= figure.end),
    );
    if (checkNumbers(numbers, statement, text)) continue;
    // A comparison turned round is the same claim only with the ratio inverted ("half as much as" for "twice as much as").
    let compared = ownFigures;
    if (turnedRound(recordTokens, claimTokens, foldToken)) {
      const [was, is] = [claimFigures, draftFigures].map((figures) =>
        figures.find((figure) => figure.kind === 'ratio'),
      );
      if (!was || !is || Math.abs(was.value * is.value - 1) > 0.05) continue;
      compared = draftFigures.map((figure) =>
        figure.kind === 'ratio' ? { ...figure, value: 1 / figure.value } : figure,
      );
    }
    const figures = compareFigures(claimFigures, compared, claimYears(statement));
    // The claim's point is its figure: a sentence that gives none of it ("rose sharply" for
    // "doubled") does not repeat the claim, whatever else it shares.
    // A span of time ("in five years") says when, not what: the point is the claim's other figures
    // where it has any. A multiple ("tripled", "halved", "three times") is the claim's predicate:
    // the same number about another predicate ("100,000 families receive subsidies" for "halved
    // fees for 100,000 families") is another claim.
    if (!statesPoint(statement.text, claimFigures, compared)) continue;
    if (figures.conflict || totalForRate(statement.text, claimFigures, draftFigures)) continue;
    const extraCount = compared.some(
      (figure) => figure.kind === 'amount' && !claimFigures.some((other) => sameFigure(figure, other)),
    );
    if (partForAll(rawTokens, candidate.tokens, extraCount)) continue;
    recordWeight += NUMBER_WEIGHT * claimFigures.length;
    shared += NUMBER_WEIGHT * figures.shared;
    sentenceWeight += NUMBER_WEIGHT * figures.shared;
    sharedCount += figures.shared;
    if (sharedCount < 2 || recordWeight === 0) continue;
    const claimCoverage = shared / recordWeight;
    const sentenceCoverage = shared / Math.max(sentenceWeight, 1e-9);
    if (claimCoverage < CLAIM_COVERAGE || sentenceCoverage < SENTENCE_COVERAGE) continue;
    const score = (2 * claimCoverage * sentenceCoverage) / (claimCoverage + sentenceCoverage);
    if (!best || score > best.score) best = { statement, score, complement: flipped !== undefined };
  }
  return best;
}

/**
 * The draft's folded stems with each word that the claim lacks, and that names one the draft lacks
 * in other words (`related`: another derivation, a synonym), replaced by the claim's word:
 * "physicians quit" against "doctors left" reads "doctors left". Each claim word is taken once.
 * `raw` gives the stems as written behind each folded one, which the synonym table knows.
 */
export function aligned(claim: string[], draft: string[], raw: Map<string, Set<string>> = new Map()): string[] {
  const inClaim = new Set(claim);
  const open = [...new Set(claim.filter((stem) => !draft.includes(stem)))];
  const forms = (stem: string) => [stem, ...(raw.get(stem) ?? [])];
  return draft.map((stem) => {
    if (inClaim.has(stem)) return stem;
    // The same word read two ways is one word: "Cholera" opening the claim is read as a place's
    // name ("choler", as "Ghana" is "ghan"), "cholera" in the draft's middle is not.
    const at = open.findIndex((other) => forms(stem).some((a) => forms(other).some((b) => a === b || related(a, b))));
    if (at < 0) return stem;
    const [match] = open.splice(at, 1);
    return match;
  });
}

/** The stems as written behind each folded stem of `tokens`: "oversea" behind "foreign". */
function rawStems(tokens: Token[]): Map<string, Set<string>> {
  const raw = new Map<string, Set<string>>();
  for (const token of tokens) {
    const folded = foldToken(token);
    if (folded === undefined) continue;
    const set = raw.get(folded) ?? new Set<string>();
    set.add(token.stem).add(token.norm);
    raw.set(folded, set);
  }
  return raw;
}

/**
 * Whether `tokens` rank something: a superlative ("the highest", "the most expensive") or a
 * comparison with every other ("costs more than in any other country", "lower than ever", "nowhere
 * in Europe … more", "no other state").
 */
function statesRank(tokens: Token[]): boolean {
  if (onlyOneAhead(tokens) >= 0) return true;
  return tokens.some(
    (token, i) =>
      SUPERLATIVES.has(token.norm) ||
      (/^[a-z]{2,}est$/.test(token.norm) && !NOT_SUPERLATIVE.has(token.norm)) ||
      token.norm === 'most' ||
      token.norm === 'least' ||
      token.norm === 'nowhere' ||
      // A place in a ranking: "ranks second", "came third", "is ranked first".
      (/^(?:rank|ranks|ranked|came|comes|placed|places|finished|finishes)$/.test(token.norm) &&
        /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|top|bottom|\d+(?:st|nd|rd|th))$/.test(
          tokens[i + 1]?.norm === 'in' ? (tokens[i + 2]?.norm ?? '') : (tokens[i + 1]?.norm ?? ''),
        )) ||
      (token.norm === 'no' && tokens[i + 1]?.norm === 'other') ||
      (token.norm === 'than' &&
        tokens.slice(i + 1, i + 5).some((next) => /^(?:any|anywhere|ever|every|all)$/.test(next.norm))),
  );
}

/** A superlative of any adjective: "highest", "most", "largest" (not "west", "interest"). */
function isSuperlative(norm: string): boolean {
  return SUPERLATIVES.has(norm) || (/^[a-z]{2,}est$/.test(norm) && !NOT_SUPERLATIVE.has(norm));
}

/**
 * What the first superlative in `tokens` ranks, folded: the last word of the run after it, up to a
 * stop word ("the highest rice prices in …" ranks prices, "the largest consumer of rice" consumers);
 * undefined without a superlative or a noun after it ("rice is the most expensive in …").
 */
function rankedMeasure(tokens: Token[]): string | undefined {
  const at = tokens.findIndex((token) => isSuperlative(token.norm));
  if (at < 0) return undefined;
  let head: string | undefined;
  for (const token of tokens.slice(at + 1, at + 4)) {
    if (STOPWORDS.has(token.norm) || /^\d/.test(token.norm) || isSuperlative(token.norm)) break;
    head = foldToken(token) ?? head;
  }
  return head;
}

/**
 * Both rank, and each ranks a measure the other does not name: another claim on the same topic
 * ("Indonesia is the largest consumer of rice" for "Indonesians pay the highest rice prices").
 */
function otherRanked(claim: Token[], claimStems: Set<string>, draft: Token[], draftStems: Set<string>): boolean {
  const [ranked, other] = [rankedMeasure(claim), rankedMeasure(draft)];
  return ranked !== undefined && other !== undefined && !draftStems.has(ranked) && !claimStems.has(other);
}

/**
 * A superlative the claim does not have, put before one of its nouns: a part of what the claim
 * counts ("the poorest fifth of Kenyan households", "the oldest schools" for "households", "schools").
 */
function rankedPart(draft: Token[], inClaim: Set<string>, verbs: Set<string>): boolean {
  for (const [i, token] of draft.entries()) {
    if (!isSuperlative(token.norm) || inClaim.has(foldToken(token) ?? token.norm)) continue;
    for (const next of draft.slice(i + 1, i + 6)) {
      if (isNumberWord(next.norm) || isFigureWord(next.norm) || /^\d/.test(next.norm)) continue;
      if (/^(?:of|the|their|its|his|her|all)$/.test(next.norm)) continue;
      const stem = foldToken(next);
      if (stem !== undefined && inClaim.has(stem) && !verbs.has(stem)) return true;
      break;
    }
  }
  return false;
}

/** Words in "-est" that rank nothing. */
const NOT_SUPERLATIVE = new Set(
  'west interest forest protest request test rest guest harvest suggest invest arrest contest honest modest nest chest digest manifest conquest quest inquest behest bequest'.split(
    ' ',
  ),
);

/** A multiple as a verb: "doubled", "tripled", "halved", "quadrupled". */
const MULTIPLE = /^(?:doubl|tripl|trebl|quadrupl|halv)/i;

/**
 * Whether the draft's figures `draft` state the point of the claim `claimText` with figures
 * `claim`: every multiple of the claim ("tripled", "three times") and every sum of money, and one
 * of its other figures (years aside; spans of time only where the claim has nothing else). No
 * figures: true.
 */
function statesPoint(claimText: string, claim: Figure[], draft: Figure[]): boolean {
  const stated = (figure: Figure) => draft.some((other) => sameFigure(figure, other));
  const multiples = claim.filter(
    (figure) => figure.kind === 'ratio' || MULTIPLE.test(claimText.slice(figure.start, figure.end)),
  );
  if (!multiples.every(stated)) return false;
  // A sum of money is the claim's point like a multiple ("paid Rp 130 trillion for 42 jets"): a
  // sentence that gives the count and no sum ("ordered 42 jets") states another claim.
  if (!claim.filter((figure) => figure.currency !== undefined).every(stated)) return false;
  const counted = claim.filter((figure) => figure.kind !== 'year');
  const point = counted.filter((figure) => !isSpan(figure));
  const due = point.length ? point : counted;
  return !due.length || due.some(stated);
}

/** A span of time: "five years", "18 months". */
function isSpan(figure: Figure): boolean {
  return (
    figure.kind === 'amount' &&
    /^(?:second|minute|hour|day|week|fortnight|month|year|decade|centur)/.test(figure.unit ?? '')
  );
}

/**
 * Tokens that are words, not the figures' numerals and number words ("a quarter", "six million",
 * "doubled", "per cent", "£"). What a figure counts stays a word of the topic: "asylum seekers" in
 * "2 million asylum seekers", "homicides" in "nine homicides".
 */
function wordsOnly(tokens: Token[], figures: Figure[]): Token[] {
  return tokens.filter(
    (token) =>
      !/^\d/.test(token.norm) &&
      // A figure's word, or a token of it with a digit in it ("R5bn", "NZ$50k" read as one word).
      !figures.some(
        (figure) =>
          figure.start <= token.start &&
          token.end <= figure.end &&
          (figure.frame || isFigureWord(token.norm) || /\d/.test(token.norm)),
      ),
  );
}

/** Comparatives and their superlatives' stems: "higher than any other" is "the highest". */
const COMPARATIVES: Record<string, string> = {
  higher: 'highest',
  larger: 'largest',
  bigger: 'biggest',
  greater: 'greatest',
  steeper: 'steepest',
  lower: 'lowest',
  fewer: 'fewest',
  less: 'least',
  smaller: 'smallest',
  cheaper: 'cheapest',
  worse: 'worst',
  better: 'best',
  faster: 'fastest',
  slower: 'slowest',
  richer: 'richest',
  poorer: 'poorest',
  older: 'oldest',
  younger: 'youngest',
  longer: 'longest',
  shorter: 'shortest',
  deadlier: 'deadliest',
  dearer: 'dearest',
  hotter: 'hottest',
  colder: 'coldest',
  quicker: 'quickest',
  sharper: 'sharpest',
  wider: 'widest',
};

/**
 * Superlatives that rank one measure in other words ("the cheapest fares" are "the lowest fares";
 * "the largest" the "biggest"): two superlatives of one group are one rank, of none another.
 */
const SAME_RANK: readonly string[][] = [
  ['cheapest', 'lowest', 'least', 'smallest', 'fewest'],
  ['dearest', 'highest', 'largest', 'biggest', 'greatest', 'most'],
  ['fastest', 'quickest'],
  ['worst', 'deadliest'],
];

/** The two superlatives rank the same measure: the same word, or two of a `SAME_RANK` group. */
function sameRank(a: string, b: string): boolean {
  return a === b || SAME_RANK.some((group) => group.includes(a) && group.includes(b));
}

/** Superlatives that rank: a claim that has one is about the rank ("the highest in West Africa"). */
const SUPERLATIVES = new Set([
  ...Object.values(COMPARATIVES).filter((stem) => stem !== 'least'),
  'fastest',
  'slowest',
  'richest',
  'poorest',
  'oldest',
  'youngest',
  'longest',
  'shortest',
  'deadliest',
  'dearest',
  'hottest',
  'coldest',
  'quickest',
  'sharpest',
  'steepest',
  'widest',
]);

/**
 * Tokens with a comparative against every other ("higher than any other EU state", "higher than
 * at any point since 2011", "lower than ever") read as the superlative, and the words of "than
 * any other" left out: the claim "the highest in the EU" in other words.
 */
function asSuperlative(tokens: Token[]): Token[] {
  const out: Token[] = [];
  const second = onlyOneAhead(tokens);
  for (let i = 0; i < tokens.length; i++) {
    if (i === second) {
      const superlative = /^(?:less|fewer|lower|smaller|cheaper)$/.test(tokens[i].norm) ? 'lowest' : 'highest';
      out.push(
        { ...tokens[i], norm: 'second', stem: 'second' },
        { ...tokens[i], norm: superlative, stem: superlative },
      );
      continue;
    }
    const superlative = COMPARATIVES[tokens[i].norm];
    const than = superlative ? tokens.slice(i + 1, i + 3).findIndex((token) => token.norm === 'than') : -1;
    if (than < 0) {
      out.push(tokens[i]);
      continue;
    }
    const rest = tokens.slice(i + 2 + than, i + 7 + than).map((token) => token.norm);
    const any = rest.findIndex((norm) => norm === 'any' || norm === 'ever' || norm === 'anywhere');
    if (any < 0) {
      out.push(tokens[i]);
      continue;
    }
    out.push({ ...tokens[i], norm: superlative, stem: superlative });
    // "than (that of) (at) any (other) (time|point)": the frame, not the topic.
    let skip = i + 2 + than + any;
    if (tokens[skip + 1]?.norm === 'other') skip++;
    if (/^(?:time|point|stage|moment)$/.test(tokens[skip + 1]?.norm ?? '')) skip++;
    i = skip;
  }
  return out;
}

/**
 * "Only China puts more plastic into the ocean than Indonesia": one ahead of what follows "than",
 * which ranks second. The comparative's index, or -1: "only" opens the sentence, a comparative
 * follows within six words and "than" after it, then a name or a noun, not a figure ("only China
 * spends more than 2 per cent" compares with a figure, not a rival).
 */
function onlyOneAhead(tokens: Token[]): number {
  if (tokens[0]?.norm !== 'only') return -1;
  for (let i = 2; i < Math.min(tokens.length, 8); i++) {
    if (!(tokens[i].norm in COMPARATIVES) && tokens[i].norm !== 'more') continue;
    // "Only China and India …", "only two countries …": more than one ahead.
    if (tokens.slice(1, i).some((token) => /^(?:and|or|\d.*)$/.test(token.norm) || isNumberWord(token.norm))) return -1;
    const than = tokens.slice(i + 1, i + 6).findIndex((token) => token.norm === 'than');
    const after = tokens[i + 2 + than];
    if (than < 0 || !after || /^\d/.test(after.norm) || isNumberWord(after.norm) || after.norm === 'any') return -1;
    return i;
  }
  return -1;
}

/**
 * Tokens with a possessive's "'s" off: "UK's" is "UK" ("uks" to the stemmer), "Canada's" "Canada";
 * "US" and "USA" in capitals are the country, not the pronoun the stop words drop.
 */
function withoutPossessives(tokens: Token[]): Token[] {
  return tokens.map((token) => {
    if (/^(?:US|USA)$/.test(token.text)) return { ...token, norm: 'america', stem: 'america' };
    // A noun the stemmer cuts to a stop word ("herring" to "her") keeps its word: it is a topic's noun.
    if (STOPWORDS.has(token.stem) && !STOPWORDS.has(token.norm) && !/['’]s$/i.test(token.text))
      return asPlace({ ...token, stem: token.norm });
    if (!/['’]s$/i.test(token.text)) return asPlace(token);
    const [norm, stem] = normalizeAndStem(token.text.slice(0, -2));
    return asPlace({ ...token, text: token.text.slice(0, -2), norm, stem });
  });
}

/**
 * A capitalised place in "-a" or its people's adjective ("-ian", "-an", "-ese", "-ish"), as one
 * root no group above knows: "Egypt" and "Egyptian", "Argentina" and "Argentinian" (and
 * "Argentine", which the stemmer reads so), "Ghana" and "Ghanaian" meet. Only a capitalised word
 * of letters (a name), so a common noun in lower case ("media", "median") keeps its stem.
 */
function asPlace(token: Token): Token {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(token.text) || CANONICAL.has(token.stem) || CANONICAL.has(token.norm)) return token;
  // A land in "-stan" is its people's name and "stan": "Kazakhstan", "Kazakhstani" and "Kazakh",
  // "Afghanistan" and "Afghan" meet (the people's name as the rule below reads it).
  const land = /^(\p{Ll}{4,}?)i?stan(?:i|is)?$/u.exec(token.norm);
  if (land) return { ...token, stem: land[1].replace(/(?:ian|ean|an|ese|ish)$/, '') };
  if (!/(?:ian|ean|an|ese|ish|a|i)s?$/.test(token.norm)) return token;
  const root = token.norm
    .replace(/s$/, '')
    .replace(/(?:ian|ean|an|ese|ish)$/, '')
    .replace(/[aei]+$/, '');
  return root.length < 4 ? token : { ...token, stem: root };
}

/** Capitalised words that open a place's name of two or three words: "New South Wales", "South Africa". */
const NAME_HEADS = new Set(
  'New South North East West United Saudi Sri Hong Costa El Los Las San Santa Saint St Cape Great Northern Western Eastern Southern'.split(
    ' ',
  ),
);

/**
 * Tokens with a place's name of two or three capitalised words made one ("New South Wales" is
 * "newsouthwales", not "new" and two more words), so a near miss in another state is another
 * word, not the claim's "new homes" moved.
 */
function withNames(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let end = i;
    if (NAME_HEADS.has(tokens[i].text))
      while (end < i + 2 && /^\p{Lu}/u.test(tokens[end + 1]?.text ?? '') && !/['’]s$/i.test(tokens[end].text)) end++;
    if (end === i) {
      out.push(tokens[i]);
      continue;
    }
    const run = tokens.slice(i, end + 1);
    const joined = run.map((token) => token.norm).join('');
    out.push({
      ...tokens[i],
      text: run.map((token) => token.text).join(' '),
      norm: joined,
      stem: joined,
      end: tokens[end].end,
    });
    i = end;
  }
  return out;
}

/**
 * Verbs that move a quantity up by someone's act ("raised rates", "lifted", "hiked", "added 10,000
 * officers", "hired"), and that keep it where it was.
 */
const RAISED = ['rais', 'lift', 'hike', 'hik', 'boost', 'ad', 'add', 'hire', 'hir', 'recruit'];
const ADDED = /\b(?:has|have|had|will|to)\s+(?:\w+\s+)?add(?:ed)?\b(?!\s+that)/i;
/** Verbs that take a count down by someone's act ("shed 2,000 jobs", "axed", "scrapped"). */
const LOWERED = ['shed', 'axe', 'ax', 'scrap', 'sack', 'eliminat', 'abolish'];
const HELD = ['held', 'hold', 'kept', 'unchang', 'steadi', 'paus', 'froze', 'frozen', 'freez'];
/** The folded stems that say which way a quantity went: "rise", "fall" and the verbs above. */
const DIRECTIONS = new Set(['rise', 'fall', ...RAISED, ...LOWERED, ...HELD]);

/**
 * One of the two says the quantity rose, fell or held and the other another way; a multiple says which way
 * by itself ("doubled", "twofold" rose; "halved" fell), whatever words stand beside it.
 */
function oppositeDirection(claim: Set<string>, draft: Set<string>, claimText = '', draftText = ''): boolean {
  const direction = (stems: Set<string>, text: string) => {
    const multiple = /\b(?:doubl|tripl|quadrupl|twofold|threefold|fourfold)\w*/i.test(text)
      ? 'rise'
      : /\bhalv(?:ed|es|ing)\b/i.test(text)
        ? 'fall'
        : ratioChange(text);
    // "added", a stop word to the topic, read in the text: "has added 10,000 officers" (not "added that").
    const rise = stems.has('rise') || RAISED.some((stem) => stems.has(stem)) || ADDED.test(text);
    const fall = stems.has('fall') || LOWERED.some((stem) => stems.has(stem));
    const flat = HELD.some((stem) => stems.has(stem));
    const said = [rise, fall, flat].filter(Boolean).length !== 1 ? undefined : rise ? 'rise' : fall ? 'fall' : 'flat';
    return multiple && said && multiple !== said ? undefined : (said ?? multiple);
  };
  const [a, b] = [direction(claim, claimText), direction(draft, draftText)];
  return a !== undefined && b !== undefined && a !== b;
}

/**
 * The draft puts another word in the place of one of the claim's, between the same neighbours:
 * "Business energy bills" for "Household energy bills", "every gas bill" for "every electricity
 * bill", "gas from Norway" for "gas from Russia". Synonyms are folded first (`expand`), so what is
 * left is another subject. `claim` and `draft` are the folded stems in order.
 */
export function substitutes(claim: string[], draft: string[], verbs: Set<string> = new Set()): boolean {
  const inDraft = new Set(draft);
  const inClaim = new Set(claim);
  // A verb traded for another is a paraphrase ("admitted" for "granted residence to"); the slots
  // a near miss changes are nouns: who or what is counted, where, the measure.
  const other = (stem: string) => !inClaim.has(stem) && !verbs.has(stem);
  for (let i = 0; i < claim.length; i++) {
    if (inDraft.has(claim[i]) || verbs.has(claim[i])) continue;
    // The word before a shared one (a modifier of the same head), after the same word or at the
    // start of both, replaced by one or two words ("Voluntary departures" for "Deportations",
    // "in Calder Bay" for "in Wexley").
    const head = claim[i + 1];
    if (head !== undefined && inDraft.has(head)) {
      for (let j = 1; j < draft.length; j++) {
        if (draft[j] !== head || !other(draft[j - 1])) continue;
        if (i === 0 ? j <= 2 && draft.slice(0, j).every(other) : replacedAfter(draft, j, claim[i - 1], other))
          return true;
      }
    }
  }
  // The claim's last words, after a shared one, replaced by the draft's last one to three ("children"
  // by "Afghan nationals", "England and Wales" by "Scotland").
  let last = claim.length - 1;
  while (last >= 0 && !inDraft.has(claim[last])) last--;
  const missing = claim.slice(last + 1);
  if (last >= 0 && missing.length >= 1 && !missing.some((stem) => verbs.has(stem))) {
    const rest = draft.slice(draft.lastIndexOf(claim[last]) + 1);
    if (rest.length >= 1 && rest.length <= 3 && rest.every(other)) return true;
  }
  return false;
}

/** The one or two words before `draft[j]` are other words, and the claim's word `before` stands before them. */
function replacedAfter(draft: string[], j: number, before: string, other: (stem: string) => boolean): boolean {
  if (j >= 2 && draft[j - 2] === before) return true;
  return j >= 3 && other(draft[j - 2]) && draft[j - 3] === before;
}

/**
 * Why the draft (`draft`, its tokens without the attribution, in `text`) states another claim than
 * the record's though their words meet: the claim denies and the draft does not; another stage,
 * rank or comparison turned round (factScope.ts); a run of the claim's words replaced by other
 * words ("first specialist appointments" for "planned surgery", "in Auckland" for "in New
 * Zealand"); a qualifier put before one of the claim's nouns ("Māori two-year-olds", "long-term
 * unemployment") or a group word of the claim's left out ("unemployment" for "youth unemployment").
 */
function anotherClaim(
  claimText: string,
  claim: Token[],
  claimSequence: string[],
  draft: Token[],
  draftSequence: string[],
  text: string,
  verbs: Set<string>,
  context: Set<string> = new Set(),
): string | undefined {
  if (deniesWithout(claim, draft) || exemptWithout(draft, claim)) return 'denial';
  if (otherBound(claim, draft)) return 'another bound';
  const draftText = draft.length ? text.slice(draft[0].start, draft[draft.length - 1].end) : '';
  const scope = otherScope(claimText, draftText);
  if (scope) return scope;
  const inClaim = new Set(claimSequence);
  const inDraft = new Set(draftSequence);
  const content = (stem: string) => !verbs.has(stem) && !SLOTLESS.has(stem);
  for (const gap of gaps(claimSequence, draftSequence)) {
    // Words of the gap found elsewhere in the other sentence are reordered, not replaced.
    if (gap.claim.some((stem) => inDraft.has(stem)) || gap.draft.some((stem) => inClaim.has(stem))) continue;
    if (gap.claim.length > 3 || gap.draft.length > 3) continue;
    // A verb traded for another is a paraphrase ("households will see" for "energy"): the draft's
    // words are nouns and modifiers, in place of at least one of the claim's.
    if (gap.claim.some(content) && gap.draft.length && gap.draft.every(content)) return 'replaced';
  }
  if (
    narrowed(draft, text, inClaim, false, context) ||
    withGroup(draft, claim, inClaim, verbs) ||
    rankedPart(draft, inClaim, verbs)
  )
    return 'qualifier added';
  // A word put before the claim's subject at the start ("Food inflation" for "Inflation", "Business
  // energy bills" for "Energy bills"): a part of what the claim counts. Words that name the whole
  // ("overall", "annual", "headline") restate it.
  const head = draft.findIndex((token) => foldToken(token) === claimSequence[0]);
  const before = head > 0 ? draft[head - 1] : undefined;
  const modifier = before && foldToken(before);
  if (
    before &&
    modifier !== undefined &&
    draftSequence[0] === modifier &&
    !inClaim.has(modifier) &&
    !verbs.has(modifier) &&
    // "people deported" for "deportations": the participle qualifies the noun before it.
    !verbs.has(claimSequence[0]) &&
    !WHOLE.has(before.norm) &&
    !isNumberWord(before.norm) &&
    /^[\s-]+$/.test(text.slice(before.end, draft[head].start))
  )
    return 'subject narrowed';
  // A group word put into the claim's run of words ("young South African women" for "young South Africans").
  for (const gap of gaps(claimSequence, draftSequence))
    if (!gap.claim.length && !gap.atEnd && gap.draft.some((stem) => GROUP_WORDS.has(stem) && !inClaim.has(stem)))
      return 'group added';
  if (narrowed(claim, claimText, inDraft, true)) return 'qualifier dropped';
  return undefined;
}

/**
 * "civil servants with disabilities" for "civil servants": a phrase of "with" after one of the
 * claim's nouns, of words the claim does not have and no figure ("with incomes under £12,000"
 * restates a claim's bound), narrows the group the claim is about. A claim with a "with" of its
 * own is left to the other checks.
 */
function withGroup(draft: Token[], claim: Token[], inClaim: Set<string>, verbs: Set<string>): boolean {
  if (claim.some((token) => token.norm === 'with')) return false;
  for (let k = 1; k < draft.length - 1; k++) {
    if (draft[k].norm !== 'with') continue;
    const noun = foldToken(draft[k - 1]);
    if (noun === undefined || !inClaim.has(noun) || verbs.has(noun)) continue;
    // The phrase runs to the next of the claim's words or a verb, four words at most.
    // A figure in the phrase ("with incomes of 250,000 pesos or below") makes it the claim's bound.
    const words: string[] = [];
    let figure = false;
    for (const [n, token] of draft.slice(k + 1, k + 7).entries()) {
      if (/\d/.test(token.norm) || isNumberWord(token.norm)) {
        figure = true;
        break;
      }
      const stem = foldToken(token);
      if (stem === undefined) continue;
      // A noun of the claim ends the phrase unless "of" carries it on ("incomes of …").
      if (verbs.has(stem) || inClaim.has(stem)) {
        if (draft[k + 2 + n]?.norm === 'of') continue;
        break;
      }
      if (n < 4) words.push(stem);
    }
    if (words.length && !figure) return true;
  }
  return false;
}

/** Words that bound a figure from below it ("nearly half") and from above it ("more than half"). */
const BELOW = new Set(['nearly', 'almost', 'under', 'fewer', 'less', 'below']);
const ABOVE = new Set(['more', 'over', 'above', 'exceeding']);

/**
 * The draft bounds the claim's figure the other way: "more than half" for "nearly half", "under
 * 40 per cent" for "over 40 per cent". A bound is a word of either set right before a figure
 * ("than" between); a side that gives both, or none, is left to the other checks.
 */
function otherBound(claim: Token[], draft: Token[]): boolean {
  const side = (tokens: Token[]) => {
    let below = false;
    let above = false;
    for (let i = 0; i < tokens.length; i++) {
      const next = tokens[i + 1]?.norm === 'than' ? tokens[i + 2] : tokens[i + 1];
      if (!next || !(/^\d/.test(next.norm) || isNumberWord(next.norm))) continue;
      if (BELOW.has(tokens[i].norm)) below = true;
      if (ABOVE.has(tokens[i].norm)) above = true;
    }
    return below === above ? undefined : below ? 'below' : 'above';
  };
  const [a, b] = [side(claim), side(draft)];
  return a !== undefined && b !== undefined && a !== b;
}

/** The draft states an exemption ("do not pay", "exempt from") where the claim states none: its negation. */
function exemptWithout(draft: Token[], claim: Token[]): boolean {
  const exempt = (tokens: Token[]) => tokens.some((token) => token.norm === 'exempt');
  return exempt(draft) && !exempt(claim);
}

/** Modifiers that name the whole of what a claim counts, not a part: "overall inflation", "annual growth". */
const WHOLE = new Set(
  'overall total general annual yearly headline average typical national entire whole combined aggregate'.split(' '),
);

/** Words that name a group within a group: "youth unemployment", "rural households", "first-time buyers". */
const GROUP_WORDS = new Set(
  (
    'youth young younger older elderly female male women men girls boys rural urban private public indigenous ' +
    'migrant foreign domestic teenage teen senior junior first longterm shortterm parttime fulltime ' +
    // Kinds of a thing counted: "commercial rents", "business energy bills", "social housing".
    'commercial residential industrial business social affordable luxury wholesale retail ' +
    // Kinds of a measure: "real wages", "net migration", "core inflation".
    'real nominal net gross core underlying median'
  ).split(' '),
);

/**
 * A qualifier in `tokens` (of `text`) stands before a noun that `other` has, and `other` lacks the
 * qualifier: "Māori two-year-olds", "long-term unemployment" against "two-year-olds",
 * "unemployment". A qualifier is a group word, a word of a hyphenated compound or (not for a word
 * left out, `lowerOnly`) a capitalised word inside the sentence that is no possessive
 * ("New Zealand's" names a place, not a group). Only figure words may stand between it and its noun.
 */
function narrowed(
  tokens: Token[],
  text: string,
  other: Set<string>,
  lowerOnly = false,
  context: Set<string> = new Set(),
): boolean {
  const at = (i: number) => i;
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i];
    const stem = foldToken(token);
    // A figure with a currency's letter ("N1.2tn", "R15bn") is no capitalised qualifier.
    if (stem === undefined || other.has(stem) || isNumberWord(token.norm) || /\d/.test(token.norm)) continue;
    const compound =
      /^[\p{L}]-$/u.test(text.slice(at(token.end) - 1, at(token.end) + 1)) &&
      /^-\p{L}/u.test(text.slice(at(token.end), at(token.end) + 2));
    // A capitalised word alone before a common noun ("Māori two-year-olds"), not a name of two
    // words ("New Zealand", "Statistics Canada") nor a possessive ("Canada's debt").
    const capitalised =
      !lowerOnly &&
      i > 0 &&
      /^\p{Lu}/u.test(token.text) &&
      !/^\p{Lu}/u.test(tokens[i - 1].text) &&
      !/['’]s$/i.test(token.text) &&
      !/^['’]s\b/.test(text.slice(at(token.end)));
    if (!GROUP_WORDS.has(token.norm) && !compound && !capitalised) continue;
    // The place the claimant speaks for ("Ethiopian" for a spokesperson of "Ethiopian Citizens for
    // Social Justice", "Lima" for the "Urban Transport Authority for Lima and Callao") is where
    // the claim is about: naming it narrows nothing.
    if (capitalised && !compound && !GROUP_WORDS.has(token.norm) && context.has(stem)) continue;
    // The noun it qualifies: the next word, past a compound's other words and figure words.
    let j = i + 1;
    while (
      j < tokens.length &&
      (isNumberWord(tokens[j].norm) ||
        (compound && /^-/.test(text.slice(at(tokens[j - 1].end), at(tokens[j].start))))) &&
      !other.has(foldToken(tokens[j]) ?? '')
    )
      j++;
    if (j >= tokens.length || !/^[\s-]*$/.test(text.slice(at(tokens[j - 1].end), at(tokens[j].start)))) continue;
    if (capitalised && !compound && !GROUP_WORDS.has(token.norm) && /^\p{Lu}/u.test(tokens[j].text)) continue;
    if (capitalised && !compound && !GROUP_WORDS.has(token.norm) && /^\p{Lu}/u.test(tokens[j].text)) continue;
    // The noun may be a place of two words ("young South Africans").
    const head =
      /^\p{Lu}/u.test(tokens[j].text) && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '')
        ? expand(topicStems(tokens.slice(j, j + 2)))[0]
        : foldToken(tokens[j]);
    if (head !== undefined && other.has(head) && !SLOTLESS.has(head)) return true;
  }
  return false;
}

/**
 * The folded stems of the capitalised words of the claimant's title as the fact-check gives it
 * (`itemReviewed.author.jobTitle`): the places and bodies the claimant speaks for.
 */
function claimantPlaces(statement: Statement): Set<string> {
  const title = statement.factCheck?.claimantTitle ?? '';
  return new Set(
    withoutPossessives(tokenize(title))
      .filter((token) => /^\p{Lu}/u.test(token.text))
      .map(foldToken)
      .filter((stem): stem is string => stem !== undefined),
  );
}

/** A token's folded stem as the sequences hold it, or undefined for a word that is no topic (a stop word). */
/** A text's topic stems, folded: "Irish" and "Ireland's" are one. */
function placeStems(text: string): string[] {
  return expand(topicStems(withoutPossessives(tokenize(text))));
}

function foldToken(token: Token): string | undefined {
  const [stem] = expand(topicStems([token]));
  return stem;
}

/** Words that are no slot of a claim: a replaced or added one changes nothing ("since", "now"). */
const SLOTLESS = new Set(['sinc', 'since', 'ago', 'still', 'already', 'even', 'ever', 'yet', 'just']);

/** Common verbs of claims without a verb's ending: "makes", "took", "hit". */
const COMMON_VERBS = new Set(
  (
    'is are was were be has have had make makes made take takes took taken pay pays paid spend spends spent hit hits ' +
    'get gets got give gives gave put puts cost costs rose rise rises fell fall falls grew grow grows reach reaches ' +
    'record records see sees saw receive receives admit admits grant grants add adds hold holds held keep keeps stay ' +
    'stays remain remains come comes came go goes went show shows bring brings brought raise raises commit commits ' +
    'carry carries live lives become becomes became top tops exceed exceeds account accounts represent represents ' +
    'stand stands stood sit sits sat run runs ran win wins won lose loses lost leave leaves left use uses need needs ' +
    'collect collects earn earns host hosts'
  ).split(' '),
);

/**
 * Words after which an "-ing" word is a noun (a gerund), not a verb: a preposition ("spends the
 * money on gambling", "a budget for assisting survivors") or a determiner or possessive ("the
 * demining budget", "Colombia's demining budget"); an "-ed" word there is an adjective ("a shared
 * hostel room", "the proposed stadium"). What such a word names is a slot of the claim.
 * Not "those", "these": a pronoun, after which it is a participle ("those leaving prison").
 */
const BEFORE_GERUND = new Set(
  (
    'on for of in from with without about against into at over the a an its their his her our my your ' +
    'each every any no'
  ).split(' '),
);

/**
 * Stems (folded) of the tokens that read as verbs: a verb's ending (-ed, -ing) or a common claim
 * verb. Not a verb: a word of a name ("the United Kingdom", "the Nursing and Midwifery Council":
 * capitalised after the first word), a gerund or an adjective in "-ed" (`BEFORE_GERUND`). A word
 * read as a verb is no slot of the claim, so reading a noun as one would hide a near miss
 * ("1,200 nurses" for "1,200 doctors" when the draft names the Nursing Council).
 */
function verbStems(tokens: Token[]): Set<string> {
  const verbs = new Set<string>();
  for (const [i, token] of tokens.entries()) {
    const norm = token.norm;
    // "cost £25,000 to install": the infinitive names the measure (to install, to run), a slot.
    if (tokens[i - 1]?.norm === 'to') continue;
    if (i > 0 && /^\p{Lu}/u.test(token.text)) continue;
    // "herring": an "-ing" the stemmer cuts to a stop word is a noun's, not a verb's.
    const cut = /ing$/.test(norm) && norm.length > 5 ? normalizeAndStem(norm)[1] : '';
    const before = tokens[i - 1];
    const gerund = before !== undefined && (BEFORE_GERUND.has(before.norm) || /['’]s?$/.test(before.text));
    const ing = cut !== '' && !STOPWORDS.has(cut) && !gerund;
    if ((/ed$/.test(norm) && norm.length > 4 && !gerund) || ing || COMMON_VERBS.has(norm)) verbs.add(fold(token.stem));
  }
  return verbs;
}

/**
 * Readings of the tokens without the attribution, the one that leaves least first: a leading
 * "Kranz said (that)", "According to the league,", "Lalonde, whose claim … was rated false, said",
 * and a trailing run of clauses with a verb of saying and no figure (", an interior ministry
 * spokeswoman, Petra Vogel, told reporters in Berlin"). Where the trailing run could start at more
 * than one clause ("…, the lowest since the war, according to the alliance"; "…, higher than at any
 * point since 2011, Ashby said") each start is a reading; the last keeps every clause.
 */
function withoutAttribution(tokens: Token[], text: string, figures: Figure[]): Token[][] {
  if (!tokens.length) return [tokens];
  const hasFigure = (start: number, end: number) => figures.some((figure) => figure.start < end && start < figure.end);
  // Clause boundaries: commas and dashes between tokens.
  const clauses: Token[][] = [[]];
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && /[,;—–]|\s-\s/.test(text.slice(tokens[i - 1].end, tokens[i].start))) clauses.push([]);
    clauses[clauses.length - 1].push(tokens[i]);
  }
  const saying = (clause: Token[]) =>
    clause.some((token) => SPEECH_VERBS.has(token.norm) || ESTIMATING.has(token.norm));
  // ", Komir said, adding that wages had been indexed …": what a speaker goes on to say after the
  // attribution is a further remark of their own, not part of the claim before it.
  const further = clauses.findIndex(
    (clause, k) => k >= 2 && FURTHER_REMARK.has(clause[0].norm) && saying(clauses[k - 1]) && !saying(clauses[0]),
  );
  if (further > 0) clauses.splice(further);
  const span = (clause: Token[]) => hasFigure(clause[0].start, clause[clause.length - 1].end);
  // An attribution may date the saying ("told a rally in March 2025"): a year there is no figure of the claim.
  const spanNotYear = (clause: Token[]) =>
    figures.some(
      (figure) =>
        figure.kind !== 'year' && figure.start < clause[clause.length - 1].end && clause[0].start < figure.end,
    );
  // Trailing: a run of clauses after the first with no figure and a verb of saying in it, ending on
  // that verb's clause or short ones after it (", in Romford"): "Most of the gas, the minister
  // said, comes from Norway" keeps its last clause.
  const endsOnSaying = (tail: Token[][]) => {
    let last = tail.length - 1;
    while (last >= 0 && !saying(tail[last])) last--;
    return last >= 0 && tail.slice(last + 1).every((clause) => clause.length <= 4);
  };
  const cuts: Token[][][] = [];
  for (let k = 1; k < clauses.length; k++) {
    const tail = clauses.slice(k);
    if (!tail.some(spanNotYear) && endsOnSaying(tail)) cuts.push(clauses.slice(0, k));
  }
  // Last, every clause: the attribution may open the sentence ("Lalonde, whose …, said Canadians pay …").
  cuts.push(clauses);
  return cuts.map((cut) => withoutLeadingAttribution(cut, hasFigure, saying, span));
}

/** Participles that open a speaker's further remark after the attribution (", he said, adding that …"). */
const FURTHER_REMARK = new Set(['adding', 'noting', 'saying', 'explaining', 'insisting']);

/**
 * Verbs by which a study or a group gives a figure as its own ("…, a university study estimates",
 * "…, the survey found"): in a trailing clause of their own they attribute, like a verb of saying.
 */
const ESTIMATING = new Set(
  'estimates estimated estimate reckons reckoned calculates calculated found finds concluded concludes shows showed'.split(
    ' ',
  ),
);

/** The clauses without a leading attribution ("According to X,", "Kranz said (that)", "Lalonde, whose…, said"), flattened. */
function withoutLeadingAttribution(
  clauses: Token[][],
  hasFigure: (start: number, end: number) => boolean,
  saying: (clause: Token[]) => boolean,
  span: (clause: Token[]) => boolean,
): Token[] {
  let keep = clauses;
  // Leading: "According to X," as a clause of its own; a short clause of saying in the middle (", he said,").
  if (keep.length > 1 && keep[0][0].norm === 'according' && !span(keep[0])) keep = keep.slice(1);
  keep = keep.filter((clause, i) => i === 0 || clause.length > 4 || !saying(clause) || span(clause));
  // "Lalonde, whose claim about housing starts was rated false, said …": a name and its asides,
  // then a clause opening on a verb of saying; none of the asides gives a figure.
  const opens = keep.findIndex((clause, i) => i > 0 && REPORTING.has(clause[0].norm) && clause.length > 3);
  if (opens > 0 && keep[0].length <= 4 && !keep.slice(0, opens).some(span)) {
    const rest = keep[opens].slice(1);
    keep = [rest[0]?.norm === 'that' ? rest.slice(1) : rest, ...keep.slice(opens + 1)];
  }
  // "Kranz said (that) …": a subject of up to four words and a verb of saying open the clause.
  let flat = keep.flat();
  // "Did you know (that) …?": the rhetorical question's frame, not the claim's words.
  if (
    /^(?:did|do|does)$/.test(flat[0]?.norm ?? '') &&
    /^(?:you|we|they|people)$/.test(flat[1]?.norm ?? '') &&
    /^(?:know|realise|realize|remember|hear)$/.test(flat[2]?.norm ?? '')
  )
    flat = flat.slice(flat[3]?.norm === 'that' ? 4 : 3);

  const verb = flat.slice(0, 5).findIndex((token, k) => REPORTING.has(token.norm) && !notSaying(flat, k));
  if (verb >= 1 && verb < flat.length - 2 && !hasFigure(flat[0].start, flat[verb].end)) {
    flat = flat.slice(verb + 1);
    if (flat[0]?.norm === 'that') flat = flat.slice(1);
  }
  return flat;
}

/**
 * The verb of saying at `tokens[k]` is another word: "States" of "the United States", "added" of
 * "France has added 10,000 officers" (after an auxiliary, with its object).
 */
function notSaying(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.norm;
  if (tokens[k].norm === 'states' && before === 'united') return true;
  return /^add/.test(tokens[k].norm) && /^(?:has|have|had)$/.test(before ?? '') && tokens[k + 1]?.norm !== 'that';
}

/** Verbs that report speech and nothing else ("admitted" and "warned" can be what a claim says). */
const REPORTING = new Set(
  'said says say told tells claimed claims wrote writes posted tweeted stated states insisted insists argued argues noted notes suggested suggests asserted asserts added adds'.split(
    ' ',
  ),
);

/**
 * The tokens without a negation that describes who or what, not whether: "people who are not
 * German" is "non-Germans", not a denial of the claim.
 */
function withoutRelativeNegation(tokens: Token[]): Token[] {
  return tokens.filter(
    (token, i) =>
      !(
        (token.norm === 'not' || token.norm === 'never') &&
        /^(?:who|that|which)$/.test(tokens[i - 2]?.norm ?? '') &&
        /^(?:is|are|was|were|do|does|did|have|has|had)$/.test(tokens[i - 1]?.norm ?? '')
      ),
  );
}

/**
 * The claim is a rate ("£300 a year", "£8 million a day") and the draft gives a total over a
 * period the claim does not have ("£300 over five years"): another period.
 */
function totalForRate(claim: string, claimFigures: Figure[], draftFigures: Figure[]): boolean {
  if (
    !/\b(?:a|an|per|each|every)\s+(?:year|month|week|day|night|hour)\b|\b(?:annually|yearly|daily|weekly|monthly)\b/i.test(
      claim,
    )
  )
    return false;
  const duration = (figure: Figure) => figure.kind === 'amount' && DURATION_UNIT.test(figure.unit ?? '');
  return draftFigures.some(
    (figure) => duration(figure) && !claimFigures.some((other) => duration(other) && sameFigure(figure, other)),
  );
}
const DURATION_UNIT = /^(?:second|minute|hour|day|week|fortnight|month|year|decade|centur)/;

/** The years the claim was made and rated in: a present-tense claim ("Sweden spends …") is about them. */
function claimYears(statement: Statement): number[] {
  return [statement.date, statement.factCheck?.reviewed ?? '']
    .map((date) => Number(date.slice(0, 4)))
    .filter((year) => year > 0);
}

function recordStemsOf(statement: Statement): Set<string> {
  return new Set(expand(topicStems(withPhrases(tokenize(statement.text)))));
}

/**
 * The sentence without its clauses that debunk another claim: a clause (between commas,
 * semicolons, colons, dashes or brackets) carrying a debunking cue, sharing fewer than two words
 * with the claim and holding two or more words of a topic of its own. "Lowther, whose claim about
 * charging costs was rated false, said that…" and "…, Hale said, and falsely claimed that the mayor
 * cut police numbers" debunk another claim, not the one the sentence repeats; "— a figure Harbour
 * Check rated false", "the claim, since debunked, that…" and "…, fact-checkers found" are about the
 * claim around them (their other words are names, the claim's own name and the verdict), and so is
 * a clause of contrast ("…, but court records tell a different story"). `otherCue` counts as a cue
 * too (a fact-check's own verdict word).
 */
export function withoutOtherClaims(
  sentence: string,
  claimStems: Set<string>,
  otherCue: (clause: string) => boolean = () => false,
): string {
  // A comma between digits ("1,000") is a thousands separator, not a clause boundary.
  return sentence.replace(/(?:[^,;:()[\]—–]|(?<=\d),(?=\d))+/g, (clause) => {
    const cues = debunkingCues(clause);
    // "…, but court records tell a different story": a contrast answers the clause before it.
    if ((!cues.length && !otherCue(clause)) || /^\s*(?:but|yet|however|though|although|whereas)\b/i.test(clause))
      return clause;
    // "…, a claim the bureau says is not supported by its data": an appositive naming the claim around it.
    if (APPOSITIVE.test(clause)) return clause;
    const lower = normalizeForCues(clause);
    // The cue's own words; of a frame around an object only its two ends (its middle, "dismissing
    // the government's plans as", is the object and may be a topic of its own).
    const cueStems = new Set(
      cues.flatMap((cue) => {
        const words = tokenize(lower.slice(cue.start, cue.end)).map((token) => token.stem);
        const framesAnObject = cue.kind === 'refuted' || cue.kind === 'evidence' || cue.kind === 'contrast';
        return framesAnObject && words.length > 3 ? [words[0], words[words.length - 1]] : words;
      }),
    );
    let shared = 0;
    let own = 0;
    // Phrases made one, as the claim's are ("value-added tax" is the claim's "VAT", not two words of a topic of its own).
    for (const token of withPhrases(tokenize(clause))) {
      if (/^\d/.test(token.norm) || STOPWORDS.has(token.norm) || SPEECH_VERBS.has(token.norm)) continue;
      const [stem] = expand([token.stem]);
      if (stem === undefined) continue;
      if (claimStems.has(stem)) shared++;
      // Names (the fact-checker, the claimant), the cue's words and the claim's name are not a topic.
      else if (
        !/^\p{Lu}/u.test(token.text) &&
        !cueStems.has(token.stem) &&
        !CLAIM_NOUN.test(token.norm) &&
        !CUE_FILLER.has(token.norm)
      )
        own++;
    }
    return shared < 2 && own >= 2 ? ' '.repeat(clause.length) : clause;
  });
}

const CLAIM_NOUN = new RegExp(`^(?:${CLAIM_NOUNS.join('|')})$`);
const APPOSITIVE = new RegExp(
  `^\\s*(?:a|an|the|this|that|its)\\s+(?:[\\w'’-]+\\s+)?(?:${CLAIM_NOUNS.join('|')})\\b`,
  'i',
);
/** Words of time and degree around a cue, no topic of their own: "a claim auditors have since challenged". */
const CUE_FILLER = new Set(
  'since later now already still subsequently repeatedly widely long often publicly officially flatly firmly roundly also even'.split(
    ' ',
  ),
);

/**
 * Words a paraphrase trades for one another in the claims fact-checkers rate, folded to one stem
 * each so "prices doubled" meets "costs rose twofold". Kept to general claim language: amounts,
 * change, cause and building; never a topic's own nouns.
 */
const EQUIVALENTS: readonly string[][] = [
  ['cost', 'price', 'pric', 'spend', 'spent', 'bill', 'expens', 'pay', 'paid'],
  ['rise', 'ris', 'rose', 'risen', 'increas', 'grow', 'grew', 'grown', 'climb', 'soar', 'surg', 'jump', 'up'],
  [
    'fall',
    'fell',
    'fallen',
    'decreas',
    'declin',
    'drop',
    'cut',
    'reduc',
    'shrank',
    'shrink',
    'plung',
    'down',
    'knock',
    'slash',
    'lower',
    'save',
    'sav',
    'saving',
  ],
  ['build', 'built', 'construct', 'erect'],
  ['complet', 'finish', 'deliv'],
  ['visit', 'see', 'consult'],
  // Not "median": the median and the mean are two measures.
  ['averag', 'typical'],
  ['young', 'youth'],
  ['unemploy', 'jobless', 'joblessness'],
  ['not', 'non'],
  ['cannot', 'cant', 'unabl', 'unable'],
  // Bounds on a figure: "fewer than", "under", "below"; "more than", "over", "above".
  ['fewer', 'under', 'less', 'below'],
  ['more', 'over', 'above', 'exceed'],
  // Superlatives, and a comparative against any other ("higher than any other", `asSuperlative`).
  ['highest', 'largest', 'biggest', 'greatest', 'steepest', 'record'],
  ['lowest', 'fewest', 'least', 'smallest'],
  ['cheapest'],
  ['worst'],
  ['caus', 'lead', 'led', 'result', 'trigger'],
  ['ban', 'outlaw', 'prohibit', 'forbid', 'forbidden'],
  ['kill', 'die', 'dead', 'death', 'fatal'],
  ['children', 'child', 'kid', 'pupil'],
  ['car', 'vehicl', 'motorist', 'auto', 'automobil'],
  // Words for an offence and for the people a rate is counted over: general, not one topic's.
  ['crim', 'offenc', 'offens', 'offense'],
  ['resid', 'resident', 'inhabit', 'inhabitant', 'peopl', 'person', 'popul', 'population'],
  ['commit', 'carr', 'carri', 'perpetr'],
  ['company', 'compani', 'firm', 'corpor'],
  ['job', 'post', 'role', 'employ'],
  ['household', 'hom', 'home', 'house'],
  ['poverty', 'poor'],
  ['arrear', 'behind', 'debt'],
  ['import', 'supply', 'suppli', 'provid'],
  ['fit', 'put', 'install', 'instal'],
  ['forc', 'forcibly', 'compel', 'compuls'],
  ['tax', 'levy', 'levi', 'duty', 'duti'],
  ['rais', 'bring', 'brought', 'collect', 'gather', 'rake', 'earn'],
  ['every', 'each', 'all', 'per'],
  // A period and its adverb: "annually" is "a year", "daily" "a day".
  ['year', 'annual', 'annually', 'yearly'],
  ['month', 'monthly'],
  ['week', 'weekly'],
  ['day', 'daily'],
  // A place and its people's adjective ("Britain" and "British households") are one word of a claim.
  ['britain', 'british', 'uk', 'unitedkingdom'],
  ['england', 'english'],
  ['scotland', 'scottish'],
  ['wale', 'wales', 'welsh'],
  ['ireland', 'irish'],
  ['europe', 'european'],
  ['germany', 'german'],
  ['franc', 'france', 'french'],
  ['russia', 'russian'],
  ['china', 'chinese'],
  ['us', 'america', 'american', 'unitedstates'],
  ['canada', 'canadian'],
  ['australia', 'australian', 'aussi'],
  ['zealand', 'zealander', 'nz', 'newzealand', 'newzealander'],
  ['southafrica', 'africa', 'african', 'southafrican'],
  ['india', 'indian'],
  ['pakistan', 'pakistani'],
  ['nigeria', 'nigerian'],
  ['kenya', 'kenyan'],
  ['japan', 'japanes'],
  ['brazil', 'brazilian'],
  ['mexico', 'mexican'],
  ['italy', 'italian'],
  ['spain', 'spanish'],
  ['sweden', 'swedish', 'swede'],
  ['norway', 'norwegian'],
  ['denmark', 'danish'],
  ['netherland', 'dutch'],
  ['poland', 'polish'],
];
const CANONICAL = new Map<string, string>();
for (const group of [...EQUIVALENTS, ...MORE_EQUIVALENTS]) for (const member of group) CANONICAL.set(member, group[0]);
for (const [group, into] of JOINS)
  for (const [member, head] of CANONICAL) if (head === group) CANONICAL.set(member, CANONICAL.get(into) ?? into);

/** Stems with each equivalent folded to its group's first member; stop words and light nouns ("the number of") dropped. */
function expand(stems: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < stems.length; i++) {
    const stem = stems[i];
    // A place of two words is one: "New Zealand" (not "new homes"), "South Africa", "European Union".
    const phrase = PLACE_PHRASES.get(`${stem} ${stems[i + 1]}`) ?? TWO_WORD_TERMS.get(`${stem} ${stems[i + 1]}`);
    if (phrase) {
      out.push(fold(phrase));
      i++;
      continue;
    }
    // "every year" is "a year", "each year", "annually": the period, not a count of each.
    if (fold(stem) === 'every' && PERIOD.test(stems[i + 1] ?? '')) continue;
    // "us" out of the word folding is the country ("Americans", "U.S."); the pronoun never gets here.
    if ((STOPWORDS.has(stem) && stem !== 'us') || LIGHT_NOUNS.has(stem) || UNSLOTTED.has(stem) || HEDGES.has(stem))
      continue;
    out.push(fold(stem));
  }
  return out;
}

/** A period a rate is counted over: "every year", "every day". */
const PERIOD = /^(?:year|month|week|day|hour)$/;

/** Places of two words, folded to one stem (a member of `EQUIVALENTS`). */
const PLACE_PHRASES = new Map([
  ['new zealand', 'zealand'],
  ['new zealander', 'zealand'],
  ['south africa', 'southafrica'],
  ['south african', 'southafrica'],
  ['europe union', 'europe'],
  ['unit kingdom', 'britain'],
  ['unit state', 'us'],
]);

/** Words of time and degree a paraphrase adds or drops without changing the claim: "during 2024", "now stands at". */
const UNSLOTTED = new Set(['dur', 'during', 'throughout', 'now', 'current', 'currently', 'present', 'today']);

function fold(stem: string): string {
  const base = withoutNounSuffix(americanSpelling(stem));
  return CANONICAL.get(stem) ?? CANONICAL.get(base) ?? prefixMatch(stem) ?? demonymPlace(base);
}

/**
 * A people's adjective in "-an" is its place in "-a" when no group above knows it: "Kenyan" is
 * Kenya, "Elbonian" Elbonia, "Cuban" Cuba; any other word in "-an" keeps one spelling either way.
 */
function demonymPlace(stem: string): string {
  const place = /^(.{3,}a)n$/.exec(stem);
  return place ? place[1] : stem;
}

/**
 * A stem spelt the American way, so "defence" meets "defense", "labour" "labor", "centre"
 * "center", "organise" "organize", "programme" "program", "travelled" "traveled". Five letters
 * at least ("hour", "four" stay).
 */
function americanSpelling(stem: string): string {
  if (stem.length < 5) return stem;
  return stem
    .replace(/([^aeiou])our(?=$|s$|er$|ed$)/, '$1or')
    .replace(/enc(?=$|e$)/, 'ens')
    .replace(/([^aeiou])tr$/, '$1ter')
    .replace(/is(?=$|ation|er|ing|ed)/, 'iz')
    .replace(/ys$/, 'yz')
    .replace(/mm$/, 'm')
    .replace(/ll$/, 'l');
}

/**
 * Nouns made from a verb are the verb: "deportations" is "deported", "payments" "paid",
 * "assessment" "assessed" (the stemmer leaves -ation and -ment on). Four letters must remain.
 */
function withoutNounSuffix(stem: string): string {
  const match = /^(.{4,}?)(?:ation|ition|ment)$/.exec(stem);
  return match ? match[1] : stem;
}

/** Nouns that only hold a quantity's place: "the number of people deported", "on 2019 levels". */
const LIGHT_NOUNS = new Set(['number', 'amount', 'total', 'level', 'figur', 'figure', 'rat', 'rate']);

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
  // A sentence that ends where the candidate ends (its full stop included) goes no further.
  const ended = /[.!?]["'”’»)]*\s*$/.test(text.slice(start, end));
  const after = ended ? '' : text.slice(end, end + 400);
  const closing = after.search(/[.!?](?:\s|$)|\n/);
  return `${opening >= 0 ? before.slice(opening + 1) : before}${text.slice(start, end)}${closing >= 0 ? after.slice(0, closing + 1) : after}`;
}

/**
 * The short sentence after the one at `end` answers it as false: "Pollard claimed … . That is
 * false." / "He is wrong." / "The council disputes that." / "Court records show otherwise." It
 * must point back (that, this, it, the claim, a pronoun) and be short (twelve words at most), so a
 * new topic in the next sentence never counts.
 */
/** "It is not." "They have not." "No." "Not so.": a denial that leaves the claim understood. */
const ELLIPTICAL_DENIAL =
  /^\s*(?:(?:it|that|this|they|he|she)\s+(?:is|was|are|were|has|have|had|did|does|do)(?:\s+not|n['’]t)|no|nope|not so|not really|not quite|hardly|far from it|wrong|false)[.!]?["'”’]?\s*$/i;

/** The words a correction opens with: "In fact,", "Actually", "The truth is that". */
const CORRECTION_OPENING =
  /^\s*(?:in fact|actually|in reality|in truth|the reality is(?: that)?|the truth is(?: that)?),?\s+/i;

/**
 * "In fact, they rose by 12 per cent." / "In fact, there were seven.": a next sentence that opens
 * on a correction, points back (they, it, the figure) or counts afresh (there were, there are) and
 * gives a figure of its own, in digits or in words.
 */
const CORRECTED = new RegExp(
  CORRECTION_OPENING.source +
    String.raw`(?:(?:they|it|the (?:real |true |actual )?(?:figure|number|rate|rise|increase|fall|cost|total)|that figure|there (?:were|was|are|is|have been|has been|had been))\b)[^.!?]*(?:\d|\b(?:none|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|a third|a quarter)\b)`,
  'i',
);

/**
 * A next sentence that opens on a correction and names the claim's subject in its own words
 * instead of a pronoun ("In fact, fares on BRT routes rose by about 60 per cent." after "Bus fares
 * in Lagos have tripled"): the same answer as "In fact, they rose…" when one of its first words is
 * one of the claim's and it gives a figure the claim does not (issue 12). A correction whose
 * subject is who counts ("In fact, the ministry operates 112 monitors on the island." after "…
 * installed 1,000 air quality monitors") names the claim's measure later: any of its words then,
 * with a figure of a kind the claim has (a count for a count), not the claim's.
 */
function correctsByName(next: string, statement: Statement): boolean {
  const opening = CORRECTION_OPENING.exec(next);
  if (!opening) return false;
  const body = next.slice(opening[0].length);
  const tokens = tokenize(body);
  const claimStems = recordStemsOf(statement);
  const named = (words: Token[]) => expand(topicStems(words)).some((stem) => claimStems.has(stem));
  if (!named(tokens)) return false;
  const claimFigures = readFigures(statement.text, tokenize(statement.text));
  const figures = readFigures(body, tokens).filter((figure) => figure.kind !== 'year');
  if (!figures.length || figures.some((figure) => claimFigures.some((other) => sameFigure(figure, other))))
    return false;
  return (
    named(tokens.slice(0, 4)) || figures.some((figure) => claimFigures.some((other) => other.kind === figure.kind))
  );
}

const BACK_REFERENCE =
  /\b(?:that|this|it|such|otherwise|the (?:claim|figure|number|statistic|assertion|suggestion|statement|estimate)s?)\b/i;

function answeredAsFalse(text: string, end: number, statement: Statement): boolean {
  const rest = text.slice(end, end + 300);
  // A sentence candidate ends at its full stop; a quotation's sentence goes on to one.
  const ended = /[.!?]["'”’»)]*$/.test(text.slice(Math.max(0, end - 4), end));
  const close = ended ? { index: 0, 0: '' } : /[.!?]["'”’»)]*\s/.exec(rest);
  const sentenceEnd = close ? close.index + close[0].length : -1;
  if (sentenceEnd < 0 || /\n/.test(rest.slice(0, sentenceEnd))) return false;
  const next = rest.slice(sentenceEnd).split(/(?<=[.!?])\s|\n/)[0];
  if (next.split(/\s+/).filter(Boolean).length > 12) return false;
  if (ELLIPTICAL_DENIAL.test(next) || CORRECTED.test(next) || correctsByName(next, statement)) return true;
  // Opening on the claim or its maker ("That is false.", "He is wrong."), or naming it anywhere
  // ("The council disputes that.", "Court records show otherwise."). A correction points back by
  // itself: "Budget records tell a different story." sets its records against what came before.
  return (
    ((/^\s*(?:that|this|it|which|he|she|they|no|not so)\b/i.test(next) || BACK_REFERENCE.test(next)) &&
      reportsAsFalse(next)) ||
    debunkingCues(next).some((cue) => cue.kind === 'correction')
  );
}
