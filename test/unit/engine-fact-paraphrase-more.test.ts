// The `fact-checked` judge on more paraphrases of a rated claim: money in more currencies'
// spellings (E£/EGP/Egyptian pounds, AR$/ARS/pesos/a bare "$", S/, crowns, "half a billion"),
// everyday names of who is counted (foreign/overseas/international visitors and tourists, inmates
// and prisoners, countryside and rural) and takings ("took in" is earned); a ratio against the same
// thing's earlier level as a change ("half what it was in 2016" is halved), spans in other calendar
// units, reoffending's everyday names, a people's adjective as its place. Invented claims and
// sentences on other topics than the eval sets'; each asserts exact results.
import * as assert from 'node:assert/strict';
import { readMoney, sameCurrency } from '../../src/engine/text/money';
import { ratioChange, readFigures, sameFigure } from '../../src/engine/judge/factFigures';
import { tokenize } from '../../src/engine/text/tokens';
import { repeatsOf } from './reviewsOf';

const money = (text: string) => readMoney(text).map((sum) => [sum.value, sum.currency, text.slice(sum.start, sum.end)]);

describe('fact-checked: more currencies however written (text/money.ts)', () => {
  it('reads the prefixes of the peso, the Egyptian pound and the sol', () => {
    assert.deepEqual(money('a stipend of AR$45,000'), [[45000, 'ars', 'AR$45,000']]);
    assert.deepEqual(money('a ticket at E£ 350'), [[350, 'egp', 'E£ 350']]);
    assert.deepEqual(money('a fine of LE 2,000'), [[2000, 'egp', 'LE 2,000']]);
    assert.deepEqual(money('a grant of S/ 1,200'), [[1200, 'pen', 'S/ 1,200']]);
    assert.deepEqual(money('a levy of UYU 800'), [[800, 'uyu', 'UYU 800']]);
  });

  it('reads "Egyptian pounds", "Swedish crowns" and "half a billion" to one currency and value', () => {
    assert.deepEqual(money('half a billion Egyptian pounds'), [[5e8, 'egp', 'half a billion Egyptian pounds']]);
    assert.deepEqual(money('40 million Swedish crowns'), [[4e7, 'sek', '40 million Swedish crowns']]);
    assert.deepEqual(money('40 million crowns'), [[4e7, 'crown', '40 million crowns']]);
    assert.deepEqual(money('3 billion pounds'), [[3e9, 'pound', '3 billion pounds']]);
  });

  it('holds "pounds" any pound, and a bare "$" a dollar or a peso, never another currency', () => {
    assert.equal(sameCurrency('pound', 'egp'), true);
    assert.equal(sameCurrency('pound', 'gbp'), true);
    assert.equal(sameCurrency('pound', 'eur'), false);
    assert.equal(sameCurrency('gbp', 'egp'), false);
    assert.equal(sameCurrency('dollarsign', 'ars'), true);
    assert.equal(sameCurrency('dollarsign', 'peso'), true);
    assert.equal(sameCurrency('dollarsign', 'dollar'), true);
    assert.equal(sameCurrency('dollarsign', 'eur'), false);
    assert.equal(sameCurrency('dollar', 'peso'), false);
  });
});

const repeats = repeatsOf('more.jsonld', [
  ['wine', 'Foreign tourists spent AR$600 billion on wine in Mendoza in 2024.'],
  ['bread', 'Cairo bakeries earned E£40 billion from subsidised bread in 2024.'],
  ['cells', 'Each inmate in Valdoria costs the state 900,000 kronor a year.'],
  ['clinics', 'Half of rural villages in Norland have no clinic.'],
  ['eel', "Valdoria's eel catch fell by 80 per cent between 2000 and 2020."],
  ['frigates', 'The navy paid Rp 40 trillion for 12 frigates.'],
]);

