import type { Finding, Statement } from '../types';
import { alignQuote, diffParts, type Alignment, type QuoteWord } from '../match/align';
import { STOPWORDS, contentTokens, tokenize, topicStemsOf, type Token } from '../text/tokens';
import type { PersonMention } from '../draft/people';
import { isNegationWord } from './negation';
import { anotherOccasion, checkSlots, recordedNumbers, slotConflicts, type ClaimWindow } from './slots';
import { comparableUnits, sameQuantity } from '../draft/numbers';
import { NUMBER_WORDS, findQuantities } from '../text/quantities';
import {
  nameLike,
  recordLine,
  shorten,
  slotFinding,
  speakerKind,
  speakerName,
  speaksFor,
  type JudgeContext,
} from './context';
import { quoteDifference } from './difference';
import { conflictMessage, plainMessage } from '../messages';

/**
 * Words a negation replaces to flip a sentence: auxiliaries and modals ("can" → "cannot", "will" →
 * "won't") and the positive forms of negative words ("always"/"ever" → "never", "any" → "no").
 */
const POLARITY_PARTNERS = new Set(
  'is are was were be been am do does did will would can could should shall must may might has have had need dare ever always any anything anyone anybody some something someone somebody everything everyone all both either yes'.split(
    ' ',
  ),
);
import { replaceTitle, restoreQuoteTitle, speakerFix } from '../fixes';

/** The auxiliary a plain verb takes only to carry "not" ("we do not want" is "we want" negated). */
const DO_SUPPORT = new Set(['do', 'does', 'did']);

/** Determiners that "no" replaces to negate a noun: "a deal" → "no deal", "the money" → "no money". */
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'one', 'some']);

/** "no" against a determiner, either way round ("a deal" for "no deal"): the noun's negation flipped. */
function determinerFlip(words: string[]): boolean {
  return words.length === 2 && words.includes('no') && words.some((word) => NOUN_DETERMINERS.has(word));
}

/** A quotation from the draft, with who the draft says spoke it. */
export interface QuoteClaim {
  /** The words between the quotation marks. */
  start: number;
  end: number;
  text: string;
  words: QuoteWord[];
  /** Person id the draft attributes it to (`unknown:Name` for someone outside the corpus). */
  speaker: string | null;
  /** Where the draft names the speaker, when it does (not for pronouns). */
  speakerMention?: PersonMention;
  /** The draft attributes the words to someone (a name, a pronoun, a speech verb). */
  attributed: boolean;
  /** A term the sentence names ("the so-called “one-stop shop”", "dubbed the “Harbour Compact”"): a mention, not anyone's words. */
  label?: boolean;
  window: ClaimWindow;
}

const MAX_QUOTE_WORDS = 300;
const MAX_RECORD_WORDS = 600;

/** Splits a quotation into words, keeping "…" and [insertions] as gaps the record may fill. */
export function quoteWords(text: string, offset: number): QuoteWord[] {
  const words: QuoteWord[] = [];
  const gap = /\[[^\]\n]{0,80}\]|\u2026|\.{3,}/g;
  let last = 0;
  for (let match = gap.exec(text); match; match = gap.exec(text)) {
    for (const token of tokenize(text.slice(last, match.index), offset + last)) words.push({ token });
    words.push({
      gap: {
        text: match[0],
        start: offset + match.index,
        end: offset + match.index + match[0].length,
        bracket: match[0].startsWith('['),
      },
    });
    last = match.index + match[0].length;
    if (words.length > MAX_QUOTE_WORDS) break;
  }
  for (const token of tokenize(text.slice(last), offset + last, MAX_QUOTE_WORDS)) words.push({ token });
  return words.slice(0, MAX_QUOTE_WORDS);
}

interface QuoteMatch {
  doc: number;
  statement: Statement;
  alignment: Alignment;
  quality: number;
}

/**
 * Judges one quotation: which record it comes from, and whether words, speaker, number, day or
 * outlet differ. Returns the verdict on the words and speaker first, then every other slot that
 * disagrees (a misquote said on the wrong day is both), never a citation beside a conflict.
 */
