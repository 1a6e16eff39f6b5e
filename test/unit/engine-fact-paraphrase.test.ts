// The `fact-checked` judge on paraphrases written another way: sums of money in any currency's
// spelling (text/money.ts), abbreviations, phrasal verbs, exemptions and seats of government
// (factPhrases.ts), a rate over several periods and a ratio between two years (factFigures.ts).
// Invented claims and sentences; each asserts exact results.
import * as assert from 'node:assert/strict';
import { readMoney, sameCurrency } from '../../src/engine/text/money';
import { withPhrases } from '../../src/engine/judge/factPhrases';
import { readFigures, sameFigure } from '../../src/engine/judge/factFigures';
import { tokenize } from '../../src/engine/text/tokens';
import { repeatsIn, reviewsOf } from './reviewsOf';

const money = (text: string) => readMoney(text).map((sum) => [sum.value, sum.currency, text.slice(sum.start, sum.end)]);

describe('fact-checked: sums of money however written (text/money.ts)', () => {
  it('reads codes, symbols, names and scales of several languages to one value and currency', () => {
    assert.deepEqual(money('a fee of CZK 4,200'), [[4200, 'czk', 'CZK 4,200']]);
    assert.deepEqual(money('roughly 7 mln zł'), [[7e6, 'pln', '7 mln zł']]);
    assert.deepEqual(money('it cost 3 mrd euros'), [[3e9, 'eur', '3 mrd euros']]);
    assert.deepEqual(money('a bag at Sh1,150'), [[1150, 'shilling', 'Sh1,150']]);
    assert.deepEqual(money('a bag at KSh 1,150'), [[1150, 'kes', 'KSh 1,150']]);
    assert.deepEqual(money('MX$4,500 a head'), [[4500, 'mxn', 'MX$4,500']]);
    assert.deepEqual(money('420 Kenyan shillings'), [[420, 'kes', '420 Kenyan shillings']]);
    assert.deepEqual(money('TSh 3,000 a sack'), [[3000, 'tzs', 'TSh 3,000']]);
    assert.deepEqual(money('₹3,00,000 in loans'), [[300000, 'inr', '₹3,00,000']]);
  });

  it('reads amounts in words, with "point" and with hundredths after the name', () => {
    assert.deepEqual(money('a coffee costs three euros twenty'), [[3.2, 'eur', 'three euros twenty']]);
    assert.deepEqual(money('spent four point five billion naira'), [[4.5e9, 'ngn', 'four point five billion naira']]);
  });

  it('leaves figures without a currency, and a bare scale letter without a currency before it', () => {
    assert.deepEqual(money('a 5 m wall and 40 pupils'), []);
  });

  it('holds a family name ("pesos") the same as any of its members, and no other currency', () => {
    assert.equal(sameCurrency('peso', 'php'), true);
    assert.equal(sameCurrency('peso', 'mxn'), true);
    assert.equal(sameCurrency('mxn', 'php'), false);
    assert.equal(sameCurrency('dollar', 'peso'), false);
  });
});

describe('fact-checked: phrases read as one word (factPhrases)', () => {
  const norms = (text: string) => withPhrases(tokenize(text)).map((token) => token.norm);
  it('folds an abbreviation and its expansion, hyphenated or not', () => {
    assert.deepEqual(norms('Goods and services tax went up'), ['gst', 'rise']);
    assert.deepEqual(norms('the GST went up'), ['the', 'gst', 'rise']);
    assert.deepEqual(norms('gross-domestic product'), ['gdp']);
  });

  it('reads "exempt from", "free of" and "pay no" as one', () => {
    assert.deepEqual(norms('exempt from tolls'), ['exempt', 'tolls']);
    assert.deepEqual(norms('drivers pay no tolls'), ['drivers', 'exempt', 'tolls']);
  });

  it('reads a seat of government as the government when it acts, not when it is a place', () => {
    assert.deepEqual(norms('Ottawa cut grants'), ['government', 'cut', 'grants']);
    assert.deepEqual(norms('rents in Ottawa have doubled'), ['rents', 'in', 'ottawa', 'have', 'doubled']);
    assert.deepEqual(norms('Ottawa rents'), ['ottawa', 'rents']);
  });
});

