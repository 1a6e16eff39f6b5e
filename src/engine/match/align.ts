import type { DiffPart } from '../types';
import type { Token } from '../text/tokens';

/** A word of a draft quotation, or an elision the reporter marked ("…", "[Putin]"). */
export interface QuoteWord {
  token?: Token;
  /** An ellipsis or a [bracketed] insertion: a legitimate edit that may stand for any record words. */
  gap?: { text: string; start: number; end: number; bracket: boolean };
}

export type AlignOp =
  | { op: 'same'; q: number; r: number }
  | { op: 'changed'; q: number; r: number }
  | { op: 'added'; q: number }
  | { op: 'dropped'; r: number }
  | { op: 'gap'; q: number; rFrom: number; rTo: number };

export interface Alignment {
  ops: AlignOp[];
  /** Draft words equal to their record word. */
  matched: number;
  /** Draft words (not counting gaps). */
  draftWords: number;
  /** Words changed, added or dropped inside the quoted stretch. */
  edits: number;
  /** First and last record token the quotation covers. */
  recordStart: number;
  recordEnd: number;
  score: number;
}

const MATCH = 2;
const MISMATCH = -1;
const GAP = -1;

/**
 * Local alignment (Smith–Waterman on words) of a draft quotation against a record. Words the
 * draft trims from either end of the record cost nothing (a partial quote is legitimate); an
 * ellipsis or a [bracketed] insertion may stand for any run of record words; every other
 * change, addition or omission is an edit. O(draft × record) words, both bounded by the caller.
 */
export function alignQuote(draft: QuoteWord[], record: Token[]): Alignment | undefined {
  const n = draft.length;
  const m = record.length;
  if (n === 0 || m === 0) return undefined;
  const width = m + 1;
  const score = new Float64Array((n + 1) * width);
  const move = new Uint8Array((n + 1) * width); // 0 start, 1 diagonal, 2 up (draft word added), 3 left (record word dropped)
  for (let i = 1; i <= n; i++) {
    const word = draft[i - 1];
    const row = i * width;
    const previous = (i - 1) * width;
    score[row] = score[previous] + (word.gap ? 0 : GAP);
    move[row] = 2;
    for (let j = 1; j <= m; j++) {
      let best: number;
      let how: number;
      if (word.gap) {
        best = score[previous + j];
        how = 2;
      } else {
        best = score[previous + j - 1] + (word.token!.norm === record[j - 1].norm ? MATCH : MISMATCH);
        how = 1;
        const up = score[previous + j] + GAP;
        if (up > best) {
          best = up;
          how = 2;
        }
      }
      const left = score[row + j - 1] + (word.gap ? 0 : GAP);
      if (left > best) {
        best = left;
        how = 3;
      }
      score[row + j] = best;
      move[row + j] = how;
    }
  }
  let endJ = 0;
  for (let j = 1; j <= m; j++) if (score[n * width + j] > score[n * width + endJ]) endJ = j;

  const ops: AlignOp[] = [];
  let i = n;
  let j = endJ;
  while (i > 0) {
    const how = move[i * width + j];
    const word = draft[i - 1];
    if (word.gap) {
      const gapEnd = j;
      while (j > 0 && move[i * width + j] === 3) j--;
      ops.push({ op: 'gap', q: i - 1, rFrom: j, rTo: gapEnd });
      i--;
      continue;
    }
    if (how === 1 && j > 0) {
      ops.push({ op: word.token!.norm === record[j - 1].norm ? 'same' : 'changed', q: i - 1, r: j - 1 });
      i--;
      j--;
    } else if (how === 3 && j > 0) {
      ops.push({ op: 'dropped', r: j - 1 });
      j--;
    } else {
      ops.push({ op: 'added', q: i - 1 });
      i--;
    }
  }
  ops.reverse();
  // Record words dropped before the first or after the last matched word are trimming, not edits.
  while (ops.length && ops[0].op === 'dropped') ops.shift();
  while (ops.length && ops[ops.length - 1].op === 'dropped') ops.pop();
  pairEdgeWords(ops, m);

  let matched = 0;
  let edits = 0;
  let recordStart = Infinity;
  let recordEnd = -1;
  for (const op of ops) {
    if (op.op === 'same') matched++;
    if (op.op === 'changed' || op.op === 'added' || op.op === 'dropped') edits++;
    if (op.op === 'same' || op.op === 'changed') {
      recordStart = Math.min(recordStart, op.r);
      recordEnd = Math.max(recordEnd, op.r);
    }
    if (op.op === 'dropped') recordEnd = Math.max(recordEnd, op.r);
  }
  if (recordEnd < 0) return undefined;
  return {
    ops,
    matched,
    draftWords: draft.filter((word) => !word.gap).length,
    edits,
    recordStart,
    recordEnd,
    score: score[n * width + endJ],
  };
}

