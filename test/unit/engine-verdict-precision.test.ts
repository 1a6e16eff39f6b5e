/**
 * Issue 8's verdict precision (sprint v12c): kinds of false alarm and wrong-record citation seen
 * on the forecast sets, each on an invented growers' board newsroom
 * (test/unit/fixtures/growers-board-corpus.jsonl) with the exact findings (kind, text, record, message).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FactChecker, mergeCorpora, parseCorpusFile } from '../../src/engine';
import { findingsOf } from './findingsOf';

const file = path.join(__dirname, 'fixtures', 'growers-board-corpus.jsonl');
const parsed = parseCorpusFile('growers-board-corpus.jsonl', fs.readFileSync(file, 'utf8'));
const checker = new FactChecker(mergeCorpora([{ name: 'growers-board', corpus: parsed.corpus }]).corpus);

const check = (draft: string, draftDate = '2026-03-04') => findingsOf(checker, draft, draftDate);

describe('engine: verdict precision on a growers’ board newsroom (issue 8, v12c)', () => {
  it('loads the fixture without problems', () => {
    assert.deepStrictEqual(parsed.problems, []);
  });

  describe('a record said about the draft’s speaker is not theirs to be misattributed', () => {
    it('the person a record names, speaking of themselves, is judged against their own record', () => {
      // Brandt's "Hana Voss should step aside" shares more words: it was cited as a misattribution of Voss.
      assert.deepStrictEqual(check('Voss told Orchard FM she would step aside until the audit is finished.'), [
        {
          kind: 'negation',
          text: 'would step',
          statement: 'voss-wont-resign',
          message: 'Says the opposite: “would step” where the record has “will not step” — Hana Voss, 3 Mar 2026.',
        },
      ]);
    });

    it('someone the record does not name, given its words, is still a misattribution', () => {
      assert.deepStrictEqual(check('Keller said Hana Voss should step aside until this audit is finished.'), [
        {
          kind: 'misattribution',
          text: 'Keller',
          statement: 'brandt-voss-resign',
          message: "Wrong speaker: “Keller” where the record has “Brandt” — growers' meeting in Altdorf, 28 Feb 2026.",
        },
      ]);
    });
  });
});