describe('fact-checked: rates over several periods and ratios between years (factFigures)', () => {
  const figures = (text: string) => readFigures(text, tokenize(text));
  it('holds "every two months" as half the amount a month, and not the same amount a month', () => {
    const [every] = figures('It pays 800 zł every two months.');
    const [monthly] = figures('It pays 400 zł a month.');
    const [same] = figures('It pays 800 zł a month.');
    assert.equal(sameFigure(every, monthly), true);
    assert.equal(sameFigure(every, same), false);
  });

  it('reads a count and a half, or a fraction, of a scale as one figure', () => {
    const read = (text: string) =>
      figures(text).map((figure) => [figure.kind, figure.value, figure.currency, text.slice(figure.start, figure.end)]);
    assert.deepEqual(read('It cost three and a half billion pounds.'), [
      ['amount', 3.5e9, 'pound', 'three and a half billion pounds'],
    ]);
    assert.deepEqual(read('a quarter of a million flats'), [['amount', 250000, undefined, 'a quarter of a million']]);
    assert.deepEqual(read('up by four and a half per cent'), [['share', 0.045, undefined, 'four and a half per cent']]);
  });

  it('reads "four times as many … in 2024 as in 2018" as a rise of 300 per cent, not the reverse order', () => {
    const later = figures('Ferries carried four times as many cyclists in 2024 as in 2018.');
    assert.deepEqual(
      later.filter((figure) => figure.kind === 'share').map((figure) => figure.value),
      [3],
    );
    const earlier = figures('Ferries carried four times as many cyclists in 2018 as in 2024.');
    assert.deepEqual(
      earlier.filter((figure) => figure.kind === 'share'),
      [],
    );
  });
});

const CORPUS = reviewsOf([
  ['tolls', 'Lorry drivers in Estonia pay no road tolls on the first 300 kilometres.'],
  ['grant', 'The federal government cut river clean-up grants by C$40 million in 2024.'],
  ['permit', 'Anglers pay 900 zł every two years for a fishing permit.'],
  ['ferry', 'Ferry crossings in Latvia quadrupled between 2018 and 2024.'],
]);
const repeats = repeatsIn('paraphrase-checks.jsonld', CORPUS);

describe('fact-checked: paraphrases in other words and spellings', () => {
  it('finds no repeat in a sentence that negates or debunks an exemption', () => {
    assert.deepEqual(
      repeats('Lorry drivers in Estonia are not exempt from road tolls on the first 300 kilometres.'),
      [],
    );
    assert.deepEqual(
      repeats('Lorry drivers in Estonia are free of road tolls on the first 300 kilometres, Roe falsely claimed.'),
      [],
    );
  });

  it('finds each paraphrase of the rated claim', () => {
    assert.deepEqual(repeats('Estonian lorry drivers do not pay road tolls on the first 300 kilometres.'), ['tolls']);
    assert.deepEqual(repeats('In Estonia, lorry drivers are exempt from road tolls on the first 300 kilometres.'), [
      'tolls',
    ]);
    assert.deepEqual(repeats('Ottawa slashed C$40m from river clean-up grants in 2024.'), ['grant']);
    assert.deepEqual(repeats('Ferry crossings in Latvia were four times as many in 2024 as in 2018.'), ['ferry']);
  });

  it('finds no repeat in a near miss: another figure, period, currency or direction', () => {
    assert.deepEqual(repeats('The federal government cut river clean-up grants by US$40 million in 2024.'), []);
    assert.deepEqual(repeats('Anglers pay 900 zł every year for a fishing permit.'), []);
    assert.deepEqual(repeats('Lorry drivers in Estonia pay road tolls on the first 300 kilometres.'), []);
    assert.deepEqual(repeats('Ferry crossings in Latvia were four times as many in 2018 as in 2024.'), []);
  });
});

const NEAR = reviewsOf([
  ['nurses', 'Ruritania has cut 4,000 nurses since 2019.'],
  ['firefighters', 'Elbonian firefighters retire at 58.'],
  ['rank', 'Norland ranks last among the 12 provinces in average nurse pay.'],
  ['dredging', 'The port authority spent €80 million on dredging in 2024.'],
  ['deported', 'Ruritania deported 12,000 migrants in 2024.'],
  ['ferry tolls', 'Cyclists in Norland pay ferry tolls on weekdays.'],
  ['output', "Ruritania's GDP grew by 4 per cent in 2024."],
  ['levy', 'The bottle levy in Norland will rise to 8 per cent in 2026.'],
  ['bridges', 'The provincial authority spent ₦3.4 billion on bridge repairs in 2023.'],
  ['asylum', 'Asylum applications in Ruritania tripled between 2020 and 2025.'],
  ['minimum', 'The minimum pension in Norland is 1,780 złoty a month.'],
  ['midwives', 'Elbonia has a shortage of 4,000 midwives.'],
]);
const nearRepeats = repeatsIn('near.jsonld', NEAR);

