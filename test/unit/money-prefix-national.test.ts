/**
 * Issue 8, round 8: money the quantity reader misread on the tea-auction and shipyard first runs,
 * on invented beats (a Colombo spice market, a Tbilisi tramway, a Nairobi bakery, a Busan port):
 * a family's letter prefix ("Rs", "Sh") read in the record's own member of the family; a country's
 * adjective before a family's name ("Sri Lankan rupees", "Kenyan shillings"); and a lower-case
 * "won" after a scale ("4 trillion won"). Exact results, from the reader and from the judge.
 */
import * as assert from 'assert';
import { findQuantities, inRecordDollars } from '../../src/engine/text/quantities';
import { nationalMember } from '../../src/engine/text/money';
import { tokenize } from '../../src/engine/text/tokens';
import { FactChecker, mergeCorpora, parseCorpusFile } from '../../src/engine';
import { findingsOf } from './findingsOf';

const read = (text: string) =>
  findQuantities(tokenize(text), text).map((found) => [found.value, found.unit, found.currencyFamily]);
const against = (text: string, recorded: string[]) =>
  inRecordDollars(
    findQuantities(tokenize(text), text),
    recorded.map((unit) => ({ unit })),
  ).map((found) => found.unit);

describe('quantities: family prefixes, national adjectives, "won" after a scale (issue 8, round 8)', () => {
  it('a family prefix glued or spaced ("Rs", "Sh") keeps its family, for the record to choose the member', () => {
    assert.deepStrictEqual(read('cinnamon now sells at Rs2,340 a kilo'), [[2340, 'inr', 'rupee']]);
    assert.deepStrictEqual(read('cinnamon now sells at Rs 2,340 a kilo'), [[2340, 'inr', 'rupee']]);
    assert.deepStrictEqual(against('cinnamon now sells at Rs2,340 a kilo', ['lkr']), ['lkr']);
    assert.deepStrictEqual(against('a loaf costs Sh95 in Kisumu', ['kes']), ['kes']);
    // A prefix of one currency has no family: "Rp" is the rupiah whatever the record.
    assert.deepStrictEqual(read('a sack at Rp5,600'), [[5600, 'idr', undefined]]);
  });

  it('a country’s adjective before a family’s name picks the member', () => {
    assert.equal(nationalMember('Kenyan', 'shillings'), 'kes');
    assert.equal(nationalMember('pakistani', 'rupees'), 'pkr');
    assert.equal(nationalMember('Kenyan', 'pesos'), undefined);
    assert.equal(nationalMember('fresh', 'pounds'), undefined);
    assert.deepStrictEqual(read('a loaf costs 95 Kenyan shillings'), [[95, 'kes', undefined]]);
    assert.deepStrictEqual(read('a permit costs 400 Lebanese pounds'), [[400, 'lbp', undefined]]);
  });

  it('a lower-case "won" after a scale is the currency; after a bare figure it is left as it was', () => {
    assert.deepStrictEqual(read('the port spent 4 trillion won ($2.7 billion) on cranes'), [
      [4e12, 'krw', undefined],
      [2.7e9, 'usd', 'dollar'],
    ]);
    assert.deepStrictEqual(read('the port spent 2.5bn won on cranes'), [[2.5e9, 'krw', undefined]]);
    assert.deepStrictEqual(read('the team won 2 million votes'), [[2e6, 'vote', undefined]]);
  });
});

