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

  describe('a possessive weekday after "ahead of" or "before" is another event’s day, not the remark’s', () => {
    const claim = 'Voss said every grower will be paid in full by the end of March.';

    it('"Ahead of Friday’s board meeting, Voss said …" gives the remark no day', () => {
      assert.deepStrictEqual(check(`Ahead of Friday’s board meeting, ${claim}`), [
        {
          kind: 'supported',
          text: `Ahead of Friday’s board meeting, ${claim}`,
          statement: 'voss-payments',
          message: 'Matches the record: Hana Voss, 3 Mar 2026.',
        },
      ]);
    });

    it('"At Friday’s board meeting, Voss said …" still dates the remark', () => {
      assert.deepStrictEqual(check(`At Friday’s board meeting, ${claim}`), [
        {
          kind: 'wrong-date',
          text: 'Friday',
          statement: 'voss-payments',
          message: 'Wrong date: “Friday” where the record has “Tuesday” — Hana Voss, 3 Mar 2026.',
        },
        {
          kind: 'wrong-outlet',
          text: 'board meeting',
          statement: 'voss-payments',
          message: 'Wrong outlet: “board meeting” where the record has “Orchard FM” — Hana Voss, 3 Mar 2026.',
        },
      ]);
    });
  });

  describe('a quotation that goes on as the record’s context sentence quotes it', () => {
    const start = '“We have repaid 4 million euros to growers since 2024, and we will';

    it('the words the context quotes past the record are on record: sourced', () => {
      assert.deepStrictEqual(check(`${start} keep paying until every invoice is settled,” Voss told Orchard FM.`), [
        {
          kind: 'supported',
          text: 'We have repaid 4 million euros to growers since 2024, and we will keep paying until every invoice is settled,',
          statement: 'voss-repaid',
          message: 'Sourced: Hana Voss, 3 Mar 2026.',
        },
      ]);
    });

    it('words the context does not quote are still a misquote', () => {
      assert.deepStrictEqual(check(`${start} pay the rest in May,” Voss told Orchard FM.`), [
        {
          kind: 'misquote',
          text: '2024, and we will pay the rest in May',
          statement: 'voss-repaid',
          message: 'Misquote: “2024, and we will pay the…” where the record has “2024” — Hana Voss, 3 Mar 2026.',
        },
      ]);
    });
  });
});