export function judgeQuote(claim: QuoteClaim, context: JudgeContext, text: string): Finding[] {
  const primary = judgeQuoteWords(claim, context, text);
  if (!primary) return [];
  if (!primary.statement || primary.kind === 'supported' || primary.kind === 'unverified-quote') return [primary];
  const statement = primary.statement;
  const line = recordLine(context, statement);
  // Other words on another occasion ("Back in June 2024, he promised: …"): not a misquote of the
  // record, but a remark that is not on record, with the similar one shown.
  // A wrong number inside the quotation marks is a change to the quoted words.
  const numberInQuote =
    primary.kind === 'wrong-number' && primary.range.start >= claim.start && primary.range.end <= claim.end;
  const wordsDiffer = primary.kind === 'misquote' || primary.kind === 'negation' || numberInQuote;
  if (wordsDiffer && anotherOccasion(claim.window.dates, primary.statement)) {
    return [
      {
        ...primary,
        kind: 'unverified-quote',
        range: { start: claim.start, end: claim.end },
        message: `Not on record for that occasion; on record: “${shorten(statement.text, 60)}” — ${line}.`,
        difference: undefined,
        fix: null,
      },
    ];
  }
  const quoted: Finding[] = [];
  if (numberInQuote && primary.fix) {
    // A number changed inside quotation marks is a wrong number and a quotation that is no longer
    // verbatim: both are reported, the quotation restored as the record has it.
    const at = primary.fix.range.start - claim.start;
    const restored = `${claim.text.slice(0, at)}${primary.fix.text}${claim.text.slice(primary.fix.range.end - claim.start)}`;
    quoted.push({
      ...primary,
      kind: 'misquote',
      message: conflictMessage('misquote', primary.difference!, line),
      fix: {
        range: { start: claim.start, end: claim.end },
        text: restored,
        label: replaceTitle(text.slice(primary.fix!.range.start, primary.fix!.range.end), primary.fix!.text),
      },
    });
  }
  const extra = slotConflicts(claim.window, primary.statement, context, text)
    .filter(
      (slot) =>
        slot.kind !== primary.kind &&
        !(slot.range.start === primary.range.start && slot.range.end === primary.range.end) &&
        !(
          primary.kind === 'misattribution' &&
          slot.kind === 'wrong-outlet' &&
          mannerOnly(slot.difference.draft, context)
        ),
    )
    .map((slot): Finding => ({ ...primary, ...slotFinding(slot, statement, context) }));
  return [primary, ...quoted, ...extra];
}