const corpus = [
  '{"type": "source", "id": "mirror-2026-03-02", "publisher": "Daily Mirror Colombo", "headline": "Spice prices", "published": "2026-03-02"}',
  '{"type": "source", "id": "busan-2026-03-04", "publisher": "Busan Ilbo", "headline": "Port cranes", "published": "2026-03-04"}',
  '{"type": "person", "id": "nimal-perera", "name": "Nimal Perera", "aliases": ["Perera"], "roles": [{"title": "spice broker"}]}',
  '{"type": "person", "id": "yoon-jiho", "name": "Yoon Ji-ho", "aliases": ["Yoon"], "roles": [{"title": "port authority chief"}]}',
  '{"id": "perera-cinnamon", "speaker": "nimal-perera", "text": "A kilo of cinnamon in Colombo now costs Rs2,430, up from Rs2,100 in October", "date": "2026-03-01", "outlet": "Daily Mirror Colombo", "source": "mirror-2026-03-02", "numbers": [{"value": 2430, "unit": "LKR", "text": "Rs2,430"}, {"value": 2100, "unit": "LKR", "text": "Rs2,100"}]}',
  '{"id": "perera-pepper", "speaker": "nimal-perera", "text": "A 500-gram bag of pepper has gone up by 90 Pakistani rupees in Lahore since October", "date": "2026-03-01", "outlet": "Daily Mirror Colombo", "source": "mirror-2026-03-02", "numbers": [{"value": 500, "unit": "gram", "text": "500-gram"}, {"value": 90, "unit": "PKR", "text": "90 Pakistani rupees"}]}',
  '{"id": "yoon-cranes", "speaker": "yoon-jiho", "text": "We spent 1.4 trillion won on new cranes in the last two years", "date": "2026-03-03", "outlet": "Busan Ilbo", "source": "busan-2026-03-04", "numbers": [{"value": 1400000000000, "unit": "KRW", "text": "1.4 trillion won"}]}',
].join('\n');

describe('engine: money prefixes and scales against a record (issue 8, round 8)', () => {
  const parsed = parseCorpusFile('spice-port.jsonl', corpus);
  const checker = new FactChecker(mergeCorpora([{ name: 'spice-port', corpus: parsed.corpus }]).corpus);
  const check = (draft: string) => findingsOf(checker, draft, '2026-03-05');

  it('loads the corpus without problems', () => {
    assert.deepStrictEqual(parsed.problems, []);
  });

  it('"Rs" against a record in Sri Lankan rupees: a changed price is a wrong number', () => {
    assert.deepStrictEqual(
      check('A kilo of cinnamon in Colombo now costs Rs2,340, up from Rs2,100 in October, Perera said.'),
      [
        {
          kind: 'wrong-number',
          text: 'Rs2,340',
          statement: 'perera-cinnamon',
          message:
            'Wrong number: “Rs2,340” where the record has “Rs2,430” — Nimal Perera, Daily Mirror Colombo, 1 Mar 2026.',
        },
      ],
    );
  });

  it('a country’s adjective before a family’s name is read in that member: another sum is a wrong number', () => {
    assert.deepStrictEqual(
      check('Perera said a 500-gram bag of pepper has gone up by 120 Pakistani rupees in Lahore since October.'),
      [
        {
          kind: 'wrong-number',
          text: '120',
          statement: 'perera-pepper',
          message: 'Wrong number: “120” where the record has “90” — Nimal Perera, Daily Mirror Colombo, 1 Mar 2026.',
        },
      ],
    );
  });

  it('a lower-case "won" after a scale: a tenfold sum is a wrong number, the record’s own sum none', () => {
    assert.deepStrictEqual(check('Yoon said the port had spent 14 trillion won on new cranes in the last two years.'), [
      {
        kind: 'wrong-number',
        text: '14 trillion',
        statement: 'yoon-cranes',
        message: 'Wrong number: “14 trillion” where the record has “1.4 trillion” — Yoon Ji-ho, 3 Mar 2026.',
      },
    ]);
    assert.deepStrictEqual(
      check('Yoon said the port had spent 1.4 trillion won on new cranes in the last two years.'),
      [
        {
          kind: 'supported',
          text: 'Yoon said the port had spent 1.4 trillion won on new cranes in the last two years.',
          statement: 'yoon-cranes',
          message: 'Matches the record: Yoon Ji-ho, 3 Mar 2026.',
        },
      ],
    );
  });
});
