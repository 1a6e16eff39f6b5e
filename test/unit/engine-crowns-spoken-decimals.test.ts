/**
 * Two faults the ski-bankruptcy forecast (round 10) showed, each a kind, tested on another topic (a
 * Brno choir school): the English "crowns" name the Czech koruna too, so a record whose figures are
 * CZK (declared in `numbers` or read from "Kč"/"koruna") compares a draft's "crowns" with them;
 * before, the sums were of different currencies, never compared, and a wrong figure was cited as
 * supported. And a decimal said aloud ("one point one million") is one number, not "one" and
 * "one million".
 */
import * as assert from 'assert';
import { FactChecker, mergeCorpora, parseCorpusFile } from '../../src/engine';
import { findQuantities } from '../../src/engine/text/quantities';
import { tokenize } from '../../src/engine/text/tokens';
import { findingsOf } from './findingsOf';

const lines = [
  {
    type: 'source',
    id: 'brno-2026-05-04',
    publisher: 'Brněnský deník',
    headline: 'Choir hall rent doubles',
    published: '2026-05-04',
  },
  {
    type: 'person',
    id: 'jana-dvorakova',
    name: 'Jana Dvořáková',
    aliases: ['Dvořáková'],
    roles: [{ title: 'director of the Brno choir school' }],
  },
  {
    type: 'statement',
    id: 'dvorakova-rent',
    speaker: 'jana-dvorakova',
    text: 'We pay 9,500 crowns a month for the rehearsal hall',
    date: '2026-05-03',
    source: 'brno-2026-05-04',
    outlet: 'Brněnský deník',
    numbers: [{ value: 9500, unit: 'CZK', text: '9,500 crowns' }],
  },
  {
    type: 'statement',
    id: 'dvorakova-grant',
    speaker: 'jana-dvorakova',
    text: 'The city offered us a grant of 1.1 million crowns',
    date: '2026-05-03',
    source: 'brno-2026-05-04',
    outlet: 'Brněnský deník',
  },
];
const parsed = parseCorpusFile('choir.jsonl', lines.map((line) => JSON.stringify(line)).join('\n'));
const checker = new FactChecker(mergeCorpora([{ name: 'choir', corpus: parsed.corpus }]).corpus);
const check = (draft: string) => findingsOf(checker, draft, '2026-05-05');

describe('engine: crowns as koruna, and decimals said aloud (issue 8, round 10)', () => {
  it('loads the corpus without problems', () => {
    assert.deepStrictEqual(parsed.problems, []);
  });

  it('compares a draft’s crowns with a record in CZK: another figure is a wrong number, never supported', () => {
    assert.deepStrictEqual(check('Dvořáková said the school pays 5,900 crowns a month for the rehearsal hall.'), [
      {
        kind: 'wrong-number',
        text: '5,900',
        statement: 'dvorakova-rent',
        message: 'Wrong number: “5,900” where the record has “9,500” — Jana Dvořáková, 3 May 2026.',
      },
    ]);
  });

  it('the record’s own figure in crowns is supported', () => {
    const draft = 'Dvořáková said the school pays 9,500 crowns a month for the rehearsal hall.';
    assert.deepStrictEqual(check(draft), [
      {
        kind: 'supported',
        text: draft,
        statement: 'dvorakova-rent',
        message: 'Matches the record: Jana Dvořáková, 3 May 2026.',
      },
    ]);
  });

  it('reads "one point one million" as 1.1 million: the record’s figure is supported, another is wrong', () => {
    const same = 'Dvořáková said the city offered the school a grant of one point one million crowns.';
    assert.deepStrictEqual(check(same), [
      {
        kind: 'supported',
        text: same,
        statement: 'dvorakova-grant',
        message: 'Matches the record: Jana Dvořáková, 3 May 2026.',
      },
    ]);
    assert.deepStrictEqual(
      check('Dvořáková said the city offered the school a grant of one point four million crowns.'),
      [
        {
          kind: 'wrong-number',
          text: 'one point four million',
          statement: 'dvorakova-grant',
          message:
            'Wrong number: “one point four million” where the record has “1,100,000” — Jana Dvořáková, 3 May 2026.',
        },
      ],
    );
  });

  it('reads spoken decimals as one quantity, and "at one point" as no decimal', () => {
    const read = (text: string) =>
      findQuantities(tokenize(text), text).map((found) => [found.value, text.slice(found.start, found.end)]);
    assert.deepStrictEqual(read('one point two billion people'), [[1.2e9, 'one point two billion']]);
    assert.deepStrictEqual(read('three point five per cent'), [[3.5, 'three point five']]);
    assert.deepStrictEqual(read('At one point the choir sang two songs.'), [
      [1, 'one'],
      [2, 'two'],
    ]);
  });
});
