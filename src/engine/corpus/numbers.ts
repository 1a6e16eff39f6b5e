/**
 * Derives the `numbers` of a record whose file gives none, with the same reader as the draft
 * (text/quantities.ts): money with currency and scale, percentages and points, counts of any noun,
 * durations and number words. A calendar year is a date, not a count, and is left out.
 */
import type { NumberMention } from '../types';
import { tokenize } from '../text/tokens';
import { canonicalNoun, canonicalUnit, comparableUnits, findQuantities, isMoneyUnit } from '../text/quantities';

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
    const { unit: given, factor } = canonicalUnit(mention.unit);
    const unit = countedNounOfPhrase(mention, given, mention.value * factor) ?? given;
    return unit === mention.unit && factor === 1 ? mention : { ...mention, unit, value: mention.value * factor };
  });
}

/**
 * The unit the reader gives a hand-made count's own `text`, when the file named another noun of
 * that phrase: `{value: 62, unit: "tailings", text: "62 active tailings dams"}` counts what the
 * reader calls `dam`, so the draft's "26 active tailings dams" is compared with it. Undefined when
 * the file's unit is money, a percentage, a duration or a noun outside the phrase (a deliberate
 * fold such as `person` for "residents" stays as the file gives it).
 */
function countedNounOfPhrase(mention: NumberMention, given: string, value: number): string | undefined {
  if (!mention.text || given === '' || isMoneyUnit(given) || /^percent/.test(given) || comparableUnits(given, 'minute'))
    return undefined;
  const tokens = tokenize(mention.text);
  if (!tokens.some((token) => canonicalNoun(token.norm) === given)) return undefined;
  const read = findQuantities(tokens, mention.text).filter(
    (quantity) => Math.abs(quantity.value - value) <= 1e-9 * Math.max(1, Math.abs(value)),
  );
  if (read.length !== 1 || read[0].unit === '' || isMoneyUnit(read[0].unit) || comparableUnits(read[0].unit, 'minute'))
    return undefined;
  return read[0].unit;
}