/**
 * Word-level diff for display, in reading order (see DiffPart): a changed word gives the draft's
 * word, then the record's. With `recordText` (the text the record tokens index) and `draftText`
 * (the text the draft tokens' offsets index), each word keeps the punctuation after it ("give
 * up."), so the record's words read as printed; without, the bare words.
 */
export function diffParts(
  alignment: Alignment,
  draft: QuoteWord[],
  record: Token[],
  recordText?: string,
  draftText?: string,
): DiffPart[] {
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += ` ${text}`;
    else parts.push({ op, text });
  };
  const recordWord = (r: number) =>
    recordText === undefined ? record[r].text : withPunctuation(recordText, record[r], record[r + 1]);
  const draftWord = (q: number) => {
    const token = draft[q].token!;
    if (draftText === undefined) return token.text;
    const next = draft.slice(q + 1).find((word) => word.token || word.gap);
    return withPunctuation(draftText, token, next?.token ?? next?.gap);
  };
  for (const op of alignment.ops) {
    if (op.op === 'same') push('same', recordWord(op.r));
    else if (op.op === 'changed') {
      push('added', draftWord(op.q));
      push('removed', recordWord(op.r));
    } else if (op.op === 'added') push('added', draftWord(op.q));
    else if (op.op === 'dropped') push('removed', recordWord(op.r));
    else push('same', draft[op.q].gap!.text);
  }
  return parts;
}

/** Longest run of draft words at a quotation's edge read as replacing the record's next words. */
const EDGE_RUN = 2;

/**
 * A fragment's free ends hide substitutions: "Better late than never" against the record "Better
 * late than lost." aligns "never" as added, with "lost" left outside the fragment. One or two
 * words added at either edge where the record goes on are the record's neighbouring words
 * changed, so the diff and the restored quote show "lost". Rewrites `ops` in place.
 */
function pairEdgeWords(ops: AlignOp[], recordLength: number): void {
  const anchored = ops.filter((op): op is AlignOp & { r: number } => op.op === 'same' || op.op === 'changed');
  if (anchored.length === 0) return;
  let tail = 0;
  while (tail < ops.length && ops[ops.length - 1 - tail].op === 'added') tail++;
  let next = anchored[anchored.length - 1].r + 1;
  if (tail > 0 && tail <= EDGE_RUN && next + tail <= recordLength) {
    for (let k = ops.length - tail; k < ops.length; k++)
      ops[k] = { op: 'changed', q: (ops[k] as { q: number }).q, r: next++ };
  }
  let head = 0;
  while (head < ops.length && ops[head].op === 'added') head++;
  const before = anchored[0].r;
  if (head > 0 && head <= EDGE_RUN && before - head >= 0) {
    for (let k = 0; k < head; k++) ops[k] = { op: 'changed', q: (ops[k] as { q: number }).q, r: before - head + k };
  }
}

/** The word and the punctuation after it, up to the next word or the next space. */
function withPunctuation(
  text: string,
  word: { start: number; end: number },
  next: { start: number } | undefined,
): string {
  const rest = text.slice(word.end, next ? next.start : Math.min(text.length, word.end + 4));
  const punctuation = /^[^\s\p{L}\p{N}]*/u.exec(rest)![0];
  return text.slice(word.start, word.end) + punctuation.replace(/[“”"([]/g, '');
}
