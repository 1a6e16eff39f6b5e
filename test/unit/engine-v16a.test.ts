/**
 * Issue 8, round 16: faults behind the floods-india and recall-japan forecasts' first runs, each a
 * kind (test/unit/fixtures/storm-corpus.jsonl, an invented storm). Each case gives the exact
 * finding (kind, underlined text, record, message).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FactChecker, mergeCorpora, parseCorpusFile } from '../../src/engine';
import { canonicalNoun } from '../../src/engine/text/quantities';
import { findingsOf } from './findingsOf';

const file = path.join(__dirname, 'fixtures', 'storm-corpus.jsonl');
const parsed = parseCorpusFile('storm-corpus.jsonl', fs.readFileSync(file, 'utf8'));
const checker = new FactChecker(mergeCorpora([{ name: 'storm', corpus: parsed.corpus }]).corpus);

const check = (draft: string) => findingsOf(checker, draft, '2026-09-16');

describe('engine: forecast first-run faults (issue 8, round 16)', () => {
  it('loads the fixture without problems', () => {
    assert.deepStrictEqual(parsed.problems, []);
  });

  it('a plural no suffix rule undoes is read as its singular ("lives" is "life", "children" is "child")', () => {
    assert.strictEqual(canonicalNoun('lives'), 'life');
    assert.strictEqual(canonicalNoun('knives'), 'knife');
    assert.strictEqual(canonicalNoun('children'), 'child');
    assert.strictEqual(canonicalNoun('women'), 'woman');
    // Words the suffix rules already undo keep them.
    assert.strictEqual(canonicalNoun('drives'), 'drive');
    assert.strictEqual(canonicalNoun('archives'), 'archive');
  });

  it('a wrong count of lives is a wrong number, never a citation of the record', () => {
    assert.deepStrictEqual(check('The storm has claimed 74 lives across the county.'), [
      {
        kind: 'wrong-number',
        text: '74',
        statement: 'claim-toll',
        message: 'Wrong number: “74” where the record has “47” — NTB, 14 Sep 2026.',
      },
    ]);
    const right = 'The storm has claimed 47 lives across the county.';
    assert.deepStrictEqual(check(right), [
      { kind: 'supported', text: right, statement: 'claim-toll', message: 'Matches the record: NTB, 14 Sep 2026.' },
    ]);
  });

  it('a wire dateline with a colon ("HALDEN, Sep 15 (NTB):") dates the story, not the remark', () => {
    const right =
      'HALDEN, Sep 15 (NTB): County governor Eva Solli on Monday said every family in a shelter would get NOK 5,000 within 48 hours.';
    assert.deepStrictEqual(check(right), [
      {
        kind: 'supported',
        text: right.slice('HALDEN, Sep 15 (NTB): '.length),
        statement: 'solli-5000',
        message: 'Matches the record: Eva Solli, 14 Sep 2026.',
      },
    ]);
    // The remark's own day is still checked.
    assert.deepStrictEqual(check(right.replace('on Monday', 'on Sunday')), [
      {
        kind: 'wrong-date',
        text: 'Sunday',
        statement: 'solli-5000',
        message: 'Wrong date: “Sunday” where the record has “Monday” — Eva Solli, 14 Sep 2026.',
      },
    ]);
  });

  it('how long something lasted is not the window a record measures another figure in', () => {
    assert.deepStrictEqual(check('Six hours of continuous rain were recorded in Halden on Sunday.'), []);
    // Another window for the same measure is a wrong number; so is another window beside the record's other figure.
    assert.deepStrictEqual(check('Halden recorded 310 mm of rain in the 60 hours to Monday morning.'), [
      {
        kind: 'wrong-number',
        text: '60',
        statement: 'claim-rainfall',
        message: 'Wrong number: “60” where the record has “72” — NTB, 14 Sep 2026.',
      },
    ]);
    assert.deepStrictEqual(check('Solli said every family in a shelter would get NOK 5,000 within 24 hours.'), [
      {
        kind: 'wrong-number',
        text: '24',
        statement: 'solli-5000',
        message: 'Wrong number: “24” where the record has “48” — Eva Solli, 14 Sep 2026.',
      },
    ]);
  });

  it('"on NRK’s Dagsnytt Atten" names another programme of the record’s broadcaster, however spelt', () => {
    const quote = '“We demand an independent inquiry into the dam release.”';
    assert.deepStrictEqual(check(`Speaking on NRK’s Dagsnytt Atten, Aas said: ${quote}`), [
      {
        kind: 'wrong-outlet',
        text: 'Dagsnytt Atten',
        statement: 'aas-inquiry',
        message: "Wrong outlet: “Dagsnytt Atten” where the record has “NRK's Debatten” — Per Aas, 13 Sep 2026.",
      },
    ]);
    const sourced = [
      {
        kind: 'supported',
        text: quote.slice(1, -1),
        statement: 'aas-inquiry',
        message: "Sourced: Per Aas, NRK's Debatten, 13 Sep 2026.",
      },
    ];
    assert.deepStrictEqual(check(`Speaking on NRK’s Debatten, Aas said: ${quote}`), sourced);
    // After "told", a name behind the broadcaster's possessive is as often a reporter's: no programme.
    assert.deepStrictEqual(check(`Aas told NRK’s Kari Holm: ${quote}`), sourced);
  });

  it('a figure the record’s words give is not wrong because its numbers list leaves it out ("one-day rise")', () => {
    const right = 'The Tista rose 2.1 metres in Halden on Monday, its steepest one-day rise in ten years.';
    assert.deepStrictEqual(check(right), [
      { kind: 'supported', text: right, statement: 'claim-river', message: 'Matches the record: NTB, 14 Sep 2026.' },
    ]);
    assert.deepStrictEqual(check(right.replace('ten years', 'eight years')), [
      {
        kind: 'wrong-number',
        text: 'eight',
        statement: 'claim-river',
        message: 'Wrong number: “eight” where the record has “ten” — NTB, 14 Sep 2026.',
      },
    ]);
  });

  it('"was necessary" flips "there is no need for" (necessary is need to topic matching)', () => {
    assert.deepStrictEqual(check("Aas said on NRK's Debatten that an evacuation of the lower town was necessary."), [
      {
        kind: 'negation',
        text: 'was necessary',
        statement: 'aas-no-evacuation',
        message:
          "Says the opposite: “was necessary” where the record has “no need” — Per Aas, NRK's Debatten, 13 Sep 2026.",
      },
    ]);
    const same = "Aas said on NRK's Debatten that an evacuation of the lower town was not necessary.";
    assert.deepStrictEqual(check(same), [
      {
        kind: 'supported',
        text: same,
        statement: 'aas-no-evacuation',
        message: "Matches the record: Per Aas, NRK's Debatten, 13 Sep 2026.",
      },
    ]);
  });

  it('an irregular past ("had seen") meets the record’s "saw", so a denial of it is a flip', () => {
    assert.deepStrictEqual(check('Aas denied that the inspectors had seen cracks in the dam wall in June.'), [
      {
        kind: 'negation',
        text: 'denied that the inspectors',
        statement: 'aas-saw-cracks',
        message:
          "Says the opposite: “denied that the inspectors” where the record has “Our inspectors” — Per Aas, NRK's Debatten, 13 Sep 2026.",
      },
    ]);
    const same = "Aas said the county's inspectors had seen cracks in the dam wall in June.";
    assert.deepStrictEqual(check(same), [
      {
        kind: 'supported',
        text: same,
        statement: 'aas-saw-cracks',
        message: "Matches the record: Per Aas, NRK's Debatten, 13 Sep 2026.",
      },
    ]);
  });
});
