/**
 * The quantity reader (src/engine/text/quantities.ts) on money written as newsrooms outside the
 * seed beat write it: local currency abbreviations spaced or glued to the amount, ISO codes,
 * South Asian scales, and model numbers that are not scales.
 */
import * as assert from 'assert';
import { findQuantities, NUMBER_WORDS } from '../../src/engine/text/quantities';
import { tokenize } from '../../src/engine/text/tokens';

function read(text: string) {
  return findQuantities(tokenize(text), text).map((quantity) => ({
    value: quantity.value,
    unit: quantity.unit,
    text: text.slice(quantity.start, quantity.unitEnd ?? quantity.end),
  }));
}

describe('quantities: money in local styles', () => {
  it('reads local abbreviations before the amount, spaced or glued: KSh, Rp, Rs', () => {
    assert.deepStrictEqual(read('sells for KSh 5,800, up from Ksh3,900'), [
      { value: 5800, unit: 'kes', text: 'KSh 5,800' },
      { value: 3900, unit: 'kes', text: 'Ksh3,900' },
    ]);
    assert.deepStrictEqual(read('a price of Rp5,600 per kilo and Rs 500 a day'), [
      { value: 5600, unit: 'idr', text: 'Rp5,600' },
      { value: 500, unit: 'inr', text: 'Rs 500' },
    ]);
  });

  it('reads ISO codes beyond the major currencies, and currency names after the amount', () => {
    assert.deepStrictEqual(read('ETB 41,000 a quintal, or 2 million birr'), [
      { value: 41000, unit: 'etb', text: 'ETB 41,000' },
      { value: 2e6, unit: 'etb', text: '2 million birr' },
    ]);
  });

  it('reads lakh and crore as scales; an aircraft type ("46 CR-220 jets") is not one', () => {
    assert.deepStrictEqual(read('₹2,000 crore and 3 lakh tonnes'), [
      { value: 2e10, unit: 'inr', text: '₹2,000 crore' },
      { value: 3e5, unit: 'tonne', text: '3 lakh tonnes' },
    ]);
    assert.deepStrictEqual(read('all 46 CR-220 jets')[0], { value: 46, unit: '', text: '46' });
  });

  it('reads lei and Kč after the amount', () => {
    assert.deepStrictEqual(read('by 350 lei a month, or 12,000 Kč'), [
      { value: 350, unit: 'ron', text: '350 lei' },
      { value: 12000, unit: 'czk', text: '12,000 Kč' },
    ]);
  });
});

describe("NUMBER_WORDS: the quantity reader's words, which the checker also weighs as slots", () => {
  it('every word in it is read as a number, alone ("seventy ships") or as a scale ("two trillion ships", "3bn ships")', () => {
    const unread = NUMBER_WORDS.filter(
      (word) =>
        ![`${word} ships`, `two ${word} ships`, `3${word} ships`].some(
          (text) => findQuantities(tokenize(text), text).length === 1,
        ),
    );
    assert.deepEqual(unread, []);
    assert.ok(NUMBER_WORDS.includes('seventy') && NUMBER_WORDS.includes('dozen') && NUMBER_WORDS.includes('lakh'));
  });
});

describe('quantities: thousands grouped by spaces (French and Canadian style)', () => {
  it('reads "12 000 hectares" and "1 250 000" with a space, no-break or thin space as one number', () => {
    assert.deepStrictEqual(read('more than 12 000 hectares, 1\u00a0250\u00a0000 people and 3\u2009400 homes'), [
      { value: 12000, unit: 'hectare', text: '12 000 hectares' },
      { value: 1250000, unit: 'person', text: '1\u00a0250\u00a0000 people' },
      { value: 3400, unit: 'home', text: '3\u2009400 homes' },
    ]);
  });

  it('leaves a year before a count apart: "In 2026 400 firefighters" is 400 (the year is not a quantity)', () => {
    assert.deepStrictEqual(
      read('In 2026 400 firefighters came').map((q) => q.value),
      [400],
    );
  });
});
