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

  describe('a share in the other unit of a share: per cent for percentage points', () => {
    const claim = (figure: string) => `Keller said orchard margins had fallen by ${figure} in three years.`;

    it('the record’s figure in per cent where it has percentage points is a wrong number', () => {
      assert.deepStrictEqual(check(claim('2.5 per cent')), [
        {
          kind: 'wrong-number',
          text: '2.5 per cent',
          statement: 'keller-margins',
          message:
            'Wrong number: “2.5 per cent” where the record has “2.5 percentage points” — Mara Keller, 1 Mar 2026.',
        },
      ]);
    });

    it('the record’s own unit is sourced; another value in the other unit is no comparison at all', () => {
      assert.deepStrictEqual(check(claim('2.5 percentage points')), [
        {
          kind: 'supported',
          text: claim('2.5 percentage points'),
          statement: 'keller-margins',
          message: 'Matches the record: Mara Keller, 1 Mar 2026.',
        },
      ]);
      assert.deepStrictEqual(check(claim('4 per cent')), []);
    });
  });

  describe('a short quotation whose figures changed is still placed on its record', () => {
    const claim = (words: string) => `Keller said the frost aid would reach growers “in ${words} weeks.”`;

    it('"in three or four weeks" for the record’s "in two or three weeks" is a misquote, not an unverified quote', () => {
      assert.deepStrictEqual(check(claim('three or four')), [
        {
          kind: 'misquote',
          text: 'three or four',
          statement: 'keller-aid-weeks',
          message: 'Misquote: “three” where the record has “two” (and 1 other change) — Mara Keller, 1 Mar 2026.',
        },
      ]);
    });

    it('the record’s own words are sourced', () => {
      assert.deepStrictEqual(check(claim('two or three')), [
        {
          kind: 'supported',
          text: 'in two or three weeks.',
          statement: 'keller-aid-weeks',
          message: 'Sourced: Mara Keller, 1 Mar 2026.',
        },
      ]);
    });
  });

  describe('a record flagged negated, restated by its plain clause', () => {
    const claim = (sum: string) => `Voss said the board had lost ${sum} euros over the last two years.`;

    it('the clause that negates nothing ("lost 3 million euros", of "…; going it alone is no longer an option") is sourced', () => {
      assert.deepStrictEqual(check(claim('3 million')), [
        {
          kind: 'supported',
          text: claim('3 million'),
          statement: 'voss-lost',
          message: 'Matches the record: Hana Voss, 3 Mar 2026.',
        },
      ]);
    });

    it('a wrong figure in that clause is still a wrong number', () => {
      assert.deepStrictEqual(check(claim('5 million')), [
        {
          kind: 'wrong-number',
          text: '5 million',
          statement: 'voss-lost',
          message: 'Wrong number: “5 million” where the record has “3 million” — Hana Voss, 3 Mar 2026.',
        },
      ]);
    });
  });

  describe('a size that names a kind of thing ("a 500-gram bag") is no evidence of the record', () => {
    it('a sentence sharing only the size and a few words with the record is not sourced by it', () => {
      assert.deepStrictEqual(check('A 500-gram bag of dried apples is the most common size in Altdorf shops.'), []);
    });

    it('a sentence restating the record, size and all, still is', () => {
      const draft =
        'Brandt said the price of a 500-gram bag of dried apples in Altdorf had gone up by 2 euros since January.';
      assert.deepStrictEqual(check(draft), [
        {
          kind: 'supported',
          text: draft,
          statement: 'brandt-bag-price',
          message: 'Matches the record: Luca Brandt, 28 Feb 2026.',
        },
      ]);
    });
  });
});
