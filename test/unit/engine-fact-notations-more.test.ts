// The `fact-checked` judge on more notations of a rated claim's figure (issue 12): a span of
// academic or fiscal years ("2025/26", "2025–2026"), a multiple "three times over", a fraction of
// what a thing was "before" an event, and volumes with their scale in the abbreviation ("12 bcm").
// Invented claims and sentences on other topics than the eval sets'; each asserts exact results.
import * as assert from 'node:assert/strict';
import { readFigures } from '../../src/engine/judge/factFigures';
import { findQuantities } from '../../src/engine/text/quantities';
import { tokenize } from '../../src/engine/text/tokens';
import { repeatsOf } from './reviewsOf';

const figures = (text: string) =>
  readFigures(text, tokenize(text)).map((figure) => [
    figure.kind,
    Number(figure.value.toFixed(3)),
    text.slice(figure.start, figure.end),
  ]);

/** The rated claims (the last part of each fact-check's URL) `draft` is found to repeat. */
const repeats = repeatsOf('notations.jsonld', [
  ['water-tariffs', 'Household water tariffs in Elbonia have tripled since 2021.'],
  ['clinic-waits', 'Waiting times at Elbonian clinics have fallen by 75 per cent since the Harbour Clinic opened.'],
  ['school-grants', 'The state has awarded 40,000 school grants for the 2025/26 school year.'],
  ['lake-volume', 'Lake Vell holds 12 billion cubic metres of water.'],
]);

describe('fact-checked: more notations of a figure (factFigures, quantities)', () => {
  it('reads a span of years as two years, its short end no count', () => {
    assert.deepEqual(figures('for the 2025/26 school year'), [
      ['year', 2025, '2025'],
      ['year', 2026, '26'],
    ]);
    assert.deepEqual(figures('in the 2019–2020 season'), [
      ['year', 2019, '2019'],
      ['year', 2020, '2020'],
    ]);
  });

  it('reads "three times over" as tripled and a fraction of what it was "before" an event as a fall', () => {
    assert.deepEqual(figures('Rents have gone up four times over since 2015.'), [
      ['share', 3, 'four times over'],
      ['year', 2015, '2015'],
    ]);
    assert.deepEqual(figures('Waits are a quarter of what they were before the clinic opened.'), [
      ['share', 0.75, 'a quarter of what'],
    ]);
    // "rose three times" counts occasions, not a multiple.
    assert.deepEqual(figures('Rents rose three times.'), [['amount', 3, 'three times']]);
  });

  it('reads "bcm" and "mcm" as billions and millions of cubic metres', () => {
    const quantity = (text: string) => findQuantities(tokenize(text), text).map((found) => [found.value, found.unit]);
    assert.deepEqual(quantity('a reservoir of 12 bcm'), [[12e9, 'metre']]);
    assert.deepEqual(quantity('a reservoir of 12 billion cubic metres'), [[12e9, 'metre']]);
    assert.deepEqual(quantity('a pond of 3.5 mcm'), [[3.5e6, 'metre']]);
  });

  it('finds the claim in those notations', () => {
    assert.deepEqual(
      [
        'Household water tariffs in Elbonia have gone up three times over since 2021, Roe said.',
        'Waiting times at Elbonian clinics are a quarter of what they were before the Harbour Clinic opened, Roe said.',
        'For the 2025–2026 school year, the state has awarded 40,000 school grants, Roe said.',
        'Lake Vell holds 12 bcm of water, Roe said.',
      ].map(repeats),
      [['water-tariffs'], ['clinic-waits'], ['school-grants'], ['lake-volume']],
    );
  });

  it('finds no repeat with another figure in those notations', () => {
    assert.deepEqual(
      [
        'Household water tariffs in Elbonia have gone up four times over since 2021, Roe said.',
        'Waiting times at Elbonian clinics are half of what they were before the Harbour Clinic opened, Roe said.',
        'For the 2024–2025 school year, the state has awarded 40,000 school grants, Roe said.',
        'Lake Vell holds 12 mcm of water, Roe said.',
      ].map(repeats),
      [[], [], [], []],
    );
  });
});
