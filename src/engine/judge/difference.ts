// Where the draft differs from the record, as words: what a conflict's message leads with and its
// diagnostic underlines. Quotations are compared word by word (the alignment); a paraphrase that
// flips the record is read at its negation and the word it governs.
import type { Difference, OffsetRange } from '../types';
import type { Alignment, QuoteWord } from '../match/align';
import { STOPWORDS, topicStems, type Token } from '../text/tokens';
import { isEvidenceWord, isNegationCue, isPartialQuantifier, negatedMeasure } from './negation';

export interface LocatedDifference {
  difference: Difference;
  /** The draft's differing words (from the first change to the last): the diagnostic's range. */
  range: OffsetRange;
}

/**
 * The changed stretches of a quotation against its record. The message names the first; the
 * range covers the draft's words from the first change to the last. A stretch with words on one
 * side only (a word dropped or added) takes the shared word either side of it (“are going” where
 * the record has “are not going”); a flip (`negation`) takes the word it governs (“had promised”
 * where the record has “never promised”).
 * Undefined when nothing differs.
 */
export function quoteDifference(
  alignment: Alignment,
  words: QuoteWord[],
  record: Token[],
  recordText: string,
  draftText: string,
  negation: boolean,
): LocatedDifference | undefined {
  const ops = alignment.ops;
  const hunks: { from: number; to: number }[] = [];
  ops.forEach((op, index) => {
    if (op.op === 'same' || op.op === 'gap') return;
    const last = hunks[hunks.length - 1];
    if (last && last.to === index - 1) last.to = index;
    else hunks.push({ from: index, to: index });
  });
  if (hunks.length === 0) return undefined;
  const spans = hunks.map((hunk) => {
    let { from, to } = hunk;
    const side = (which: 'q' | 'r') => ops.slice(from, to + 1).some((op) => which in op);
    if (!side('q') || !side('r')) {
      // Words on one side only: the shared words either side show where.
      if (ops[from - 1]?.op === 'same') from--;
      if (ops[to + 1]?.op === 'same') to++;
    } else if (negation) {
      // A flip shows the word it governs: “had promised” against “never promised”.
      if (ops[to + 1]?.op === 'same') to++;
      else if (ops[from - 1]?.op === 'same') from--;
    }
    const draftTokens = ops
      .slice(from, to + 1)
      .flatMap((op) => ('q' in op && words[op.q].token ? [words[op.q].token!] : []));
    let recordTokens = ops.slice(from, to + 1).flatMap((op) => ('r' in op ? [record[op.r]] : []));
    // Words the draft adds at the quotation's end (or start) stand where the record goes on with
    // words the alignment trimmed: “give in” against the record's “give up”, not against “give”.
    const added = hunk.to - hunk.from + 1;
    const draftOnly = !ops.slice(hunk.from, hunk.to + 1).some((op) => 'r' in op);
    if (draftOnly && hunk.to === ops.length - 1)
      recordTokens = [...recordTokens, ...record.slice(alignment.recordEnd + 1, alignment.recordEnd + 1 + added)];
    else if (draftOnly && hunk.from === 0)
      recordTokens = [
        ...record.slice(Math.max(0, alignment.recordStart - added), alignment.recordStart),
        ...recordTokens,
      ];
    return { draftTokens, recordTokens };
  });
  const first = spans[0];
  const slice = (text: string, tokens: { start: number; end: number }[]) =>
    tokens.length ? text.slice(tokens[0].start, tokens[tokens.length - 1].end) : '';
  const draftAll = spans.flatMap((span) => span.draftTokens);
  const range = draftAll.length ? { start: draftAll[0].start, end: draftAll[draftAll.length - 1].end } : undefined;
  if (!range) return undefined;
  return {
    difference: {
      draft: slice(draftText, first.draftTokens),
      record: slice(recordText, first.recordTokens),
      ...(spans.length > 1 ? { more: spans.length - 1 } : {}),
    },
    range,
  };
}

/** How far after a negation its governed word may be ("will not at any time pull"). */
const GOVERNED_REACH = 4;

/**
 * The words that flip in a paraphrase: the negation and the word it governs on one side
 * (“never promised”), the same word and the one before it on the other (“had promised”).
 * `draftText` and `recordText` are the texts the tokens' offsets index. Undefined when the
 * governed word is not on both sides (an antonym, a reworded verb).
 */
export function flipDifference(
  draft: Token[],
  draftText: string,
  record: Token[],
  recordText: string,
): LocatedDifference | undefined {
  const located = (draftSpan: Token[], recordSpan: Token[]): LocatedDifference => ({
    difference: {
      draft: draftText.slice(draftSpan[0].start, draftSpan[draftSpan.length - 1].end),
      record: recordText.slice(recordSpan[0].start, recordSpan[recordSpan.length - 1].end),
    },
    range: { start: draftSpan[0].start, end: draftSpan[draftSpan.length - 1].end },
  });
  const fromRecord = negatedSpan(record, draft);
  if (fromRecord) return located(fromRecord.other, fromRecord.negated);
  const fromDraft = negatedSpan(draft, record);
  if (fromDraft) return located(fromDraft.negated, fromDraft.other);
  return undefined;
}

/** A negation in `negatedSide` whose governed word stands un-negated in `other`: both spans. */
function negatedSpan(negatedSide: Token[], other: Token[]): { negated: Token[]; other: Token[] } | undefined {
  for (let index = 0; index < negatedSide.length; index++) {
    if (!isNegationCue(negatedSide, index)) continue;
    const measure = negatedMeasure(negatedSide, index);
    for (let k = index + 1; k < negatedSide.length && k <= index + GOVERNED_REACH + measure.length; k++) {
      if (STOPWORDS.has(negatedSide[k].norm) || measure.includes(k) || isEvidenceWord(negatedSide[k].norm)) continue;
      const word = negatedSide[k];
      const at = other.findIndex((token, j) => sameWord(token, word) && !cueBefore(other, j));
      if (at < 0) break;
      // "not" leans on its auxiliary: “will not raise” against “would raise”.
      // A negated quantity ("not one krone of") leans on nothing.
      const from = negatedSide[index].norm === 'not' && index > 0 && measure.length === 0 ? index - 1 : index;
      // The other side's words up to the governed one, as many as the negated side has without its cue.
      const length = Math.max(2, k - from);
      // "some of the frost" against "none of the frost": the other side's quantifier is the flip.
      const start = Math.max(0, at + 1 - length);
      let quantified = start;
      for (let q = Math.max(0, start - 1); q < at; q++)
        if (isPartialQuantifier(other[q].norm)) {
          quantified = q;
          break;
        }
      return { negated: negatedSide.slice(from, k + 1), other: other.slice(quantified, at + 1) };
    }
  }
  return undefined;
}

/** The same word, or one paraphrase swaps for it ("back" and "support", "prepared" and "ready"). */
function sameWord(a: Token, b: Token): boolean {
  return a.stem === b.stem || (topicStems([a])[0] ?? a.stem) === (topicStems([b])[0] ?? b.stem);
}

function cueBefore(tokens: Token[], at: number): boolean {
  for (let i = Math.max(0, at - GOVERNED_REACH); i < at; i++) if (isNegationCue(tokens, i)) return true;
  return false;
}