describe('fact-checked: paraphrases in other currencies’ spellings and everyday names', () => {
  it('finds the claim with its sum written another way and its visitors named another way', () => {
    assert.deepEqual(repeats('International visitors spent ARS 600bn on wine in Mendoza in 2024.'), ['wine']);
    assert.deepEqual(repeats('Overseas tourists spent 600 billion pesos on wine in Mendoza in 2024.'), ['wine']);
    assert.deepEqual(repeats('In 2024 foreign visitors spent $600 billion on wine in Mendoza.'), ['wine']);
    assert.deepEqual(repeats('Cairo bakeries took in EGP 40bn from subsidised bread in 2024.'), ['bread']);
    assert.deepEqual(repeats('Cairo bakeries earned 40 billion Egyptian pounds from subsidised bread in 2024.'), [
      'bread',
    ]);
    assert.deepEqual(repeats('Each prisoner in Valdoria costs the state 900,000 crowns a year.'), ['cells']);
    assert.deepEqual(repeats('Half of villages in the Norland countryside have no clinic.'), ['clinics']);
    assert.deepEqual(repeats("Valdoria's eel haul fell by 80 per cent between 2000 and 2020."), ['eel']);
  });

  it('finds no repeat in a near miss: another amount, currency or group', () => {
    assert.deepEqual(repeats('International visitors spent ARS 60bn on wine in Mendoza in 2024.'), []);
    assert.deepEqual(repeats('Domestic tourists spent AR$600 billion on wine in Mendoza in 2024.'), []);
    assert.deepEqual(repeats('Cairo bakeries took in €40 billion from subsidised bread in 2024.'), []);
    assert.deepEqual(repeats('Each prisoner in Valdoria costs the state 900,000 euros a year.'), []);
    assert.deepEqual(repeats("Valdoria's eel haul fell by 60 per cent between 2000 and 2020."), []);
  });

  it('holds a sum of money the claim’s point: the count without the sum is another claim', () => {
    assert.deepEqual(repeats('The navy paid IDR 40tn for 12 frigates.'), ['frigates']);
    assert.deepEqual(repeats('The navy has ordered 12 frigates, with the first due next year.'), []);
  });

  it('finds no repeat in a debunk written with the new readings', () => {
    assert.deepEqual(
      repeats('Roe falsely claimed that overseas visitors spent 600 billion pesos on wine in Mendoza in 2024.'),
      [],
    );
    assert.deepEqual(
      repeats('There is no evidence that Cairo bakeries took in EGP 40bn from subsidised bread in 2024.'),
      [],
    );
  });
});

describe('fact-checked: a ratio against the same thing’s earlier level is a change (factFigures)', () => {
  const figures = (text: string) => readFigures(text, tokenize(text));
  const shares = (text: string) =>
    figures(text)
      .filter((figure) => figure.kind === 'share')
      .map((figure) => Number(figure.value.toFixed(3)));
  it('reads a fraction of an earlier level as a fall of the rest, a multiple as a rise', () => {
    assert.deepEqual(shares('Ridership is a tenth of what it had been in 2016.'), [0.9]);
    assert.deepEqual(shares('Ridership is half what it was in 2016.'), [0.5]);
    assert.deepEqual(shares('Tolls are three times as steep as in 2012.'), [2]);
    assert.deepEqual(shares('Anglers land a twentieth of the trout they caught in the 1990s.'), [0.95]);
    assert.equal(ratioChange('Elbonia has half as many clinics as it did in 2014.'), 'fall');
    assert.equal(ratioChange('Elbonia holds twice as many clinics as it did in 2014.'), 'rise');
    assert.equal(ratioChange('Elbonians pay twice as much as Norlanders.'), undefined);
  });

  it('holds a span in another calendar unit the same span', () => {
    const [months] = figures('within 24 months');
    const [years] = figures('within two years');
    const [other] = figures('within 18 months');
    assert.equal(sameFigure(months, years), true);
    assert.equal(sameFigure(other, years), false);
  });
});

const changed = repeatsOf('changes.jsonld', [
  ['ferries', 'Ferry ridership in Norland has halved since 2016.'],
  ['tolls', 'Bridge tolls in Valdoria have tripled since 2012.'],
  ['trout', 'Trout catches in Lake Orv have fallen by 75 per cent since the 1990s.'],
  ['clinics', 'The number of clinics in Elbonia has doubled since 2014.'],
  ['jail', 'Nearly half of people released from Ruritanian prisons are back behind bars within two years.'],
  ['cells', "Valdoria's prison population has doubled since 2012."],
  ['eels', "Velmar's eel exports fell by 40 per cent in 2024."],
  ['beds', 'More than 40 per cent of hospital beds in Norland are empty.'],
]);

