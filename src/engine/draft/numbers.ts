/**
 * Numbers in a draft: the quantities of `text/quantities.ts`, the one reader the corpus uses too.
 * Kept as its own module so the draft side names what it reads (`DraftNumber`).
 */
import type { Token } from '../text/tokens';
import { findQuantities, type Quantity } from '../text/quantities';

export { comparableUnits, formatNumberLike, sameQuantity } from '../text/quantities';

/** A number found in draft text, with the unit it counts (see `Quantity`). */
export type DraftNumber = Quantity;

/** The quantities among draft `tokens` (offsets into `text`). */
export function findNumbers(tokens: Token[], text: string): DraftNumber[] {
  return findQuantities(tokens, text);
}
