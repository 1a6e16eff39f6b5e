import type { Difference, Finding, Statement } from '../types';
import { STOPWORDS, tokenize, topicStems, topicStemsOf, type Token } from '../text/tokens';
import { ATTRIBUTION_VERBS, valuesAt, type PersonMention } from '../draft/people';
import {
  antonymWords,
  clauseNegationConflict,
  directionClash,
  isNegated,
  negationConflict,
  quantityClash,
  reportsWithheldAnswer,
} from './negation';
import { checkSlots, otherMeasure, recordedNumbers, slotConflicts, statedNumbers, type ClaimWindow } from './slots';
import { comparableUnits, sameQuantity } from '../draft/numbers';
import { weekdayIndex } from '../draft/dates';
import { inRecordDollars, isMoneyUnit } from '../text/quantities';
import { nameLike, recordLine, slotFinding, speakerKind, speakerName, speaksFor, type JudgeContext } from './context';
import { flipDifference } from './difference';
import { conflictMessage, plainMessage } from '../messages';
import { speakerFix } from '../fixes';

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
  /**
   * The sentence quotes only words it mentions (“consider”): its quotations are judged as such, so
   * the sentence itself may only correct a figure or catch a flip, never cite or blame a slot twice.
   */
  mentionOnly?: boolean;
}

/** Below this the sentence is about something else; between the two, agreement is noted but conflicts are not raised. */
const CONFLICT_SCORE = 0.55;
/** Added to the topic score of a record that gives the same count of the same thing as the draft. */
const SAME_COUNT_BONUS = 0.15;
/** The citation bar for a record of the draft's own named speaker. */
const SAME_SPEAKER_CONFLICT_SCORE = 0.5;
/** Added to the topic score of a record the draft's named speaker said. */
const SAME_SPEAKER_BONUS = 0.08;
/** A count that differs from the record's by a typing slip needs less topic agreement (see typoShaped). */
const TYPO_COUNT_SCORE = 0.25;
/** A topic match this weak still carries a negation when the negated statement itself reappears (localFlip). */
const LOCAL_NEGATION_SCORE = 0.3;
/** A clash on a counted thing (drones, troops, nations) is trusted when either side is this well covered by the other. */
const COUNTED_UNIT_SCORE = 0.35;

/**
 * Judges a paraphrase: finds the record it restates by topic words (names, numbers, days and
 * outlets excluded, since those are what may be wrong), then compares speaker, negation,
 * number, day and outlet. Silence when nothing matches well: most sentences are not claims.
 */
export function judgeClaim(claim: SentenceClaim, context: JudgeContext, text: string): Finding[] {
  if (claim.mentionOnly)
    return judgeSentenceAll(claim, context, text).filter((f) => f.kind === 'wrong-number' || f.kind === 'negation');
  const whole = judgeSentenceAll(claim, context, text);
  if (whole.length) return whole;
  // A sentence that joins two facts ("Russia launched 330 drones overnight, and one hit Chernobyl")
  // may restate neither record as a whole: its clauses are judged one by one. A clause inherits
  // the sentence's speaker, day and outlet only loosely, so it may confirm, correct a number or
  // catch a flipped negation, never blame a speaker, a day or an outlet.
  const findings: Finding[] = [];
  for (const clause of clausesOf(claim, text)) {
    const finding = judgeSentence(clause, context, text);
    if (finding && CLAUSE_KINDS.has(finding.kind)) findings.push(finding);
  }
  return findings;
}

const CLAUSE_KINDS = new Set<Finding['kind']>(['supported', 'wrong-number', 'negation']);
/** Words that, after a comma, open a clause of their own. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'yet', 'even']);
/**
 * Words that open a sentence with a clause the sentence asserts, ended by its comma: "Because
 * Ukraine is a member of NATO, an attack …" states that Ukraine is a member. Not "if", "unless" or
 * "when", whose clause is a condition, asserted by no one.
 */
const LEADING_SUBORDINATORS = new Set(['because', 'since', 'although', 'though', 'while', 'whereas']);
/** A clause shorter than this is a phrase, not a claim. */
const MIN_CLAUSE_TOKENS = 5;

/**
 * The clauses of a compound sentence, split at a semicolon, at ", and" / ", but" / ", while", and
 * after a leading subordinate clause ("Because …,").
 */
function clausesOf(claim: SentenceClaim, text: string): SentenceClaim[] {
  const { tokens } = claim;
  const bounds = [0];
  let leading = LEADING_SUBORDINATORS.has(tokens[0]?.norm ?? '');
  for (let index = 1; index < tokens.length; index++) {
    const gap = text.slice(tokens[index - 1].end, tokens[index].start);
    // The comma that ends a leading subordinate clause ("Because …, an attack …") ends a clause.
    const endsLeading = leading && gap.includes(',');
    if (endsLeading) leading = false;
    if (gap.includes(';') || endsLeading || (gap.includes(',') && CLAUSE_OPENERS.has(tokens[index].norm)))
      bounds.push(index);
  }
  if (bounds.length === 1) return [];
  bounds.push(tokens.length);
  const clauses: SentenceClaim[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const clauseTokens = tokens.slice(bounds[k], bounds[k + 1]);
    if (clauseTokens.length < MIN_CLAUSE_TOKENS) continue;
    // The opener ("and", "but") joins the clauses; it belongs to neither claim's range.
    const start = k === 0 ? claim.start : clauseTokens[CLAUSE_OPENERS.has(clauseTokens[0].norm) ? 1 : 0].start;
    const end = k + 2 === bounds.length ? claim.end : clauseTokens[clauseTokens.length - 1].end;
    const inside = (mention: { start: number; end: number }) => mention.start >= start && mention.end <= end;
    clauses.push({
      ...claim,
      start,
      end,
      text: text.slice(start, end),
      tokens: clauseTokens,
      window: {
        numbers: claim.window.numbers.filter(inside),
        dates: claim.window.dates.filter(inside),
        outlets: claim.window.outlets.filter(inside),
      },
    });
  }
  return clauses;
}

/** Content words read before a count and after its unit ("Russia launched 143 drones at Ukraine"). */
const COUNT_CONTEXT_BEFORE = 2;
const COUNT_CONTEXT_AFTER = 2;
/** Words that open another clause: the count's context stops there ("struck 3 times since the committee …"). */
const CLAUSE_BREAKS = new Set(
  'since because although though unless until when while whereas after before and but'.split(' '),
);
/** Words of time and degree that say nothing about what was done with the counted thing. */
const COUNT_CONTEXT_FILLER = new Set(
  'now already still yet ever never again even last first just nearly almost around roughly some'.split(' '),
);