describe('fact-checked: changes as ratios, spans in other units, everyday names of a measure, places and their people', () => {
  it('finds the claim restated as a ratio against its earlier level', () => {
    assert.deepEqual(changed('Ferry ridership in Norland is half what it was in 2016.'), ['ferries']);
    assert.deepEqual(changed('Bridge tolls in Valdoria are three times as steep as in 2012.'), ['tolls']);
    assert.deepEqual(changed('Anglers on Lake Orv now land a quarter of the trout they caught in the 1990s.'), [
      'trout',
    ]);
    assert.deepEqual(changed('Elbonia now has twice as many clinics as it did in 2014.'), ['clinics']);
    assert.deepEqual(changed('Valdoria now holds twice as many prisoners as it did in 2012.'), ['cells']);
    assert.deepEqual(changed('The number of people behind bars in Valdoria is twice what it was in 2012.'), ['cells']);
  });

  it('finds no repeat in another ratio, the other direction or a debunk', () => {
    assert.deepEqual(changed('Ferry ridership in Norland is twice what it was in 2016.'), []);
    assert.deepEqual(changed('Ferry ridership in Norland is a third of what it was in 2016.'), []);
    assert.deepEqual(changed('Bridge tolls in Valdoria are half what they were in 2012.'), []);
    assert.deepEqual(changed('Bridge tolls in Valdoria are three times as steep as in 2015.'), []);
    assert.deepEqual(changed('Anglers on Lake Orv now land a third of the trout they caught in the 1990s.'), []);
    assert.deepEqual(changed('Elbonia now has half as many clinics as it did in 2014.'), []);
    assert.deepEqual(
      changed('Roe wrongly claimed that bridge tolls in Valdoria are three times as steep as in 2012.'),
      [],
    );
  });

  it('reads reoffending under its everyday names, a span in months, "freed" and "close to"', () => {
    assert.deepEqual(changed('In Ruritania, close to one in two freed prisoners return to prison within 24 months.'), [
      'jail',
    ]);
    assert.deepEqual(
      changed('Almost half of people released from Ruritanian prisons commit a new crime within two years.'),
      ['jail'],
    );
    assert.deepEqual(
      changed('Nearly half of people released from Ruritanian prisons are back behind bars within 18 months.'),
      [],
    );
  });

  it('reads a people’s adjective in "-ian" as its place, and another word as another claim', () => {
    assert.deepEqual(changed('Velmarian eel exports fell by 40 per cent in 2024.'), ['eels']);
    assert.deepEqual(changed('Velmarian eel imports fell by 40 per cent in 2024.'), []);
  });
});

describe('fact-checked: a figure bounded the other way is another claim', () => {
  it('finds "over" for "more than", and none for "under", "nearly" or "more than half" for "nearly half"', () => {
    assert.deepEqual(changed('Over 40 per cent of hospital beds in Norland are empty.'), ['beds']);
    assert.deepEqual(changed('Under 40 per cent of hospital beds in Norland are empty.'), []);
    assert.deepEqual(changed('Nearly 40 per cent of hospital beds in Norland are empty.'), []);
    assert.deepEqual(
      changed('More than half of people released from Ruritanian prisons are back behind bars within two years.'),
      [],
    );
    assert.deepEqual(
      changed('Almost half of people released from Ruritanian prisons are back behind bars within two years.'),
      ['jail'],
    );
  });
});

describe('fact-checked: a family’s name after a figure in words (factFigures currencyOf)', () => {
  const money = (text: string) =>
    readFigures(text, tokenize(text))
      .filter((figure) => figure.kind === 'amount')
      .map((figure) => [figure.value, figure.currency]);

  it('"forty million pesos" is any peso, as "350,000 pesos" is; a country’s adjective keeps its own', () => {
    assert.deepEqual(money('The Tarlac ferry terminal cost forty million pesos, she said.'), [[40000000, 'peso']]);
    assert.deepEqual(money('The Tarlac ferry terminal cost forty million Mexican pesos.'), [[40000000, 'mxn']]);
    const [rated] = readFigures(
      'The Tarlac ferry terminal cost ₱40 million.',
      tokenize('The Tarlac ferry terminal cost ₱40 million.'),
    );
    const [words] = readFigures('forty million pesos', tokenize('forty million pesos'));
    const [mexican] = readFigures('forty million Mexican pesos', tokenize('forty million Mexican pesos'));
    assert.equal(sameFigure(rated, words), true);
    assert.equal(sameFigure(rated, mexican), false);
  });
});
