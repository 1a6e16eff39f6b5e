/**
 * Words already on record: an exact match (ignoring case, punctuation and quotation marks) is
 * another occurrence of that record; a near match of the same speaker is shown as a conflict,
 * since one of the two texts is wrong.
 */
import type { Statement } from '../types';
import { tokenize } from '../text/tokens';
import type { ProposedStatement } from './types';

function words(text: string): string[] {
  return tokenize(text).map((token) => token.norm);
}

/** Dice similarity of two word multisets, 0 to 1. */
export function wordSimilarity(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(word, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** `occurrenceOf` or `differsFrom` for a proposal, against the corpus's statements (empty object when neither). */
export function compareWithCorpus(
  proposal: ProposedStatement,
  statements: readonly Statement[],
): Pick<ProposedStatement, 'occurrenceOf' | 'differsFrom'> {
  const mine = words(proposal.text);
  const key = mine.join(' ');
  let best: { statement: Statement; similarity: number } | undefined;
  for (const statement of statements) {
    if (statement.kind !== proposal.kind) continue;
    const theirs = words(statement.text);
    if (theirs.join(' ') === key) return { occurrenceOf: statement.id };
    if (!proposal.speaker || statement.speaker !== proposal.speaker) continue;
    const similarity = wordSimilarity(mine, theirs);
    if (similarity >= 0.7 && (!best || similarity > best.similarity)) best = { statement, similarity };
  }
  return best
    ? {
        differsFrom: {
          id: best.statement.id,
          text: best.statement.text,
          similarity: Math.round(best.similarity * 100) / 100,
        },
      }
    : {};
}