/**
 * The topic stems just before a count and just after its unit, inside its clause: what the
 * sentence says of the counted thing ("pilots have struck 3 times since …" gives pilot, struck).
 * `text` is the draft the claim's tokens index.
 */
function countContext(
  claim: SentenceClaim,
  n: { start: number; end: number; unitEnd?: number },
  text: string,
): string[] {
  const after = n.unitEnd ?? n.end;
  const words = (token: Token) =>
    !claim.slotTokens.has(token) &&
    !/^\d/.test(token.norm) &&
    !STOPWORDS.has(token.norm) &&
    !COUNT_CONTEXT_FILLER.has(token.norm);
  const breaks = (from: number, to: number) => /[,;:()\u2013\u2014]/.test(text.slice(from, to));
  const picked: Token[] = [];
  let edge = n.start;
  for (let k = claim.tokens.length - 1; k >= 0 && picked.length < COUNT_CONTEXT_BEFORE; k--) {
    const token = claim.tokens[k];
    if (token.end > n.start) continue;
    if (breaks(token.end, edge) || CLAUSE_BREAKS.has(token.norm)) break;
    edge = token.start;
    if (words(token)) picked.push(token);
  }
  edge = after;
  let taken = 0;
  for (const token of claim.tokens) {
    if (taken >= COUNT_CONTEXT_AFTER) break;
    if (token.start < after) continue;
    if (breaks(edge, token.start) || CLAUSE_BREAKS.has(token.norm)) break;
    edge = token.end;
    if (words(token)) {
      picked.push(token);
      taken++;
    }
  }
  return topicStems(picked);
}

function judgeSentence(claim: SentenceClaim, context: JudgeContext, text: string): Finding | undefined {
  return judgeSentenceAll(claim, context, text)[0];
}

/** `judgeSentence`'s verdict and every further slot conflict on the same record. */
function judgeSentenceAll(claim: SentenceClaim, context: JudgeContext, text: string): Finding[] {
  const found = judgeSentenceOne(claim, context, text);
  if (
    !found ||
    !found.statement ||
    found.kind === 'supported' ||
    found.kind === 'negation' ||
    found.kind === 'wrong-number'
  )
    return found ? [found] : [];
  const statement = found.statement;
  // The day and the outlet, both when both are wrong (a wrong number is the verdict alone).
  const extra = slotConflicts(claim.window, statement, context, text, ['day', 'outlet'])
    .filter((slot) => slot.kind !== found.kind)
    .map((slot): Finding => ({ ...found, ...slotFinding(slot, statement, context) }));
  return [found, ...extra];
}

/**
 * A recorded question ("Will you raise the toll this winter?") asks and asserts nothing: a
 * paraphrase can neither restate nor contradict it. Told by its question mark, or by opening on an
 * auxiliary verb and a pronoun, as questions put by interviewers do.
 */
