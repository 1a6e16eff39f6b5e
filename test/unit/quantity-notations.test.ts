/**
 * Quantities in the other notations a paraphrase writes them in (issue 12), read alike by the
 * quantity reader (quantities.ts, every kind of finding) and the money reader (`readMoney`, the
 * `fact-checked` judge): Philippine pesos and naira with a plain "P" or "N", the lira's "TL", ISO
 * codes glued to the amount, "tr" for trillion, Spanish and Turkish scales, dot thousands and
 * decimal commas, hundreds in words, and per cent glued as "pc". Each notation with its near
 * misses (names, US prices to three decimals, English scales after a decimal point). Invented
 * amounts on invented topics; exact results.
 */
import * as assert from 'node:assert/strict';
import { findQuantities, formatNumberLike } from '../../src/engine/text/quantities';
import { moneyNumeral, readMoney } from '../../src/engine/text/money';
import { readFigures } from '../../src/engine/judge/factFigures';
import { tokenize } from '../../src/engine/text/tokens';
import { repeatsOf } from './reviewsOf';

const quantity = (text: string) =>
  findQuantities(tokenize(text), text).map((found) => [
    found.value,
    found.unit,
    text.slice(found.start, found.unitEnd ?? found.end),
  ]);
const money = (text: string) => readMoney(text).map((sum) => [sum.value, sum.currency, text.slice(sum.start, sum.end)]);

describe('quantities: money in other notations, both readers (issue 12)', () => {
  it('reads the Philippine peso and the naira with a plain letter only with grouped thousands or a scale', () => {
    assert.deepEqual(money('a grant of P3,000 and a fund of P8.5 billion'), [
      [3000, 'php', 'P3,000'],
      [8.5e9, 'php', 'P8.5 billion'],
    ]);
    assert.deepEqual(money('subsidies of N4.4trn'), [[4.4e12, 'ngn', 'N4.4trn']]);
    // A letter and digits alone are a name: a form, a mask, a page.
    assert.deepEqual(money('the P45 form, the N95 mask and P1 priority'), []);
  });

  it('reads the kwacha’s (or kina’s, kyat’s) plain "K" only with grouped thousands or a scale', () => {
    assert.deepEqual(money('a wage of K4,500 and a bill of K18bn'), [
      [4500, 'ksign', 'K4,500'],
      [18e9, 'ksign', 'K18bn'],
    ]);
    // Not the figure after the comma either ("500" of "K4,500").
    assert.equal(figures('a wage of K4,500 a month').length, 1);
    assert.deepEqual(money('the K2 summit and K12 schools'), []);
  });

  it('reads the lira’s "TL", a glued ISO code and "tr" for trillion in both readers', () => {
    assert.deepEqual(money('TL400bn in taxes'), [[4e11, 'try', 'TL400bn']]);
    assert.deepEqual(quantity('TL400bn in taxes'), [[4e11, 'try', 'TL400bn']]);
    assert.deepEqual(money('debt past Rs70tr'), [[7e13, 'rupee', 'Rs70tr']]);
    assert.deepEqual(quantity('debt past Rs70tr'), [[7e13, 'inr', 'Rs70tr']]);
    assert.deepEqual(money('some VND8 trillion on dykes'), [[8e12, 'vnd', 'VND8 trillion']]);
    assert.deepEqual(quantity('some VND8 trillion on dykes'), [[8e12, 'vnd', 'VND8 trillion']]);
    assert.deepEqual(quantity('a USD4bn loan'), [[4e9, 'usd', 'USD4bn']]);
    // A code glued to a bare figure is a name ("MAD2" is a gene, "CAD3" a drawing).
    assert.deepEqual(money('the MAD2 gene and CAD3 files'), []);
    assert.deepEqual(quantity('the MAD2 gene and CAD3 files'), []);
  });

  it('reads Spanish and Turkish scales after money: "millones", "milyar"', () => {
    assert.deepEqual(money('fines of $3.000 millones'), [[3e9, 'dollarsign', '$3.000 millones']]);
    assert.deepEqual(quantity('fines of $3.000 millones'), [[3e9, 'usd', '$3.000 millones']]);
    assert.deepEqual(money('some ₺400 milyar'), [[4e11, 'try', '₺400 milyar']]);
    assert.deepEqual(quantity('some ₺400 milyar'), [[4e11, 'try', '₺400 milyar']]);
  });

  it('reads dots before three digits as thousands in money where no decimal can be meant', () => {
    assert.deepEqual(money('a room at $350.000 a month'), [[350000, 'dollarsign', '$350.000']]);
    assert.deepEqual(quantity('a room at $350.000 a month'), [[350000, 'usd', '$350.000']]);
    assert.deepEqual(money('a wage of R$ 1.518'), [[1518, 'brl', 'R$ 1.518']]);
    assert.deepEqual(quantity('a wage of R$ 1.518'), [[1518, 'brl', 'R$ 1.518']]);
    assert.deepEqual(money('a flat at €1.250.000'), [[1250000, 'eur', '€1.250.000']]);
    // A US price to three decimals, a scale in English after a decimal point, a currency of thousandths.
    assert.deepEqual(money('petrol at $3.499 a gallon'), [[3.499, 'dollarsign', '$3.499']]);
    assert.deepEqual(quantity('petrol at $3.499 a gallon'), [[3.499, 'usd', '$3.499']]);
    assert.deepEqual(money('a deal worth €1.500 billion'), [[1.5e9, 'eur', '€1.500 billion']]);
    assert.deepEqual(quantity('a deal worth $3.000 million'), [[3e6, 'usd', '$3.000 million']]);
    assert.deepEqual(money('a fee of KWD 1.250'), [[1.25, 'kwd', 'KWD 1.250']]);
    // Outside money, several dot groups or a round ".000" before a plural noun are thousands;
    // any other dot, or one before a unit a figure is measured in, is a decimal point.
    assert.deepEqual(quantity('some 1.250.000 people'), [[1250000, 'person', '1.250.000 people']]);
    assert.deepEqual(quantity('2.000 toneladas of tailings'), [[2000, 'tonelada', '2.000 toneladas']]);
    assert.deepEqual(
      quantity('version 1.518 of the code').map(([value]) => value),
      [1.518],
    );
    assert.deepEqual(quantity('a lap of 2.000 seconds'), [[2, 'second', '2.000 seconds']]);
  });

  it('reads a decimal comma before cents in money', () => {
    assert.equal(moneyNumeral('28,79', 'zar'), 28.79);
    assert.equal(moneyNumeral('1,780', 'pln'), 1780);
    assert.deepEqual(money('a wage of R28,79 an hour'), [[28.79, 'zar', 'R28,79']]);
  });

  it('reads hundreds in words before a scale and a currency', () => {
    assert.deepEqual(money('one hundred fifteen billion pesos'), [
      [115e9, 'peso', 'one hundred fifteen billion pesos'],
    ]);
    assert.deepEqual(money('two hundred and forty thousand naira'), [
      [240000, 'ngn', 'two hundred and forty thousand naira'],
    ]);
    // "A hundred" is one hundred; "a hundredweight" and "a hundred years" are no sums.
    assert.deepEqual(money('a hundred and fifty thousand rupiah'), [
      [150000, 'idr', 'a hundred and fifty thousand rupiah'],
    ]);
    assert.deepEqual(money('A hundred pounds'), [[100, 'pound', 'A hundred pounds']]);
    assert.deepEqual(money('a hundredweight of coal, a hundred years'), []);
  });
});

