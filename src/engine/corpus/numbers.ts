/**
 * Derives the `numbers` of a record whose file gives none, with the same reader as the draft
 * (text/quantities.ts): money with currency and scale, percentages and points, counts of any noun,
 * durations and number words. A calendar year is a date, not a count, and is left out.
 */
import type { NumberMention } from '../types';
import { tokenize } from '../text/tokens';
import { canonicalUnit, findQuantities } from '../text/quantities';

export function deriveNumbers(text: string): NumberMention[] {
  return findQuantities(tokenize(text), text).map((quantity) => {
    const mention: NumberMention = {
      value: quantity.value,
      unit: quantity.unit,
      text: text.slice(quantity.start, quantity.unitEnd ?? quantity.end),
    };
    if (quantity.approx) mention.approx = quantity.approx;
    if (quantity.tolerance) mention.tolerance = quantity.tolerance;
    return mention;
  });
}

/**
 * A record's numbers as a corpus file gives them, in the reader's canonical units: `GBP`,
 * `pounds` and `£` are `gbp`; `per cent` is `percent`; basis points are hundredths of a
 * percentage point; `people` is `person`. A file's own numbers are checked exactly as derived ones.
 */
export function canonicalNumbers(numbers: readonly NumberMention[]): NumberMention[] {
  return numbers.map((mention) => {
    const { unit, factor } = canonicalUnit(mention.unit);
    return unit === mention.unit && factor === 1 ? mention : { ...mention, unit, value: mention.value * factor };
  });
}
