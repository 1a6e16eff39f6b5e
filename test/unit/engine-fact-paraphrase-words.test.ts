// The `fact-checked` judge on paraphrases that say a rated claim in other words (issue 12): a
// multiple against the same thing's earlier level dated by a month or with what was paid for
// ("three times what it did in June 2019", "twice as many … as in 2014"); a programme called a
// scheme, its beneficiaries its recipients, passengers commuters, standards rules or norms. Invented claims and
// sentences on other topics than the eval sets'; each asserts exact results, near misses included.
import * as assert from 'node:assert/strict';
import { ratioChange, readFigures } from '../../src/engine/judge/factFigures';
import { tokenize } from '../../src/engine/text/tokens';
import { repeatsOf } from './reviewsOf';

const repeats = repeatsOf('words.jsonld', [
  ['ferries', 'Ferry fares in Valdoria have tripled since March 2019.'],
  ['clinics', 'The number of villages declared free of malaria has doubled since 2014.'],
  ['milk', 'The national school milk programme serves 300,000 rural pupils.'],
  ['grants', 'Half of housing grant beneficiaries in Norland live in rented rooms.'],
  ['tram', 'The Valdoria tramway carries 90,000 passengers on an average weekday.'],
  ['wells', 'Forty per cent of wells in Norland fail drinking water standards.'],
]);

describe('fact-checked: a multiple of an earlier level, dated by a month or after what was paid', () => {
  const shares = (text: string) =>
    readFigures(text, tokenize(text))
      .filter((figure) => figure.kind === 'share')
      .map((figure) => Number(figure.value.toFixed(3)));

  it('reads the ratio as a rise of (n − 1) × 100 per cent, as "tripled" is', () => {
    assert.deepEqual(shares('A ferry ride costs three times what it did in March 2019.'), [2]);
    assert.deepEqual(shares('Islanders pay three times what they paid for a ferry ticket in 2019.'), [2]);
    assert.deepEqual(shares('Twice as many villages have been declared free of malaria as in 2014.'), [1]);
    assert.equal(ratioChange('A ferry ride costs half what it did in March 2019.'), 'fall');
  });

  it('reads a ratio with no other side, counted since a year, as the change since then', () => {
    assert.deepEqual(shares('Since 2014, twice as many villages have been declared free of malaria.'), [1]);
    assert.deepEqual(shares('Twice as many villages have been declared free of malaria since 2014.'), [1]);
    assert.deepEqual(shares('Since 2014, twice as many villages as towns have been declared free of malaria.'), []);
    assert.equal(ratioChange('Since 2015, half as many ferries have sailed to the islands.'), 'fall');
    assert.deepEqual(
      repeats('Since 2014, twice as many villages have been declared free of malaria, the ministry said.'),
      ['clinics'],
    );
    assert.deepEqual(repeats('Since 2014, three times as many villages have been declared free of malaria.'), []);
  });

  it('keeps a comparison of two groups a ratio, not a change', () => {
    assert.deepEqual(shares('Islanders pay three times what mainlanders pay for a ferry ticket.'), []);
    assert.equal(ratioChange('Islanders pay twice as much for a ferry ride as mainlanders in 2019.'), undefined);
  });

  it('finds the rated claim so paraphrased, and not another multiple or another year', () => {
    assert.deepEqual(repeats('Ferry fares in Valdoria are now three times what they were in March 2019.'), ['ferries']);
    assert.deepEqual(repeats('In Valdoria ferry fares cost three times what they did in March 2019.'), ['ferries']);
    assert.deepEqual(
      repeats('Twice as many villages have been declared free of malaria as in 2014, the ministry said.'),
      ['clinics'],
    );
    assert.deepEqual(repeats('Ferry fares in Valdoria are now four times what they were in March 2019.'), []);
    assert.deepEqual(repeats('Ferry fares in Valdoria are now three times what they were in March 2021.'), []);
    assert.deepEqual(repeats('Three times as many villages have been declared free of malaria as in 2014.'), []);
  });
});

describe('fact-checked: general claim nouns under their other names (factWords.ts)', () => {
  it('reads a scheme as a programme, recipients as beneficiaries, commuters as passengers, rules as standards', () => {
    assert.deepEqual(repeats('The national school milk scheme serves 300,000 rural pupils, the minister said.'), [
      'milk',
    ]);
    assert.deepEqual(repeats('Half of housing grant recipients in Norland live in rented rooms.'), ['grants']);
    assert.deepEqual(repeats('The Valdoria tramway carries 90,000 commuters on an average weekday.'), ['tram']);
    assert.deepEqual(repeats('Forty per cent of wells in Norland fail drinking water rules.'), ['wells']);
  });

  it('keeps another figure or another place another claim', () => {
    assert.deepEqual(repeats('The national school milk scheme serves 200,000 rural pupils.'), []);
    assert.deepEqual(repeats('Half of housing grant recipients in Valdoria live in rented rooms.'), []);
    assert.deepEqual(repeats('The Valdoria tramway carries 60,000 commuters on an average weekday.'), []);
    assert.deepEqual(repeats('Forty per cent of wells in Valdoria fail drinking water rules.'), []);
  });
});