function judgeQuoteWords(claim: QuoteClaim, context: JudgeContext, text: string): Finding | undefined {
  const draftWords = claim.words.filter((word) => word.token).length;
  if (draftWords < 2) return undefined;
  // “Coalition of the Willing”, “Face the Nation”: a name in quotation marks that nobody is said to have said.
  if (!claim.speaker && isTitle(claim.words)) return undefined;
  if (claim.label) return undefined;
  const matches = findMatches(claim, context);
  const match = pickMatch(matches, claim.speaker);
  const range = { start: claim.start, end: claim.end };

  if (!match) {
    const longEnough = draftWords >= 5 || (draftWords >= 3 && claim.window !== undefined && claim.attributed);
    if (
      !claim.attributed ||
      !longEnough ||
      contentTokens(claim.words.flatMap((w) => (w.token ? [w.token] : []))).length < 2
    )
      return undefined;
    if (isTitle(claim.words)) return undefined; // “Face the Nation”, “Coalition of the Willing”: a name in quotes, not a quotation
    const who = claim.speaker ? ` to ${speakerName(context, claim.speaker)}` : '';
    return {
      kind: 'unverified-quote',
      range,
      claimRange: range,
      claim: claim.text,
      message: `Unverified quote: nothing in the corpus matches this quotation attributed${who}. Check it against your notes or recording.`,
      statement: null,
      draftSpeaker: claim.speaker,
      fix: null,
      score: 0,
    };
  }

  const { statement, alignment } = match;
  const record = context.index.doc(match.doc);
  // A record that is a name ("the Harbour Compact", "Coalition of the Willing") is anyone's to use:
  // it sources only the speaker who said it and blames nobody else.
  if (record.tokens.length <= 4 && isTitleText(record.tokens) && claim.speaker !== statement.speaker) return undefined;
  const diff = diffParts(alignment, claim.words, record.tokens, statement.text, text);
  const base = {
    claim: claim.text,
    claimRange: range,
    statement,
    draftSpeaker: claim.speaker,
    score: Number(match.quality.toFixed(3)),
  };
  const line = recordLine(context, statement);

  if (isMisattributed(claim.speaker, statement, context, draftWords, matches)) {
    const target = claim.speakerMention ?? { start: claim.start, end: claim.end };
    const recordSpeaker = speakerName(context, statement.speaker);
    const replacement = claim.speakerMention
      ? nameLike(text.slice(target.start, target.end), recordSpeaker)
      : undefined;
    const difference = {
      draft: claim.speakerMention ? text.slice(target.start, target.end) : speakerName(context, claim.speaker),
      record: replacement ?? recordSpeaker,
    };
    return {
      ...base,
      kind: 'misattribution',
      range: { start: target.start, end: target.end },
      difference,
      message: conflictMessage('misattribution', difference, recordLine(context, statement, ['speaker'])),
      fix: claim.speakerMention ? speakerFix(context, text, target, statement, claim.speaker) : null,
      diff,
    };
  }

  // The quotation goes on past the record's words with words the record's own context sentence
  // quotes ("…since 2015, and we are not getting it back by waiting," Kang said): all on record.
  if (alignment.edits > 0 && quotedInContext(claim, alignment, statement)) {
    const slot = checkSlots(claim.window, statement, context, text);
    if (slot) return { ...base, ...slotFinding(slot, statement, context), diff };
    return { ...base, kind: 'supported', range, message: plainMessage('Sourced', line), fix: null, diff };
  }
  const extra = extraSentences(claim, alignment);
  if (alignment.edits > 0 && extra.edits === alignment.edits) {
    // The recorded words are all there, verbatim; the quotation goes on with sentences the record
    // does not have. The recorded part is judged; the rest is said to be off the record.
    const slot = checkSlots(claim.window, statement, context, text);
    const note = ` The rest of the quotation (“${shorten(extra.text, 60)}”) is not on record.`;
    if (slot) {
      const found = slotFinding(slot, statement, context);
      return { ...base, ...found, message: `${found.message}${note}`, diff };
    }
    return { ...base, kind: 'supported', range, message: `${plainMessage('Sourced', line)}${note}`, fix: null, diff };
  }
  if (alignment.edits > 0) {
    const restored = restoreQuote(claim, alignment, record.tokens, statement.text);
    const fix = { range, text: restored, label: restoreQuoteTitle(diff) };
    const edited = alignment.ops.filter((op) => op.op === 'changed' || op.op === 'added' || op.op === 'dropped');
    const wordsOf = (op: (typeof edited)[number]) => [
      ...('q' in op ? [claim.words[op.q].token!.norm] : []),
      ...('r' in op ? [record.tokens[op.r].norm] : []),
    ];
    // A negation word in place of a content word is a word changed ("better late than never" for
    // "than lost"), not a flip; "cannot" for "can" or "never" for "always" is one.
    // A negation word that ends its clause governs nothing ("than never."): with the record going on
    // past the quoted fragment, an "added" last word is a word changed too.
    const endsClause = (q: number) => {
      const word = claim.words[q].token!;
      const next = claim.words[q + 1]?.token;
      return !next || /[.;!?]/.test(claim.text.slice(word.end - claim.start, next.start - claim.start));
    };
    const replacesContentWord = (op: (typeof edited)[number]) =>
      (op.op === 'changed' &&
        !wordsOf(op).every((word) => isNegationWord(word) || POLARITY_PARTNERS.has(word)) &&
        !determinerFlip(wordsOf(op))) ||
      ('q' in op && isNegationWord(claim.words[op.q].token!.norm) && endsClause(op.q));
    // A flip needs the polarity to change: "never" for "not" is a different word for the same
    // negation (a misquote), "not" dropped or added is the opposite (a negation).
    const negationsOn = (side: 'q' | 'r') =>
      edited.filter((op) =>
        side === 'q'
          ? 'q' in op && isNegationWord(claim.words[op.q].token!.norm)
          : 'r' in op && isNegationWord(record.tokens[op.r].norm),
      ).length;
    // "and there never will be" for "and there will be none": the record's negation may sit in a
    // word or two past the quoted fragment's end, where the alignment does not reach.
    const tail = record.tokens.slice(alignment.recordEnd + 1);
    const tailNegations = tail.length <= 2 ? tail.filter((token) => isNegationWord(token.norm)).length : 0;
    const differs = (negation: boolean) =>
      quoteDifference(alignment, claim.words, record.tokens, statement.text, text, negation);
    // "We want" for "We do not want": the "do" that carries the negation goes with it.
    const doSupport = (op: (typeof edited)[number]) =>
      op.op !== 'changed' && wordsOf(op).every((word) => DO_SUPPORT.has(word));
    if (
      edited.some((op) => wordsOf(op).some(isNegationWord)) &&
      edited.every((op) => (wordsOf(op).some(isNegationWord) && !replacesContentWord(op)) || doSupport(op)) &&
      negationsOn('q') % 2 !== (negationsOn('r') + tailNegations) % 2
    ) {
      const located = differs(true);
      const difference = located?.difference ?? {
        draft: claim.text,
        record: recordSlice(alignment, record.tokens, statement.text),
      };
      return {
        ...base,
        kind: 'negation',
        range: located?.range ?? range,
        difference,
        message: conflictMessage('negation', difference, line),
        fix,
        diff,
      };
    }
    const numeric = edited.length === 1 && edited[0].op === 'changed' && wordsOf(edited[0]).every(isFigureWord);
    if (numeric && edited[0].op === 'changed') {
      const draftToken = claim.words[edited[0].q].token!;
      const recordToken = record.tokens[edited[0].r];
      const difference = { draft: draftToken.text, record: recordToken.text };
      return {
        ...base,
        kind: 'wrong-number',
        range: { start: draftToken.start, end: draftToken.end },
        difference,
        message: conflictMessage('wrong-number', difference, line),
        fix: {
          range: { start: draftToken.start, end: draftToken.end },
          text: recordToken.text,
          label: replaceTitle(draftToken.text, recordToken.text),
        },
        diff,
      };
    }
    // "for ten days" for "for a week", "two hours" for "90 minutes": a quantity changed, unit and all.
    const changedQuantity = !numeric && quantityChanged(edited, claim, record.tokens, text, statement.text);
    if (changedQuantity) {
      const difference = { draft: changedQuantity.draft.text, record: changedQuantity.record };
      return {
        ...base,
        kind: 'wrong-number',
        range: { start: changedQuantity.draft.start, end: changedQuantity.draft.end },
        difference,
        message: conflictMessage('wrong-number', difference, line),
        fix: {
          range: { start: changedQuantity.draft.start, end: changedQuantity.draft.end },
          text: changedQuantity.record,
          label: replaceTitle(changedQuantity.draft.text, changedQuantity.record),
        },
        diff,
      };
    }
    const located = differs(false);
    const difference = located?.difference ?? {
      draft: claim.text,
      record: recordSlice(alignment, record.tokens, statement.text),
    };
    return {
      ...base,
      kind: 'misquote',
      range: located?.range ?? range,
      difference,
      message: conflictMessage('misquote', difference, line),
      fix,
      diff,
    };
  }

  const slot = checkSlots(claim.window, statement, context, text);
  if (slot?.kind === 'wrong-number') {
    // A fragment's figure that only its context sentence gives ("if necessary" beside "the
    // 27-nation group") belongs to the record of that sentence's words, when the corpus has one.
    const owner = figureOwner(slot, claim.window, statement, context);
    const owned = owner && checkSlots(claim.window, owner, context, text);
    if (owner && owned?.kind === 'wrong-number' && owned.range.start === slot.range.start)
      return { ...base, statement: owner, ...slotFinding(owned, owner, context), diff };
  }
  if (slot) return { ...base, ...slotFinding(slot, statement, context), diff };
  return { ...base, kind: 'supported', range, message: plainMessage('Sourced', line), fix: null, diff };
}

