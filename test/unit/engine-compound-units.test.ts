/**
 * Issue 8: a hand-given count of a compound noun is checked as the reader's own counts are (a kind
 * the mining-inquiry blind set found), on invented text, each with the exact finding (kind, range,
 * record, message).
 */
import * as assert from 'assert';
import { FactChecker, mergeCorpora, parseCorpusFile } from '../../src/engine';
import { canonicalNumbers } from '../../src/engine/corpus/numbers';
import { findQuantities } from '../../src/engine/text/quantities';
import { tokenize } from '../../src/engine/text/tokens';
import { findingsOf } from './findingsOf';

const lines = [
  {
    type: 'source',
    id: 'valley-2031-03-02',
    publisher: 'Valley Courier',
    headline: 'Inspections',
    published: '2031-03-02',
  },
  { type: 'person', id: 'ines-holt', name: 'Ines Holt', aliases: ['Holt'], roles: [{ title: 'transport director' }] },
  { type: 'person', id: 'marta-quist', name: 'Marta Quist', aliases: ['Quist'], roles: [{ title: 'councillor' }] },
  { type: 'person', id: 'oskar-brandt', name: 'Oskar Brandt', aliases: ['Brandt'], roles: [{ title: 'witness' }] },
  {
    id: 'holt-bus-routes',
    speaker: 'ines-holt',
    text: 'The city will redesign all 48 night bus routes before winter',
    date: '2031-03-01',
    outlet: 'press conference in Valley',
    source: 'valley-2031-03-02',
    numbers: [{ value: 48, unit: 'route', text: '48 night bus routes' }],
  },
  {
    id: 'holt-sales-reps',
    speaker: 'ines-holt',
    text: 'The depot employs 17 ticket sales agents on each shift',
    date: '2031-03-01',
    outlet: 'press conference in Valley',
    source: 'valley-2031-03-02',
    numbers: [{ value: 17, unit: 'sales', text: '17 ticket sales agents' }],
  },
];
const corpusText = lines.map((line) => JSON.stringify(line)).join('\n');
const parsed = parseCorpusFile('invented.jsonl', corpusText);
const checker = new FactChecker(mergeCorpora([{ name: 'invented', corpus: parsed.corpus }]).corpus);

const check = (draft: string, draftDate: string) => findingsOf(checker, draft, draftDate);

describe('engine: hand-given counts of compound nouns', () => {
  it('loads the invented corpus without problems', () => {
    assert.deepStrictEqual(parsed.problems, []);
  });

  it('the reader counts the head of a compound whose first noun is plural: "tailings dams" are dams', () => {
    const read = (text: string) => findQuantities(tokenize(text), text).map((q) => [q.value, q.unit]);
    assert.deepStrictEqual(read('all 62 active tailings dams'), [[62, 'dam']]);
    assert.deepStrictEqual(read('12 arms deals and 40 police officers'), [
      [12, 'deal'],
      [40, 'officer'],
    ]);
    assert.deepStrictEqual(read('3 weeks of talks'), [[3, 'week']]);
  });

  it("a file's count naming any noun of its phrase takes the reader's unit for that phrase", () => {
    assert.deepStrictEqual(
      canonicalNumbers([
        { value: 62, unit: 'tailings', text: '62 active tailings dams' },
        { value: 40, unit: 'police', text: '40 police officers' },
        { value: 9, unit: 'person', text: '9 residents' },
        { value: 5, unit: 'dam', text: '5 reservoirs' },
      ]).map((n) => [n.value, n.unit]),
      [
        [62, 'dam'],
        [40, 'officer'],
        [9, 'person'],
        [5, 'dam'],
      ],
    );
  });

  it('a hand-given count of a compound noun is checked against the draft: 84 night bus routes is a wrong number', () => {
    assert.deepStrictEqual(
      check('Holt said the city would redesign all 84 night bus routes before winter.', '2031-03-02'),
      [
        {
          kind: 'wrong-number',
          text: '84',
          statement: 'holt-bus-routes',
          message: 'Wrong number: “84” where the record has “48” — Ines Holt, 1 Mar 2031.',
        },
      ],
    );
  });

  it('the file naming the compound’s first noun ("sales") still checks the count of agents', () => {
    assert.deepStrictEqual(check('Holt said the depot employs 71 ticket sales agents on each shift.', '2031-03-02'), [
      {
        kind: 'wrong-number',
        text: '71',
        statement: 'holt-sales-reps',
        message: 'Wrong number: “71” where the record has “17” — Ines Holt, 1 Mar 2031.',
      },
    ]);
  });
});
