/**
 * Numbers in a draft: the quantities of `text/quantities.ts`, the one reader the corpus uses too.
 * Kept as its own module so the draft side names what it reads (`DraftNumber`), and what only a
 * draft's figures carry: the range a pair of them gives.
 */
import type { Token } from '../text/tokens';
import { findQuantities, type Quantity } from '../text/quantities';

export { comparableUnits, formatNumberLike, sameQuantity } from '../text/quantities';

/** A number found in draft text, with the unit it counts (see `Quantity`). */
export interface DraftNumber extends Quantity {
  /**
   * Both ends of a range the number is one end of ("3,000 to 4,000 cusecs", "between 3 and 4
   * per cent", "10–12 days"), in its unit: a record's value inside it is no wrong number.
   */
  range?: { low: number; high: number };
  /** An average ("averaged 4,100", "an average of 20 hours", "6 a day on average"): another measure than a figure on one day. */
  average?: true;
}

/** The quantities among draft `tokens` (offsets into `text`), each end of a range marked with it. */
export function findNumbers(tokens: Token[], text: string): DraftNumber[] {
  const numbers: DraftNumber[] = findQuantities(tokens, text).map((number) =>
    isAverage(number, tokens) ? { ...number, average: true } : number,
  );
  for (let k = 0; k + 1 < numbers.length; k++) {
    const [low, high] = [numbers[k], numbers[k + 1]];
    const range = rangeBetween(low, high, tokens, text);
    if (!range) continue;
    // "3,000-4,000 cusecs": the first end counts what the second does.
    numbers[k] = { ...low, unit: low.unit || high.unit, range };
    numbers[k + 1] = { ...high, range };
    k++;
  }
  return numbers;
}

/** Words right before a figure that make it an average: "averaged 4,100", "averaging about 20". */
const AVERAGE_VERBS = new Set(['average', 'averaged', 'averages', 'averaging']);
const HEDGES = new Set([
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'some',
  'just',
  'over',
  'under',
  'approximately',
]);

/** The figure is an average: "averaged 4,100", "an average of 20 hours", "20 hours on average". */
function isAverage(number: Quantity, tokens: Token[]): boolean {
  let k = tokens.findIndex((token) => token.start >= number.start);
  if (k < 0) return false;
  const last = tokens.findIndex((token) => token.start >= (number.unitEnd ?? number.end));
  if (last >= 0 && tokens[last].norm === 'on' && tokens[last + 1]?.norm === 'average') return true;
  k--;
  while (k >= 0 && HEDGES.has(tokens[k].norm)) k--;
  if (k < 0) return false;
  if (tokens[k].norm === 'of' && tokens[k - 1]?.norm === 'average') return true;
  return AVERAGE_VERBS.has(tokens[k].norm) && tokens[k].norm !== 'average';
}

/** Words of change before "X to Y": a move by X to the level Y, not a range ("rose 6 points to 38 per cent"). */
const CHANGE_WORDS = new Set(
  (
    'rise rises rose risen rising fall falls fell fallen falling increase increases increased grow grows grew grown ' +
    'climb climbs climbed jump jumps jumped drop drops dropped cut cuts raise raises raised lift lifts lifted lower ' +
    'lowers lowered boost boosts boosted gain gains gained lose loses lost slip slips slipped up down by'
  ).split(' '),
);

/**
 * The range two neighbouring figures give: "X to Y", "X-Y", "X–Y" or "between X and Y", low
 * before high, in one unit (the first may leave it to the second). Not a change ("from 3 to 4
 * per cent", "rose 6 points to 38 per cent") read as a span: "from" or a verb of change before
 * the first makes it a change, and a tally ("35 votes to 31") runs high to low.
 */
function rangeBetween(
  low: DraftNumber,
  high: DraftNumber,
  tokens: Token[],
  text: string,
): { low: number; high: number } | undefined {
  if (low.unit !== '' && low.unit !== high.unit) return undefined;
  if (high.unit === '' || !(low.value < high.value)) return undefined;
  const gapStart = low.unitEnd !== undefined && low.unitEnd <= high.start ? low.unitEnd : low.end;
  const gap = text.slice(gapStart, high.start);
  const first = tokens.findIndex((token) => token.start >= low.start);
  // "up to 3,000": the word before the figure (or its currency symbol) decides.
  const lead = first > 0 ? tokens[first - 1].norm : '';
  if (/^\s*(?:to|[-\u2013\u2014])\s*$/.test(gap) && lead !== 'from' && !CHANGE_WORDS.has(lead))
    return { low: low.value, high: high.value };
  if (/^\s*and\s*$/.test(gap) && lead === 'between') return { low: low.value, high: high.value };
  return undefined;
}