/**
 * The draft's outlet words are only a manner of speaking ("in a statement", "at a press
 * conference"), no outlet: said of a speaker the record does not have, they describe that
 * speaker's occasion, which contradicts nothing of the record's. A named outlet ("told BBC Radio 5
 * Live") still does.
 */
function mannerOnly(words: string, context: JudgeContext): boolean {
  const families = [...context.outlets.familiesOf(words)];
  return families.length > 0 && families.every((family) => family.startsWith('venue:'));
}

/**
 * The one quantity a quotation's edits change, unit and all ("ten days" where the record has "a
 * week", "a month" for "a week"): every edit a changed word, in one run on both sides, each side
 * (with the word before and after it: "a", the unit) reading as exactly one quantity, of
 * comparable units and another amount. Undefined otherwise.
 */
function quantityChanged(
  edited: Alignment['ops'],
  claim: QuoteClaim,
  recordTokens: Token[],
  text: string,
  recordText: string,
): { draft: { start: number; end: number; text: string }; record: string } | undefined {
  if (edited.length === 0 || edited.length > 3 || !edited.every((op) => op.op === 'changed')) return undefined;
  const changed = edited as { op: 'changed'; q: number; r: number }[];
  for (let k = 1; k < changed.length; k++)
    if (changed[k].q !== changed[k - 1].q + 1 || changed[k].r !== changed[k - 1].r + 1) return undefined;
  const first = changed[0];
  const last = changed[changed.length - 1];
  const draftTokens = claim.words.map((word) => word.token);
  const read = (tokens: (Token | undefined)[], from: number, to: number, source: string) => {
    const span = tokens.slice(Math.max(0, from - 1), Math.min(tokens.length, to + 2));
    if (span.some((token) => !token)) return undefined;
    const found = findQuantities(span as Token[], source).filter(
      (quantity) => quantity.start <= tokens[to]!.end && (quantity.unitEnd ?? quantity.end) >= tokens[from]!.start,
    );
    return found.length === 1 && found[0].unit !== '' ? found[0] : undefined;
  };
  const mine = read(draftTokens, first.q, last.q, text);
  const theirs = read(recordTokens, first.r, last.r, recordText);
  if (!mine || !theirs || !comparableUnits(mine.unit, theirs.unit) || sameQuantity(mine, theirs)) return undefined;
  const end = mine.unitEnd ?? mine.end;
  return {
    draft: { start: mine.start, end, text: text.slice(mine.start, end) },
    record: recordText.slice(theirs.start, theirs.unitEnd ?? theirs.end),
  };
}