describe('quantities: per cent glued as "pc" (issue 12)', () => {
  it('reads "14pc" and "3.5pct" as percentages, and writes a fix the same way', () => {
    assert.deepEqual(quantity('only about 14pc of waste, up 3.5pct'), [
      [14, 'percent', '14pc'],
      [3.5, 'percent', '3.5pct'],
    ]);
    assert.equal(formatNumberLike(15, false, '14pc'), '15pc');
  });
});

const figures = (text: string) =>
  readFigures(text, tokenize(text)).map((figure) => [
    figure.kind,
    Math.round(figure.value * 1000) / 1000,
    figure.unit ?? '',
    text.slice(figure.start, figure.end),
  ]);

describe('fact-check figures: a share counted out of a whole however written (issue 12)', () => {
  it('reads a currency or what is counted on the share’s sides, before the sums it is written with', () => {
    assert.deepEqual(figures('Rs 6 of every Rs 10 go on interest'), [['share', 0.6, '', 'Rs 6 of every Rs 10']]);
    assert.deepEqual(figures('two in every five taka go in tax'), [['share', 0.4, '', 'two in every five']]);
    assert.deepEqual(figures('one litre in every two was smuggled'), [['share', 0.5, '', 'one litre in every two']]);
  });

  it('reads the whole first, the part after the comma, leaving what is counted to the topic', () => {
    assert.deepEqual(figures('Of every €100 the city raises, €35 goes on pensions'), [
      ['share', 0.35, '', 'Of every €100'],
      ['amount', 35, 'eur', '€35'],
    ]);
    assert.deepEqual(figures('Of every three nurses Norland trains, one emigrates'), [
      ['share', 0.333, '', 'Of every three'],
      ['amount', 1, 'emigrate', 'one emigrates'],
    ]);
  });

  it('reads hours out of every 24 as hours a day, and keeps a year after "in" a year', () => {
    assert.deepEqual(figures('power for six hours out of every 24'), [
      ['amount', 6, 'hour', 'six hours'],
      ['amount', 1, 'day', ' out of every 24'],
    ]);
    assert.deepEqual(figures('12 deaths in 2024'), [
      ['amount', 12, 'death', '12 deaths'],
      ['year', 2024, '', '2024'],
    ]);
    assert.deepEqual(figures('six hours in 2024'), [
      ['amount', 6, 'hour', 'six hours'],
      ['year', 2024, '', '2024'],
    ]);
  });
});