describe('fact-checked: near misses that share the claim’s figure', () => {
  it('finds the claim itself', () => {
    assert.deepEqual(nearRepeats('Ruritania has cut about 4,000 nurses since 2019.'), ['nurses']);
    assert.deepEqual(nearRepeats('Elbonian firefighters retire at 58.'), ['firefighters']);
    assert.deepEqual(nearRepeats('Norland ranks last among the 12 provinces in average nurse pay.'), ['rank']);
    assert.deepEqual(nearRepeats('The port authority spent €80m on dredging in 2024.'), ['dredging']);
    assert.deepEqual(nearRepeats('Ruritania deported 12,000 migrants in 2024.'), ['deported']);
  });

  it('finds no repeat in the other direction ("added" for "cut")', () => {
    assert.deepEqual(nearRepeats('Ruritania has added about 4,000 nurses since 2019.'), []);
  });

  it('finds no repeat in a group narrowed by "with"', () => {
    assert.deepEqual(nearRepeats('Elbonian firefighters with back injuries retire at 58.'), []);
  });

  it('finds no repeat in another place in a ranking, or money budgeted rather than spent', () => {
    assert.deepEqual(nearRepeats('Norland ranks 7th among the 12 provinces in average nurse pay.'), []);
    assert.deepEqual(nearRepeats("The port authority's budget for dredging in 2024 was €80 million."), []);
  });

  it('reads "do not pay" and "exempt from" as one exemption, and neither as a repeat of paying', () => {
    assert.deepEqual(nearRepeats('Norland cyclists pay ferry tolls on weekdays.'), ['ferry tolls']);
    assert.deepEqual(nearRepeats('Cyclists in Norland do not pay ferry tolls on weekdays.'), []);
    assert.deepEqual(nearRepeats('Cyclists in Norland are exempt from ferry tolls on weekdays.'), []);
  });

  it('reads a people’s adjective as its place and "the economy" as GDP', () => {
    assert.deepEqual(nearRepeats('The Ruritanian economy grew by 4 per cent in 2024.'), ['output']);
    assert.deepEqual(nearRepeats('The Ruritanian economy grew by 3 per cent in 2024.'), []);
  });

  it('reads "is set to go up to" as a rise, not a bound, and a figure with a currency letter as no qualifier', () => {
    assert.deepEqual(nearRepeats('The bottle levy in Norland is set to go up to 8% in 2026.'), ['levy']);
    assert.deepEqual(nearRepeats('The bottle levy in Norland could be up to 8% in 2026.'), []);
    assert.deepEqual(nearRepeats('In 2023 the provincial authority spent N3.4bn repairing bridges.'), ['bridges']);
  });

  it('finds no repeat in a debunk or negation written with the new readings', () => {
    assert.deepEqual(nearRepeats('Norland’s bottle levy will go up to 8% in 2026.'), ['levy']);
    assert.deepEqual(
      nearRepeats('Roe falsely claimed that the bottle levy in Norland is set to go up to 8% in 2026.'),
      [],
    );
    assert.deepEqual(nearRepeats('Ruritania received three times as many asylum claims in 2025 as in 2020.'), [
      'asylum',
    ]);
    assert.deepEqual(
      nearRepeats('Ruritania did not receive three times as many asylum claims in 2025 as in 2020.'),
      [],
    );
    assert.deepEqual(nearRepeats('Ruritania received three times as many asylum claims in 2020 as in 2025.'), []);
  });

  it('holds "złoty", "zł" and "PLN" one currency and any other currency another', () => {
    assert.deepEqual(nearRepeats('The minimum pension in Norland is PLN 1,780 a month.'), ['minimum']);
    assert.deepEqual(nearRepeats('In Norland the minimum pension is 21,360 zł a year.'), ['minimum']);
    assert.deepEqual(nearRepeats('The minimum pension in Norland is 1,780 euros a month.'), []);
  });

  it('reads "N short" as "a shortage of N", and another count as another claim', () => {
    assert.deepEqual(nearRepeats('Elbonian hospitals are 4,000 midwives short.'), ['midwives']);
    assert.deepEqual(nearRepeats('Elbonian hospitals are 2,000 midwives short.'), []);
  });

  it('reads "the United States" as the country, not a verb of saying', () => {
    assert.deepEqual(nearRepeats('The United States deported 12,000 migrants in 2024.'), []);
  });
});