/**
 * The quotation's sentences that the record has no word of: a longer quotation than the record
 * ("It was a long night. We will not walk away…"). Counts the edits they account for.
 */
/**
 * Whether the quotation only adds words to the record's (no word changed or dropped) and the
 * record's context sentence holds the whole quotation, word for word and in one run: the context
 * shows the speaker saying the added words too. Compared as token norms: quotes and dashes vary.
 */
function quotedInContext(claim: QuoteClaim, alignment: Alignment, statement: Statement): boolean {
  if (!statement.context || alignment.ops.some((op) => op.op === 'changed' || op.op === 'dropped')) return false;
  const words = claim.words.flatMap((word) => (word.token ? [word.token.norm] : []));
  const context = tokenize(statement.context).map((token) => token.norm);
  return ` ${context.join(' ')} `.includes(` ${words.join(' ')} `);
}

function extraSentences(claim: QuoteClaim, alignment: Alignment): { edits: number; text: string } {
  const sentenceOf: number[] = [];
  let sentence = 0;
  claim.words.forEach((word, index) => {
    sentenceOf[index] = sentence;
    const next = claim.words[index + 1]?.token;
    if (word.token && next && /[.!?]/.test(claim.text.slice(word.token.end - claim.start, next.start - claim.start)))
      sentence++;
  });
  const matchedSentences = new Set<number>();
  for (const op of alignment.ops)
    if ((op.op === 'same' || op.op === 'changed') && 'q' in op) matchedSentences.add(sentenceOf[op.q]);
  let edits = 0;
  const parts: string[] = [];
  for (const op of alignment.ops) {
    if (op.op === 'added' && !matchedSentences.has(sentenceOf[op.q])) {
      edits++;
      parts.push(claim.words[op.q].token!.text);
    }
  }
  return { edits, text: parts.join(' ') };
}