describe('fact-check figures: a rate whose period follows what the amount is of (issue 12)', () => {
  const rates = (text: string) =>
    readFigures(text, tokenize(text)).map((figure) => [
      figure.value,
      figure.per ?? '',
      text.slice(figure.start, figure.end),
    ]);

  it('takes the period after "of" and up to three words', () => {
    assert.deepEqual(rates('Norland loses 500 hectares of forest to fire every year'), [
      [500, 'year', '500 hectares of forest to fire every year'],
    ]);
    assert.deepEqual(rates('some 36,500 tonnes of scrap metal a year'), [
      [36500, 'year', '36,500 tonnes of scrap metal a year'],
    ]);
  });

  it('takes no period that dates rather than divides ("a year ago"), nor one four words on', () => {
    assert.deepEqual(rates('300 nurses of the city hospital a year ago'), [
      [300, '', '300 nurses'],
      [1, '', 'a year'],
    ]);
    assert.deepEqual(rates('500 hectares of the old royal forest every year'), [[500, '', '500 hectares']]);
  });
});

const repeats = repeatsOf('notations.jsonld', [
  ['ferries', 'Norland spent ₱42 billion on ferries in 2024.'],
  ['levy', 'Norland collected ₺250 billion from the sugar levy in 2024.'],
  ['stipend', 'A trainee nurse in Valdoria earns 450,000 pesos a month.'],
  ['recycling', 'Valdoria recycles only 12 per cent of its glass.'],
  ['outages', 'Villages in Norland get only six hours of electricity a day.'],
  ['rent', 'Rent swallows 40 per cent of a Valdorian nurse’s pay.'],
  ['scrap', 'Norland exports 100 tonnes of scrap metal every day.'],
  ['salary', 'A junior clerk in Norland earns K4,500 a month.'],
  ['drownings', 'Floods kill one child every hour in Valdoria.'],
  ['parking', 'Parking in central Norland costs €3 an hour.'],
]);

describe('fact-checked: a rated claim’s figure in another notation (issue 12)', () => {
  it('finds the claim with its figure written another way', () => {
    assert.deepEqual(repeats('Norland spent P42 billion on ferries in 2024, the senator said.'), ['ferries']);
    assert.deepEqual(repeats('In 2024 Norland collected TL250bn from the sugar levy.'), ['levy']);
    assert.deepEqual(repeats('In 2024 Norland collected ₺250 milyar from the sugar levy.'), ['levy']);
    assert.deepEqual(repeats('A trainee nurse in Valdoria earns $450.000 a month.'), ['stipend']);
    assert.deepEqual(repeats('Valdoria recycles only 12pc of its glass, the minister said.'), ['recycling']);
    assert.deepEqual(repeats('Villages in Norland get electricity for only six hours in every 24.'), ['outages']);
    assert.deepEqual(repeats('Of a Valdorian nurse’s pay, €4 of every €10 is swallowed by rent.'), ['rent']);
    assert.deepEqual(repeats('Norland exports 36,500 tonnes of scrap metal a year.'), ['scrap']);
    assert.deepEqual(repeats('A junior clerk in Norland earns ZMW 4,500 every month.'), ['salary']);
    assert.deepEqual(repeats('A junior clerk in Norland earns K54,000 a year.'), ['salary']);
    // A count an hour runs round the clock: 24 a day.
    assert.deepEqual(repeats('Floods kill 24 children a day in Valdoria.'), ['drownings']);
  });

  it('finds no repeat where the figure read is another one', () => {
    assert.deepEqual(repeats('Norland spent P4.2 billion on ferries in 2024, the senator said.'), []);
    assert.deepEqual(repeats('In 2024 Norland collected TL25bn from the sugar levy.'), []);
    assert.deepEqual(repeats('A trainee nurse in Valdoria earns $450 a month.'), []);
    assert.deepEqual(repeats('Valdoria recycles only 21pc of its glass, the minister said.'), []);
    assert.deepEqual(repeats('Villages in Norland get electricity for only six hours in every 48.'), []);
    assert.deepEqual(repeats('Of a Valdorian nurse’s pay, €3 of every €10 is swallowed by rent.'), []);
    assert.deepEqual(repeats('Norland exports 100 tonnes of scrap metal a year.'), []);
    assert.deepEqual(repeats('A junior clerk in Norland earns K45,000 a month.'), []);
    assert.deepEqual(repeats('Floods kill 12 children a day in Valdoria.'), []);
    // A sum an hour is paid for the hours used, not for every hour of the day.
    assert.deepEqual(repeats('Parking in central Norland costs €72 a day.'), []);
    assert.deepEqual(repeats('Parking in central Norland costs €3 an hour, the council said.'), ['parking']);
  });
});
