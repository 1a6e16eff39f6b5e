// The `fact-checked` judge's `substitutes` and gap checks tell a verb said another way from a noun
// swapped for another: the claim's direction ("was cut by half", "rose") is its predicate, so
// "halved … this year" restates it, while another thing counted, place or way is still another
// claim. Invented claims and sentences; each asserts exact results.
import * as assert from 'node:assert/strict';
import { repeatsOf } from './reviewsOf';

const repeats = repeatsOf('subst.jsonld', [
  ['ferries', "Valdoria's ferry budget was cut by half in 2025."],
  ['orchards', 'Norland has added 4,000 hectares of orchards since 2019.'],
]);

describe('fact-checked: a direction said another way is no substitute (substitutes)', () => {
  it('finds the claim with its cut said as a verb and its year as "this year"', () => {
    assert.deepEqual(repeats('The government halved Valdoria’s ferry budget this year.'), ['ferries']);
    assert.deepEqual(repeats('Valdoria halved its ferry budget in 2025, the minister said.'), ['ferries']);
  });

  it('still tells another thing counted or the way turned round', () => {
    assert.deepEqual(repeats('The government halved Valdoria’s ferry fleet this year.'), []);
    assert.deepEqual(repeats('The government doubled Valdoria’s ferry budget this year.'), []);
    assert.deepEqual(repeats('The government halved Valdoria’s rail budget this year.'), []);
  });
});
