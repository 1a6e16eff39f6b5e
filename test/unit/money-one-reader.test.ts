/**
 * One lexicon of money (src/engine/text/money.ts) for both readers: the quantity reader that every
 * kind of finding compares numbers with (quantities.ts) and the sums the `fact-checked` judge reads
 * (`readMoney`). A currency the lexicon knows is read by both, to the same currency; invented
 * amounts on invented topics, exact results.
 */
import * as assert from 'node:assert/strict';
import { findQuantities } from '../../src/engine/text/quantities';
import { codeOf, readMoney } from '../../src/engine/text/money';
import { tokenize } from '../../src/engine/text/tokens';

const quantity = (text: string) =>
  findQuantities(tokenize(text), text).map((found) => [found.value, found.unit, text.slice(found.start, found.end)]);
const sum = (text: string) =>
  readMoney(text).map((found) => [found.value, codeOf(found.currency), text.slice(found.start, found.end)]);

describe('money: one lexicon for the quantity reader and the fact-check reader', () => {
  it('reads minor units named after the whole units as hundredths: "17 pounds and 50 piastres"', () => {
    assert.deepEqual(sum('diesel at 17 pounds and 50 piastres a litre'), [
      [17.5, codeOf('pound'), '17 pounds and 50 piastres'],
    ]);
    assert.deepEqual(sum('two euros and fifty cents'), [[2.5, 'eur', 'two euros and fifty cents']]);
    assert.deepEqual(sum('12 hryvnias 40 kopiykas'), [[12.4, 'uah', '12 hryvnias 40 kopiykas']]);
    // "and" with no minor unit after its number joins another thing counted.
    assert.deepEqual(sum('it cost 17 pounds and 50 people came'), [[17, codeOf('pound'), '17 pounds']]);
  });

  it('reads letters before a sign as one currency in both readers: MX$, AR$, E£', () => {
    assert.deepEqual(quantity('a fee of MX$4,500'), [[4500, 'mxn', 'MX$4,500']]);
    assert.deepEqual(sum('a fee of MX$4,500'), [[4500, 'mxn', 'MX$4,500']]);
    assert.deepEqual(quantity('a ticket at AR$45,000'), [[45000, 'ars', 'AR$45,000']]);
    assert.deepEqual(quantity('a ticket at E£350'), [[350, 'egp', 'E£350']]);
    assert.deepEqual(sum('a ticket at E£350'), [[350, 'egp', 'E£350']]);
  });

  it('reads letter prefixes and names from the one lexicon in both readers: Sh, LE, crowns, roubles', () => {
    assert.deepEqual(quantity('a sack at Sh 2,500'), [[2500, 'kes', 'Sh 2,500']]);
    assert.deepEqual(sum('a sack at Sh 2,500'), [[2500, 'kes', 'Sh 2,500']]);
    assert.deepEqual(quantity('a fine of LE 2,000'), [[2000, 'egp', 'LE 2,000']]);
    assert.deepEqual(
      quantity('it cost 40 million crowns').map(([value, unit]) => [value, unit]),
      [[4e7, 'sek']],
    );
    assert.deepEqual(sum('it cost 40 million roubles'), [[4e7, 'rub', '40 million roubles']]);
    assert.deepEqual(
      readMoney('it cost 40 million kroner').map((found) => [found.value, found.currency]),
      [[4e7, 'krone']],
    );
    assert.deepEqual(
      quantity('it cost 40 million kroner').map(([value, unit]) => [value, unit]),
      [[4e7, 'nok']],
    );
  });

  it('reads rand and naira written with a plain letter only with grouped thousands or a scale', () => {
    assert.deepEqual(
      readMoney('R5 billion and N1.2tn, not N95').map((found) => [found.value, found.currency]),
      [
        [5e9, 'zar'],
        [1.2e12, 'ngn'],
      ],
    );
  });

  it('reads "real" and "won" as currencies only capitalised', () => {
    assert.deepEqual(sum('the team 3 won'), []);
    assert.deepEqual(sum('a fee of 300 Won'), [[300, 'krw', '300 Won']]);
  });
});