/** The number words of the one quantity reader, looked up per word. */
const FIGURE_WORDS = new Set(NUMBER_WORDS);

/** A figure's word: digits, or a number word of the quantity reader ("three", "million", "lakh"). */
function isFigureWord(norm: string): boolean {
  return /^\d/.test(norm) || FIGURE_WORDS.has(norm);
}

function findMatches(claim: QuoteClaim, context: JudgeContext): QuoteMatch[] {
  const tokens = claim.words.flatMap((word) => (word.token ? [word.token] : []));
  const stems = contentTokens(tokens).map((token) => token.stem);
  const queryStems = stems.length > 0 ? stems : tokens.map((token) => token.stem);
  const draftWords = tokens.length;
  const matches: QuoteMatch[] = [];
  for (const candidate of context.index.search(queryStems, draftWords <= 3 ? 20 : 8)) {
    const doc = context.index.doc(candidate.doc);
    if (doc.statement.kind !== 'quote') continue;
    const alignment = alignQuote(claim.words, doc.tokens.slice(0, MAX_RECORD_WORDS));
    if (!alignment) continue;
    const coverage = alignment.matched / draftWords;
    // A quotation longer than the record still matches when it holds the whole record verbatim.
    const holdsRecord =
      alignment.matched >= 6 && alignment.matched >= 0.9 * Math.min(doc.tokens.length, MAX_RECORD_WORDS);
    // Function words align with anything: at least half the quotation's content words must be the record's.
    // A figure changed for another ("in three or four weeks" for "in two or three weeks") still
    // places the quotation: that change is what the judge is there to catch.
    const contentMatched = alignment.ops.filter(
      (op) =>
        (op.op === 'same' && !STOPWORDS.has(claim.words[op.q].token!.norm)) ||
        (op.op === 'changed' && isFigureWord(claim.words[op.q].token!.norm) && isFigureWord(doc.tokens[op.r].norm)),
    ).length;
    const contentOk = contentMatched >= Math.ceil(0.6 * contentTokens(tokens).length);
    const exactEnough =
      draftWords <= 3
        ? alignment.edits === 0 && alignment.matched === draftWords
        : alignment.matched >= 2 && ((contentOk && coverage >= 0.6) || holdsRecord);
    if (!exactEnough) continue;
    matches.push({
      doc: candidate.doc,
      statement: doc.statement,
      alignment,
      quality: coverage - (0.5 * alignment.edits) / draftWords,
    });
  }
  return matches.sort((a, b) => b.quality - a.quality);
}

function pickMatch(matches: QuoteMatch[], speaker: string | null): QuoteMatch | undefined {
  if (matches.length === 0) return undefined;
  // Among near-equal matches, the one the draft's own speaker said wins.
  const top = matches[0].quality;
  return matches.find((match) => match.quality >= top - 0.05 && match.statement.speaker === speaker) ?? matches[0];
}