export function isQuestion(statement: Statement): boolean {
  const whole = statement.text.trim();
  if (/\?["'\u201D\u2019]*$/.test(whole)) return true;
  // A question answered in the record's next sentence ("Where is the money? Not one yen has
  // reached the town") asserts that answer: the record's last sentence tells.
  const text = whole.split(/(?<=[?!.]["'\u201D\u2019]*)\s+(?=\p{Lu})/u).pop() ?? whole;
  return (
    /^(?:will|would|can|could|do|does|did|is|are|was|were|have|has|had|should|shall|may|might|must)\s+(?:you|we|they|he|she|it|i|there|the)\b/i.test(
      text,
    ) ||
    (/^(?:what|why|how|when|where|who|whom|which)\b/i.test(text) && !freeRelative(text))
  );
}

const AUXILIARY_WORDS =
  "will|would|can|could|do|does|did|is|are|was|were|have|has|had|should|shall|may|might|must|\\w+n['\u2019]?t";

/**
 * A wh-clause standing as the subject of a statement, with no question mark: "What happened on
 * Saturday is simply not acceptable", "Where the money went was never explained". The wh-word is
 * followed by no auxiliary (a question inverts: "What is the plan", "Why would we"), and a copula
 * comes later to predicate of the clause.
 */
function freeRelative(text: string): boolean {
  if (new RegExp(`^\\w+\\s+(?:${AUXILIARY_WORDS})\\b`, 'i').test(text)) return false;
  return /^\w+\s+\S.*\s(?:is|was|are|were)\s/i.test(text);
}

const queries = new WeakMap<SentenceClaim, { stems: Set<string>; candidates: { doc: number; score: number }[] }>();

/**
 * The sentence's topic stems (names, days, outlets, numbers and speech verbs left out: they are
 * slots) and the records that share the most of them, searched once per sentence: the topic judge
 * and the speaker-negation check read the same shortlist.
 */
function topicQuery(
  claim: SentenceClaim,
  context: JudgeContext,
): { stems: Set<string>; candidates: { doc: number; score: number }[] } {
  let query = queries.get(claim);
  if (!query) {
    // A verb of valuing ("put the exposure at €48 million") attributes, as a verb of saying does.
    const topicTokens = claim.tokens.filter(
      (token, index) =>
        !claim.slotTokens.has(token) &&
        !ATTRIBUTION_VERBS.has(token.norm) &&
        !/^\d/.test(token.norm) &&
        !valuesAt(claim.tokens, index),
    );
    const stems = new Set(topicStems(topicTokens).filter((stem) => !context.slotStems.has(stem)));
    query = {
      stems,
      candidates: stems.size >= 3 || (stems.size >= 1 && claim.speaker) ? context.index.search(stems, 8) : [],
    };
    queries.set(claim, query);
  }
  return query;
}

/** A speaker's own negated record met by a weaker topic match: trusted only with two governed words on the other side. */
const SPEAKER_NEGATION_SCORE = 0.2;

function judgeSentenceOne(claim: SentenceClaim, context: JudgeContext, text: string): Finding | undefined {
  const found = judgeByTopic(claim, context, text);
  if (found && found.kind !== 'supported') return found;
  // A sentence may restate one of the speaker's records and flip another ("Ukraine was prepared to
  // pull its troops out, even as his team got ready for talks"): the flip wins over the citation,
  // which would vouch for the whole sentence.
  return speakerNegation(claim, context, text) ?? found;
}

/**
 * "Kjærgaard said Mizuno would play again before March" against Kjærgaard's "Haruto won’t play
 * again before March": a paraphrase of a speaker's own words that flips them shares few topic
 * words (names differ, days are slots), so the topic match is weak. When the draft names the
 * speaker and the record is theirs, a negation is still reported, but only when the same verb
 * and a second word it governs stand un-negated in the draft.
 */
function speakerNegation(claim: SentenceClaim, context: JudgeContext, text: string): Finding | undefined {
  if (!claim.speaker || claim.speaker.startsWith('unknown:')) return undefined;
  const { stems: stemSet, candidates } = topicQuery(claim, context);
  const stems = [...stemSet];
  if (stems.length < 1) return undefined;
  for (const candidate of candidates) {
    const doc = context.index.doc(candidate.doc);
    const { statement } = doc;
    if (statement.speaker !== claim.speaker || isQuestion(statement)) continue;
    // A remark the sentence places in another year ("In 2022, Lee said …") is another occasion's.
    if (remarkInOtherYear(claim, statement) || saidInOtherYear(claim, statement, context.draftDate, text)) continue;
    const shared = stems.filter((stem) => doc.topicStems.has(stem) && !context.namedPersonStems.has(stem)).length;
    if (shared < 1 || shared / Math.max(1, Math.min(stems.length, doc.topicStems.size)) < SPEAKER_NEGATION_SCORE)
      continue;
    const recordTokens = doc.tokens.length < 8 && statement.context ? tokenize(statement.context) : doc.tokens;
    if (!negationConflict(claim.tokens, recordTokens, statement.negated, 2, ownWordsAt(statement, recordTokens)))
      continue;
    const flip = sentenceFlip(
      claim,
      text,
      statement,
      recordTokens,
      recordTokens === doc.tokens ? statement.text : statement.context,
    );
    return {
      kind: 'negation',
      range: flip.range,
      claimRange: { start: claim.start, end: claim.end },
      claim: claim.text,
      difference: flip.difference,
      message: conflictMessage('negation', flip.difference, recordLine(context, statement)),
      statement,
      draftSpeaker: claim.speaker,
      fix: null,
      score: SPEAKER_NEGATION_SCORE,
    };
  }
  return undefined;
}

function judgeByTopic(claim: SentenceClaim, context: JudgeContext, text: string): Finding | undefined {
  const { stems, candidates } = topicQuery(claim, context);
  // Three topic words at least; two when the sentence names a known speaker and gives a count
  // ("Prŷs said that 118,000 people were waiting"): the speaker and the figure carry the rest.
  const speakerAndCount =
    claim.speaker !== null && !claim.speaker.startsWith('unknown:') && claim.window.numbers.some((n) => n.unit !== '');
  if (stems.size < (speakerAndCount ? 2 : 3)) return undefined;
  // Names and role words are evidence of topic, but weak: "Rubio" and "secretary of state" appear everywhere Rubio does.
  const stemWeight = (stem: string) =>
    Math.max(context.index.idf(stem), 0.5) * (context.nameStems.has(stem) ? 0.35 : 1);
  const sentenceWeight = [...stems].reduce((sum, stem) => sum + stemWeight(stem), 0);

  /** The draft's counts of something (drones, troops), which a record may give too. */
  const countedNumbers = claim.window.numbers.filter((n) => n.unit);
  type Scored = { statement: Statement; score: number; shared: number; doc: number; coverage: number };
  /** A draft figure in a unit the record gives, whose own words (countContext) the record has. */
  const measuresRecordFigure = (statement: Statement, doc: number) =>
    countedNumbers.some(
      (n) =>
        recordedNumbers(statement).some((r) => comparableUnits(r.unit, n.unit)) &&
        countContext(claim, n, text).some((stem) => context.index.doc(doc).topicStems.has(stem)),
    );
  let best: Scored | undefined;
  const scored: Scored[] = [];
  for (const candidate of candidates) {
    const doc = context.index.doc(candidate.doc);
    if (isQuestion(doc.statement)) continue;
    let sharedWeight = 0;
    let shared = 0;
    for (const stem of stems) {
      if (doc.topicStems.has(stem)) {
        sharedWeight += stemWeight(stem);
        if (!context.namedPersonStems.has(stem)) shared++;
      }
    }
    let recordWeight = 0;
    for (const stem of doc.topicStems)
      if (!context.slotStems.has(stem) && !/^\d/.test(stem)) recordWeight += stemWeight(stem);
    const sentenceCoverage = sharedWeight / sentenceWeight;
    const recordCoverage = sharedWeight / Math.min(recordWeight, 1.5 * sentenceWeight);
    const topicScore =
      sentenceCoverage + recordCoverage === 0
        ? 0
        : (2 * sentenceCoverage * recordCoverage) / (sentenceCoverage + recordCoverage);
    // The same count of the same thing ("800,000 troops") is evidence of topic that words alone miss.
    const recorded = countedNumbers.length ? recordedNumbers(doc.statement) : [];
    // Not a size that names a kind of thing ("a 250-gram pack"): that is what is spoken of, not a count.
    const sameCount = countedNumbers.some((n) => !namesSize(n, text) && recorded.some((r) => sameQuantity(r, n)));
    // The draft's own speaker saying it is evidence of the same statement too.
    const sameSpeaker = claim.speaker !== null && doc.statement.speaker === claim.speaker;
    const score = Math.min(1, topicScore + (sameCount ? SAME_COUNT_BONUS : 0) + (sameSpeaker ? SAME_SPEAKER_BONUS : 0));
    const better =
      !best ||
      score > best.score + 0.05 ||
      (score > best.score - 0.05 &&
        doc.statement.speaker === claim.speaker &&
        best.statement.speaker !== claim.speaker);
    // One shared word is enough when it is what the speaker's own figure measures: "Wróbel put the
    // bank’s exposure at €48 million" against Wróbel's "Our exposure is €38 million" (speaker,
    // topic word and unit together place it).
    if (shared < 2 && !(shared === 1 && sameSpeaker && measuresRecordFigure(doc.statement, candidate.doc))) continue;
    scored.push({
      statement: doc.statement,
      score,
      shared,
      doc: candidate.doc,
      coverage: Math.max(sentenceCoverage, recordCoverage),
    });
    if (better) best = scored[scored.length - 1];
  }
  // The same count of the same thing ("330 drones" against "133 drones") is itself evidence of topic,
  // even when another record (the Chernobyl strike in the same sentence) scores higher.
  // The words either side of the count must meet the record too: "shared with 27 other EU
  // regulators" is not "before two other EU regulators objected".
  const countedUnitClash = (statement: Statement, doc: number) =>
    countedNumbers.some(
      (n) =>
        !['minute', 'hour', 'day', 'week', 'month', 'year'].includes(n.unit) &&
        recordedNumbers(statement).some((r) => r.unit === n.unit && !sameQuantity(r, n)) &&
        countContext(claim, n, text).some((stem) => context.index.doc(doc).topicStems.has(stem)),
    );
  // A count one slip of the keyboard away from the record's (80,000 for 800,000) is stronger evidence still.
  const typoClash = (statement: Statement, doc: number) =>
    countedNumbers.some(
      (n) =>
        recordedNumbers(statement).some(
          (r) => r.unit === n.unit && r.value !== n.value && typoShaped(n.value, r.value),
        ) && countContext(claim, n, text).some((stem) => context.index.doc(doc).topicStems.has(stem)),
    );
  const countClash = scored.find(
    (candidate) =>
      (candidate.coverage >= COUNTED_UNIT_SCORE &&
        candidate.shared >=
          (candidate.statement.speaker !== null && candidate.statement.speaker === claim.speaker ? 2 : 3) &&
        countedUnitClash(candidate.statement, candidate.doc)) ||
      (candidate.coverage >= TYPO_COUNT_SCORE && typoClash(candidate.statement, candidate.doc)),
  );
  if (countClash && (!best || best.score < Math.max(CONFLICT_SCORE, context.minScore) || best === countClash))
    best = countClash;
  // The draft's named speaker's own record on the topic, giving a figure of the same kind, is what
  // the sentence restates ("Balle said each day was costing the terminal DKK 15 million" is Balle's
  // DKK 14 million, not another speaker's DKK 120 million), unless the other's gives the very figure.
  if (best && claim.speaker && best.statement.speaker !== claim.speaker) {
    const own = scored
      .filter((candidate) => candidate.statement.speaker === claim.speaker && candidate.score >= context.minScore)
      .sort((a, b) => b.score - a.score)[0];
    const sameKindOfFigure = (statement: Statement) =>
      claim.window.numbers.some((n) => recordedNumbers(statement).some((r) => comparableUnits(r.unit, n.unit)));
    // The other's record giving the draft's very figure is the stronger evidence: that is a misattribution.
    const sameFigure = (statement: Statement) =>
      claim.window.numbers.some((n) => recordedNumbers(statement).some((r) => sameQuantity(r, n)));
    if (own && sameKindOfFigure(own.statement) && !sameFigure(best.statement)) best = own;
  }
  if (!best) return undefined;
  // A sentence placed in another year than the record's ("In 2024 the council raised fares by 5
  // per cent") is about another occasion: neither a conflict with the record nor sourced by it.
  if (otherYear(claim, best.statement) || saidInOtherYear(claim, best.statement, context.draftDate, text))
    return undefined;
  const related = best.score >= context.minScore;
  if (!related && best !== countClash && best.score < LOCAL_NEGATION_SCORE) return undefined;

  const { statement } = best;
  const line = recordLine(context, statement);
  const range = { start: claim.start, end: claim.end };
  const base = {
    claim: claim.text,
    claimRange: range,
    statement,
    draftSpeaker: claim.speaker,
    score: Number(best.score.toFixed(3)),
    fix: null,
  };
  // Someone's figure is only contradicted by a sentence about them: "One caller said she had waited
  // 130 weeks" is another patient's wait, not the minister's 71 weeks.
  const namesSubject = namesRecordSubject(claim, statement, context);
  const reportsSomeone = claim.tokens.some((token) => ATTRIBUTION_VERBS.has(token.norm));
  const aboutRecord = !reportsSomeone || !recordNamesSomeone(statement, context) || namesSubject;
  // The slots are checked in the one order (number, day, outlet), the number first of all: a
  // wrong count outweighs negation and speaker; a day or an outlet only after them (below).
  const record = context.index.doc(best.doc);
  const numberConflict =
    aboutRecord && !unquoted(claim, text)
      ? checkSlots(claim.window, statement, context, text, ['number'])
      : aboutRecord
        ? sameMeasure(checkSlots(claim.window, statement, context, text, ['number']), claim, context, best.doc)
        : undefined;
  // A number on the same topic is checked in the related band too: the clash must be in the same unit.
  // Below the citation bar, a count is only contradicted where the words around it meet the record
  // ("pilots have struck 3 times" is not "the committee has met two times").
  const clashed = numberConflict && claim.window.numbers.find((n) => n.start === numberConflict.range.start);
  const aboutCount =
    !clashed ||
    !clashed.unit ||
    best.score >= CONFLICT_SCORE ||
    countContext(claim, clashed, text).some((stem) => record.topicStems.has(stem));
  // Short of restating the record, a sentence dated to another day by month and day ("rose 3 per
  // cent on Friday, 23 October" beside a record of 6 October) or by another weekday gives that
  // day's figures: no wrong number.
  const dayConflict =
    numberConflict && best.score < CONFLICT_SCORE
      ? checkSlots(claim.window, statement, context, text, ['day'])
      : undefined;
  const [, recordMonth, recordDay] = statement.date.split('-').map(Number);
  const anotherDay =
    dayConflict !== undefined &&
    statement.datePrecision !== 'month' &&
    statement.datePrecision !== 'year' &&
    claim.window.dates.some(
      (date) =>
        (date.kind === 'month-day' &&
          date.day !== undefined &&
          (date.month !== recordMonth - 1 || date.day !== recordDay)) ||
        // "closed up 4.1 per cent … on Monday" beside a record of a Wednesday: another weekday is
        // another day as surely as another date (the day check above already calls it a conflict).
        (date.kind === 'weekday' && date.weekday !== undefined && date.weekday !== weekdayIndex(statement.date)),
    );
  // A span of time against the window the record measures something else in ("Six hours of
  // continuous rain" against "310 mm of rain in the 72 hours to Wednesday"): another measure, not
  // a wrong figure, and no restatement of the record either.
  if (clashed && windowOfAnotherMeasure(clashed, claim, statement, text)) return undefined;
  if (numberConflict && (related || best === countClash) && aboutCount && !anotherDay) {
    return { ...base, ...slotFinding(numberConflict, statement, context) };
  }
  // Negation is judged in the related band too: the check itself demands the same governed word on both sides.
  // A short quoted fragment's meaning (and its negation) lives in the sentence around it.
  // A sentence restating another clause of the record's context sentence ("the UK and France would
  // be open to sending forces, though the U.S. would not deploy troops") is judged against that
  // clause, whose polarity is its own: "the UK and France would not send forces" flips it.
  const contextClause = otherContextClause(claim.tokens, statement);
  const recordTokens =
    contextClause !== undefined
      ? tokenize(contextClause)
      : record.tokens.length < 8 && statement.context
        ? tokenize(statement.context)
        : record.tokens;
  const recordText =
    contextClause ?? (recordTokens === record.tokens ? statement.text : (statement.context ?? statement.text));
  // Below the related band only the strict, clause-level flip is trusted.
  const negated = related
    ? negationConflict(
        claim.tokens,
        recordTokens,
        contextClause === undefined && statement.negated,
        1,
        ownWordsAt(statement, recordTokens),
      )
    : best.score >= LOCAL_NEGATION_SCORE && clauseNegationConflict(claim.tokens, recordTokens);
  if (negated) {
    const flip = sentenceFlip(claim, text, statement, recordTokens, recordText);
    return {
      ...base,
      kind: 'negation',
      range: flip.range,
      difference: flip.difference,
      message: conflictMessage('negation', flip.difference, line),
    };
  }
  if (!related) return undefined;
  // Between the two scores the sentence is on the record's topic but does not restate it:
  // numbers and negation were worth checking, a citation is not.
  // The draft's own speaker saying it lowers the bar a little: a long sentence that adds detail
  // around the speaker's recorded claim still restates it.
  const sameSpeakerRecord = statement.speaker !== null && statement.speaker === claim.speaker;
  if (best.score < Math.max(sameSpeakerRecord ? SAME_SPEAKER_CONFLICT_SCORE : CONFLICT_SCORE, context.minScore))
    return undefined;
  const speakerConflict =
    claim.speaker &&
    statement.speaker &&
    claim.speaker !== statement.speaker &&
    !['anonymous', 'group'].includes(speakerKind(context, claim.speaker) ?? '') &&
    !speaksFor(context, claim.speaker, statement.speaker) &&
    !recordNamesPerson(statement, context, claim.speaker);
  if (speakerConflict) {
    const recordSpeaker = speakerName(context, statement.speaker);
    const mention = claim.speakerMention;
    const replacement = mention ? nameLike(text.slice(mention.start, mention.end), recordSpeaker) : recordSpeaker;
    const difference = {
      draft: mention ? text.slice(mention.start, mention.end) : speakerName(context, claim.speaker),
      record: replacement,
    };
    return {
      ...base,
      kind: 'misattribution',
      range: mention ? { start: mention.start, end: mention.end } : range,
      difference,
      message: conflictMessage('misattribution', difference, recordLine(context, statement, ['speaker'])),
      fix: mention ? speakerFix(context, text, mention, statement, claim.speaker) : null,
    };
  }
  // A day or an outlet is only blamed on a record the sentence is about: its speaker or a name in
  // it. "The council did not respond to a request for comment by Friday" shares a stock phrase
  // with a record about someone else, not its subject.
  // A record that is nobody's ("The city council approved the budget by 35 votes to 32") has no
  // subject to name: its topic match is the evidence.
  const aboutSubject = namesSubject || !recordNamesSomeone(statement, context);
  // A record's date is when its speaker said it. A sentence reporting no remark ("Nine ferries
  // sailed on Sunday") dates the event it tells of, which is no day the record gives.
  const slots: ('day' | 'outlet')[] = !reportsSomeone && statement.speaker ? ['outlet'] : ['day', 'outlet'];
  const slot = aboutSubject ? checkSlots(claim.window, statement, context, text, slots) : undefined;
  if (slot) return { ...base, ...slotFinding(slot, statement, context) };
  // Nor does the record source an event on another day than its own.
  if (slots.length === 1 && checkSlots(claim.window, statement, context, text, ['day'])) return undefined;
  if (!aboutSubject && (claim.window.dates.length > 0 || claim.window.outlets.length > 0)) return undefined;
  // A citation vouches for the whole sentence: a count the record does not give at all
  // ("800,000 troops" against a record that counts no troops) is not sourced by it.
  const recorded = statedNumbers(statement);
  const given = (n: (typeof countedNumbers)[number]) =>
    recorded.some((r) => comparableUnits(r.unit, n.unit) || sameCountOtherNoun(r, n)) || conversion(n, text);
  if (inRecordDollars(countedNumbers, recorded).some((n) => !given(n))) return undefined;
  // Nor an average ("averaged 4,100 cusecs over the week") by a record of a figure that is none.
  if (claim.window.numbers.some((n) => otherMeasure(n, statement))) return undefined;
  // A citation vouches for who and what the sentence is about: a sentence naming others ("A
  // spokesperson for the European Commission declined to comment") is not sourced by a record
  // about someone else that shares its stock phrase.
  if (recordNamesSomeone(statement, context) && !namesSubject) return undefined;
  // Nor by a record whose context sentence it restates instead: "the councils offered to lend
  // their ferries, though the city will not buy new ones" records the city's refusal, not the offer.
  if (otherContextClause(claim.tokens, statement) !== undefined) return undefined;
  // A citation needs the same polarity: "Mitsuhara intends to launch a hostile bid" is not sourced
  // by "We have no intention of launching a hostile bid", whatever words they share.
  if (isNegated(claim.tokens) !== recordClauseNegated(claim.tokens, statement, recordTokens)) return undefined;
  // Nor by one that changes it the other way: "will not cut the toll" is not "will not raise the toll".
  if (directionClash(claim.tokens, recordTokens)) return undefined;
  // Nor by one that says how much otherwise: "some of the grant" is not "all of the grant".
  if (quantityClash(claim.tokens, recordTokens)) return undefined;
  // "OEFA has not said when its review will end" reports an answer withheld: no record states that.
  if (reportsWithheldAnswer(claim.tokens)) return undefined;
  return { ...base, kind: 'supported', range, message: plainMessage('Matches the record', line) };
}

/**
 * The draft's clashing figure is a span of time and the record's durations are only the window in
 * which it measures a figure of another kind, which the draft does not give: "Six hours of
 * continuous rain" against "310 mm of rain in the 72 hours to Monday morning" says how long it
 * rained, not over what window the rainfall was measured. A draft that gives a window too
 * ("within 24 hours" against "within 48 hours") or the record's other figure ("NOK 5,000") is
 * about the same measure, and its duration is checked; so is a record whose span is the thing
 * measured ("a three-hour discussion").
 */
function windowOfAnotherMeasure(
  clashed: { start: number; unit: string },
  claim: SentenceClaim,
  statement: Statement,
  text: string,
): boolean {
  if (!clashed.unit || !comparableUnits(clashed.unit, 'minute')) return false;
  if (WINDOW_BEFORE.test(text.slice(Math.max(0, clashed.start - 40), clashed.start))) return false;
  const recorded = recordedNumbers(statement);
  const spans = recorded.filter((r) => comparableUnits(r.unit, 'minute'));
  const windows = spans.filter((r) => {
    const at = r.text ? statement.text.indexOf(r.text) : -1;
    return at >= 0 && WINDOW_BEFORE.test(statement.text.slice(Math.max(0, at - 40), at));
  });
  if (windows.length === 0 || windows.length !== spans.length) return false;
  const others = recorded.filter((r) => r.unit !== '' && !comparableUnits(r.unit, 'minute'));
  if (others.length === 0) return false;
  return !claim.window.numbers.some((n) => others.some((r) => comparableUnits(r.unit, n.unit)));
}

/** Words that make the span after them a window something is counted in: "in the 72 hours to", "within 48 hours", "over the past week". */
const WINDOW_BEFORE =
  /\b(?:in|within|over|during|across)\s+(?:the\s+)?(?:(?:last|past|previous|next|first|following)\s+)?$/i;

/**
 * The same count of things the two sides name differently ("2,300 direct employees" for "2,300
 * direct workers", "the two shipyards" for "the two yards", "six of the team's riders" for "six of
 * them"): the same value, each a count of things (or of nothing named), not a sum, a share or a
 * duration, which a value alone does not make the same.
 */
function sameCountOtherNoun(
  recorded: { value: number; unit: string },
  drafted: { value: number; unit: string },
): boolean {
  return recorded.value === drafted.value && countsThings(recorded.unit) && countsThings(drafted.unit);
}

function countsThings(unit: string): boolean {
  return (
    unit === '' ||
    (!isMoneyUnit(unit) && !comparableUnits(unit, 'minute') && !['percent', 'percentage-point'].includes(unit))
  );
}

/** A sum in brackets ("3.2 trillion won ($2.2 billion)"): the reporter's conversion, not a figure to source. */
function conversion(n: { start: number; unit: string }, text: string): boolean {
  return isMoneyUnit(n.unit) && /\(\s*[^\s\d(]{0,4}\s*$/.test(text.slice(Math.max(0, n.start - 6), n.start));
}

/**
 * Where the record's own words begin in `recordTokens` (a character offset into its context
 * sentence, when those tokens are the context's): after the context's last speech verb ("Park, who spoke
 * through an interpreter, said: …"), or where the record's text stands in it verbatim. 0 for the
 * record's own tokens. The `negated` flag speaks for these words, not for the framing before them.
 */
function ownWordsAt(statement: Statement, recordTokens: Token[]): number {
  const context = statement.context;
  if (!context || recordTokens.length === 0 || recordTokens[recordTokens.length - 1].end > context.length) return 0;
  if (context.slice(recordTokens[0].start, recordTokens[0].end) !== recordTokens[0].text) return 0;
  const verbatim = context.toLowerCase().indexOf(statement.text.toLowerCase());
  if (verbatim >= 0) return verbatim;
  // The last speech verb: "who spoke through an interpreter, said: …" frames with the first.
  let said = -1;
  recordTokens.forEach((token, index) => {
    if (ATTRIBUTION_VERBS.has(token.norm)) said = index;
  });
  return said >= 0 && said + 1 < recordTokens.length ? recordTokens[said + 1].start : 0;
}

/**
 * A figure joined to its unit by a hyphen ("a 250-gram pack", "a 12-week course") names a size,
 * a kind of the thing that follows, which any sentence about such things repeats: it says nothing
 * of the claim. `text` is the draft the number's offsets index.
 */
function namesSize(n: { start: number; end: number; unitEnd?: number }, text: string): boolean {
  return /^[\d.,]+[-\u2010\u2011]\p{L}/u.test(text.slice(n.start, n.unitEnd ?? n.end));
}

/** True when no quotation stands in the sentence: a paraphrase, whose figures need their own subject to be compared. */
function unquoted(claim: SentenceClaim, text: string): boolean {
  return !/["\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E]/.test(
    text.slice(claim.start, claim.end).replace(/(\p{L})['\u2019](\p{L})/gu, '$1$2'),
  );
}

/** Words of movement and measure that any figure may stand beside: they say nothing of what is measured. */
const MEASURE_WORDS = new Set(
  (
    'ris fall increas decreas grew grow growth jump climb drop dip declin cut reach hit total totall averag stand ' +
    'up down higher lower more less per cent percent point year month week day tim'
  ).split(' '),
);

/**
 * A paraphrase's wrong figure needs the same measure: the sentence shares a word with the record
 * beyond names and the words of movement any figure stands beside. "Shares rose 3 per cent in
 * Istanbul trading" does not measure the record's "construction costs … risen by 38 per cent".
 */
function sameMeasure(
  conflict: ReturnType<typeof checkSlots>,
  claim: SentenceClaim,
  context: JudgeContext,
  doc: number,
): ReturnType<typeof checkSlots> {
  if (!conflict) return conflict;
  // A counted noun names its measure itself ("eight years" in jail, "330 drones"); a share or a sum does not.
  const number = claim.window.numbers.find((n) => n.start === conflict.range.start);
  if (!number || !(number.unit === 'percent' || number.unit === 'percentage-point' || isMoneyUnit(number.unit)))
    return conflict;
  const near = claim.tokens.filter((token) => !claim.slotTokens.has(token) && !ATTRIBUTION_VERBS.has(token.norm));
  const stems = topicStems(near).filter(
    (stem) => !MEASURE_WORDS.has(stem) && !context.nameStems.has(stem) && !/^\d/.test(stem),
  );
  const record = context.index.doc(doc).topicStems;
  return stems.some((stem) => record.has(stem)) ? conflict : undefined;
}

/**
 * The words that flip in a sentence that says the opposite of its record, and where they are; the
 * whole sentence against the record's words when the flip cannot be placed on a word (an antonym).
 * `recordTokens` index the record's text, or its context sentence for a short fragment.
 */
function sentenceFlip(
  claim: SentenceClaim,
  text: string,
  statement: Statement,
  recordTokens: Token[],
  recordText: string,
): { range: { start: number; end: number }; difference: Difference } {
  const located = flipDifference(claim.tokens, text, recordTokens, recordText);
  const antonym = located ? undefined : antonymWords(claim.tokens, recordTokens);
  return (
    located ??
    (antonym && {
      range: { start: antonym.draft.start, end: antonym.draft.end },
      difference: { draft: antonym.draft.text, record: antonym.record.text },
    }) ?? {
      range: { start: claim.start, end: claim.end },
      difference: { draft: claim.text, record: statement.text },
    }
  );
}

/** Where a record's sentence joins two clauses that may differ in polarity. */
const CLAUSE_BREAK = /[;:]\s+|,\s+(?=(?:and|but|while|whereas|although|though|yet)\s)|\.\s+/;

/**
 * The polarity of the record's clause the sentence restates: "Meridian took in £212 million from
 * 4,300 investors" restates the first clause of "…, and almost none of it went where they were
 * told", not the negated second one. The clause sharing most words with the sentence decides. A
 * record flagged `negated` in the corpus keeps its flag, but only for its own words: when the
 * sentence restates a clause of the record's context sentence that does not hold the record's
 * words, that clause is judged by its own words ("the UK and France would be open to sending forces,
 * though the U.S. would not deploy troops": the first clause is plain, whatever the record's flag).
 */
function recordClauseNegated(claimTokens: Token[], statement: Statement, recordTokens: Token[]): boolean {
  // Topic matching reads the record's context sentence too: the sentence may restate another
  // clause of it, whose polarity is its own.
  const other = otherContextClause(claimTokens, statement);
  if (other !== undefined) return isNegated(tokenize(other));
  const clause = bestClause(claimTokens, statement.text);
  // The flag speaks for the record's negated clause: a sentence restating another clause of it
  // whose own words negate nothing ("We lost 1.1 trillion won in the last three years", of "…;
  // standing alone was no longer an option") is plain, when the record's other words voice the negation.
  if (statement.negated)
    return clause !== statement.text && !isNegated(tokenize(clause)) && isNegated(recordTokens)
      ? false
      : isNegated(recordTokens, true);
  return isNegated(clause === statement.text ? recordTokens : tokenize(clause));
}

/**
 * The clause of the record's context sentence that the sentence restates, when it is not the
 * clause holding the record's own words; undefined when the record has no wider context or the
 * sentence restates the record's clause.
 */
function otherContextClause(claimTokens: Token[], statement: Statement): string | undefined {
  const context = statement.context?.trim() ?? '';
  const words = (text: string) =>
    tokenize(text)
      .map((token) => token.norm)
      .join(' ');
  // A context no wider than the record has no other clause.
  if (context === '' || words(statement.text).includes(words(context))) return undefined;
  const clause = bestClause(claimTokens, context);
  if (holdsRecord(clause, statement.text)) return undefined;
  // The clause that frames the record ("Roe, the harbour's mayor, wrote on X:") shares the
  // sentence's name and verb, not its claim: the other clause must share more than the record does.
  return sharedWords(claimTokens, clause) > sharedWords(claimTokens, statement.text) ? clause : undefined;
}

/** How many of `text`'s words (function words aside) the sentence has. */
function sharedWords(claimTokens: Token[], text: string): number {
  const claimWords = new Set(claimTokens.filter((token) => !STOPWORDS.has(token.norm)).map((token) => token.norm));
  return tokenize(text).filter((token) => claimWords.has(token.norm)).length;
}

/** The clause of `text` sharing most words with the sentence; the whole text when it has one clause. */
function bestClause(claimTokens: Token[], text: string): string {
  const clauses = text.split(CLAUSE_BREAK).filter((clause) => clause.trim() !== '');
  if (clauses.length < 2) return text;
  let best = text;
  let bestShared = -1;
  for (const clause of clauses) {
    const shared = sharedWords(claimTokens, clause);
    if (shared > bestShared) {
      best = clause;
      bestShared = shared;
    }
  }
  return best;
}

/**
 * Whether a context clause holds the record's own words, wholly or in part (a run of three words
 * in common: the clause split may cut the record, at "U.S." for one). Compared as tokens: quotes
 * and dashes vary.
 */
function holdsRecord(clause: string, recordText: string): boolean {
  const clauseWords = tokenize(clause).map((token) => token.norm);
  const recordWords = tokenize(recordText).map((token) => token.norm);
  if (recordWords.join(' ').includes(clauseWords.join(' '))) return true;
  const runs = new Set<string>();
  for (let i = 0; i + 3 <= recordWords.length; i++) runs.add(recordWords.slice(i, i + 3).join(' '));
  for (let i = 0; i + 3 <= clauseWords.length; i++) if (runs.has(clauseWords.slice(i, i + 3).join(' '))) return true;
  return clauseWords.join(' ').includes(recordWords.join(' '));
}

const YEAR = /^(?:19|20)\d{2}$/;

/** The sentence names a calendar year that is neither the record's nor one the record mentions. */
export function otherYear(claim: { tokens: Token[] }, statement: Statement): boolean {
  const years = claim.tokens.filter((token) => YEAR.test(token.norm)).map((token) => token.norm);
  if (years.length === 0) return false;
  const recordYears = new Set([
    statement.date.slice(0, 4),
    ...(`${statement.text} ${statement.context}`.match(/\b(?:19|20)\d{2}\b/g) ?? []),
  ]);
  return !years.some((year) => recordYears.has(year));
}

/**
 * The sentence dates its remark to a year that is neither the record's nor one the record
 * mentions: "in 2022" before the verb of saying ("In 2022, Lee said …", "Lee in 2022 said") or
 * right after it ("Lee said in 2022 that …"). A year that qualifies a noun ("the 2026 budget")
 * dates nothing said.
 */
export function remarkInOtherYear(claim: { tokens: Token[] }, statement: Statement): boolean {
  const { tokens } = claim;
  const verb = tokens.findIndex((token) => ATTRIBUTION_VERBS.has(token.norm));
  if (verb < 0) return false;
  return tokens.some(
    (token, k) =>
      YEAR.test(token.norm) &&
      tokens[k - 1]?.norm === 'in' &&
      (k < verb || k <= verb + 2) &&
      otherYear({ tokens: [token] }, statement),
  );
}

/** Seasons' last months (northern): "last summer" in July is the summer a year before. */
const SEASON_END: Record<string, number> = { spring: 5, summer: 8, autumn: 11, fall: 11 };
const YEARS_AGO: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };

/**
 * The sentence opens by placing the remark in a year before the draft's ("Last summer, Lee
 * said …", "Two years ago, Lee said …") that is not the record's: another occasion, as otherYear.
 * Only an opening phrase set off by a comma dates the remark; "costs rose last year" dates the
 * costs. `draftDate` is YYYY-MM-DD; false without it.
 */
export function saidInOtherYear(
  claim: { tokens: Token[] },
  statement: Statement,
  draftDate: string | undefined,
  text: string,
): boolean {
  const { tokens } = claim;
  if (!draftDate || tokens.length < 3) return false;
  const year = Number(draftDate.slice(0, 4));
  const month = Number(draftDate.slice(5, 7));
  const [word, next] = [tokens[0].norm, tokens[1].norm];
  let meant: number | undefined;
  let end = 1;
  if (word === 'last' && next === 'year') meant = year - 1;
  else if (word === 'last' && SEASON_END[next] !== undefined) meant = month > SEASON_END[next] ? year : year - 1;
  else if ((next === 'year' || next === 'years') && tokens[2].norm === 'ago') {
    meant = year - (/^\d+$/.test(word) ? Number(word) : (YEARS_AGO[word] ?? NaN));
    end = 2;
  }
  if (meant === undefined || !Number.isFinite(meant) || !tokens[end + 1]) return false;
  if (!/^\s*,/.test(text.slice(tokens[end].end, tokens[end + 1].start))) return false;
  return meant !== Number(statement.date.slice(0, 4));
}

const recordNameCache = new WeakMap<Statement, Set<string>>();

/** The record's speaker's names and the proper names in its words, as norms and topic stems; memoised per record. */
function recordNamesOf(statement: Statement, context: JudgeContext): Set<string> {
  let names = recordNameCache.get(statement);
  if (names) return names;
  names = new Set<string>();
  const add = (token: Token) => {
    names!.add(token.norm);
    for (const stem of topicStems([token])) names!.add(stem);
  };
  const person = statement.speaker ? context.directory.person(statement.speaker) : undefined;
  for (const alias of person ? [person.name, ...person.aliases] : []) for (const token of tokenize(alias)) add(token);
  for (const token of tokenize(`${statement.text} ${statement.context}`))
    if (/^[\p{Lu}]/u.test(token.text) && token.norm.length > 2) add(token);
  recordNameCache.set(statement, names);
  return names;
}

/** Does the sentence name the record's speaker, or a proper name the record has (Russia and Russian alike)? */
function namesRecordSubject(claim: SentenceClaim, statement: Statement, context: JudgeContext): boolean {
  if (claim.speaker && (claim.speaker === statement.speaker || speaksFor(context, claim.speaker, statement.speaker)))
    return true;
  const recordNames = recordNamesOf(statement, context);
  if (
    properNames(claim).some(
      (token) => recordNames.has(token.norm) || topicStems([token]).some((stem) => recordNames.has(stem)),
    )
  )
    return true;
  return attributedByRole(claim, statement, context);
}

/**
 * "The passengers’ association said …" of a record by the president of the Passengers’
 * Association: the words that attribute the sentence (just before its speech verb) name what the
 * record's speaker holds a role in.
 */
function attributedByRole(claim: SentenceClaim, statement: Statement, context: JudgeContext): boolean {
  const person = statement.speaker ? context.directory.person(statement.speaker) : undefined;
  if (!person?.roles?.length) return false;
  const verb = claim.tokens.findIndex((token) => ATTRIBUTION_VERBS.has(token.norm));
  if (verb < 1) return false;
  const roleStems = new Set(person.roles.flatMap((role) => topicStemsOf(role.title)));
  return topicStems(claim.tokens.slice(Math.max(0, verb - 4), verb)).some((stem) => roleStems.has(stem));
}

/** The record is someone's: it has a speaker, or its words name a person the corpus knows. */
const namesSomeoneCache = new WeakMap<Statement, boolean>();

function recordNamesSomeone(statement: Statement, context: JudgeContext): boolean {
  if (statement.speaker) return true;
  let names = namesSomeoneCache.get(statement);
  if (names === undefined) {
    const tokens = tokenize(statement.text);
    names = context.directory
      .findMentions(tokens, statement.text)
      .some((mention) => mention.via === 'name' && context.directory.person(mention.personId)?.kind === 'person');
    namesSomeoneCache.set(statement, names);
  }
  return names;
}

/**
 * The record's own words name the person (“Peter Langat should step aside”, said by Rotich): the
 * record is said about them, so a sentence in which they speak (“Langat said he would step aside”)
 * is their own remark, not the record's speaker's words given to the wrong person.
 */
function recordNamesPerson(statement: Statement, context: JudgeContext, personId: string): boolean {
  return context.directory
    .findMentions(tokenize(statement.text), statement.text)
    .some((mention) => mention.via === 'name' && mention.personId === personId);
}

/** The sentence's proper names: capitalised words that are not days, outlets or numbers, nor function words. */
function properNames(claim: SentenceClaim): Token[] {
  return claim.tokens.filter(
    (token) =>
      /^[\p{Lu}]/u.test(token.text) &&
      !claim.slotTokens.has(token) &&
      !STOPWORDS.has(token.norm) &&
      token.norm.length > 1,
  );
}

/**
 * Whether two whole numbers differ the way a typing slip makes them differ: a digit dropped or
 * doubled (80,000 for 800,000), or two neighbouring digits swapped (1,230 for 1,320).
 */
export function typoShaped(a: number, b: number): boolean {
  if (!Number.isInteger(a) || !Number.isInteger(b) || a === b) return false;
  const [x, y] = [String(a), String(b)];
  if (Math.abs(x.length - y.length) === 1) {
    const [short, long] = x.length < y.length ? [x, y] : [y, x];
    for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
    return false;
  }
  if (x.length !== y.length) return false;
  const differing = [...x].flatMap((digit, i) => (digit === y[i] ? [] : [i]));
  return (
    differing.length === 2 &&
    differing[1] === differing[0] + 1 &&
    x[differing[0]] === y[differing[1]] &&
    x[differing[1]] === y[differing[0]]
  );
}