function isMisattributed(
  speaker: string | null,
  statement: Statement,
  context: JudgeContext,
  draftWords: number,
  matches: QuoteMatch[],
): boolean {
  if (!speaker || !statement.speaker || speaker === statement.speaker) return false;
  const kind = speakerKind(context, speaker);
  if (kind === 'anonymous' || kind === 'group') return false; // "an official said" is vaguer, not wrong
  if (speaksFor(context, speaker, statement.speaker)) return false;
  if (draftWords <= 3) {
    // A short phrase is only evidence of a speaker when nobody else in the corpus said it.
    const sayers = new Set(
      matches.filter((match) => match.alignment.edits === 0).map((match) => match.statement.speaker),
    );
    if (sayers.size > 1) return false;
  }
  return true;
}

/** The record's words for the stretch the draft quotes, with the draft's own ellipses and insertions kept. */
function restoreQuote(
  claim: QuoteClaim,
  alignment: Alignment,
  record: { start: number; end: number }[],
  recordText: string,
): string {
  let out = '';
  let segmentStart = -1;
  let segmentEnd = -1;
  const flush = () => {
    if (segmentStart >= 0) out += recordText.slice(record[segmentStart].start, record[segmentEnd].end);
    segmentStart = -1;
  };
  for (const op of alignment.ops) {
    if (op.op === 'gap') {
      flush();
      const gap = claim.words[op.q].gap!;
      out += out === '' ? `${gap.text} ` : ` ${gap.text} `;
      continue;
    }
    if (op.op === 'added') continue;
    const r = op.r;
    if (segmentStart < 0) segmentStart = r;
    segmentEnd = r;
  }
  flush();
  // Keep the draft's own punctuation at the ends of the quotation (“…give up,” he said).
  const trailing = /[\s,.;:!?…]*$/.exec(claim.text)?.[0].trim() ?? '';
  const restored = out.trim();
  return trailing && !restored.endsWith(trailing) ? `${restored.replace(/[,.;:!?]+$/, '')}${trailing}` : restored;
}

function recordSlice(alignment: Alignment, record: { start: number; end: number }[], recordText: string): string {
  return recordText.slice(record[alignment.recordStart].start, record[alignment.recordEnd].end);
}

const MINOR_WORDS = new Set(['the', 'of', 'a', 'an', 'and', 'on', 'in', 'to', 'for', 'at', 'with']);

/** Every word capitalised (any script's capitals, or a digit) but the minor ones: how names and titles are written. */
function capitalisedWords(tokens: { text: string; norm: string }[]): boolean {
  return tokens.every((token) => MINOR_WORDS.has(token.norm) || /^[\p{Lu}0-9]/u.test(token.text));
}

/** A record's words are a name: two words or more (callers hold it to four), capitalised as names are. */
function isTitleText(tokens: { text: string; norm: string }[]): boolean {
  return tokens.length >= 2 && capitalisedWords(tokens);
}

/** A draft's quoted words are a title or a name, not speech: six words at most, capitalised as names are. */
function isTitle(words: QuoteWord[]): boolean {
  const tokens = words.flatMap((word) => (word.token ? [word.token] : []));
  return tokens.length <= 6 && capitalisedWords(tokens);
}

/**
 * The record, of the same speaker and source, whose own words give the quantity a wrong-number
 * `slot` found only in `statement`'s context sentence; undefined when `statement`'s own words give
 * it, or no such record is found among the records sharing that sentence's topic.
 */
function figureOwner(
  slot: { range: { start: number } },
  window: ClaimWindow,
  statement: Statement,
  context: JudgeContext,
): Statement | undefined {
  const drafted = window.numbers.find((n) => n.start === slot.range.start);
  if (!drafted || !statement.context || statement.context === statement.text) return undefined;
  const gives = (record: Statement) =>
    recordedNumbers({ ...record, context: '' }).some((r) => comparableUnits(r.unit, drafted.unit));
  if (gives(statement)) return undefined;
  for (const candidate of context.index.search(topicStemsOf(statement.context), 8)) {
    const record = context.index.doc(candidate.doc).statement;
    if (
      record !== statement &&
      record.speaker === statement.speaker &&
      record.source === statement.source &&
      gives(record)
    )
      return record;
  }
  return undefined;
}
