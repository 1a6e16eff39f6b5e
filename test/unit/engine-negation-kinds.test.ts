/**
 * Issue 8, round 8: negation by kind, on an invented orchard-relief newsroom
 * (test/unit/fixtures/orchard-corpus.jsonl), each with the exact finding (kind, text, record, message).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FactChecker, mergeCorpora, parseCorpusFile } from '../../src/engine';
import { findingsOf } from './findingsOf';

const file = path.join(__dirname, 'fixtures', 'orchard-corpus.jsonl');
const parsed = parseCorpusFile('orchard-corpus.jsonl', fs.readFileSync(file, 'utf8'));
const checker = new FactChecker(mergeCorpora([{ name: 'orchard', corpus: parsed.corpus }]).corpus);

const check = (draft: string, draftDate = '2026-03-12') => findingsOf(checker, draft, draftDate);

describe('engine: negation by kind on an orchard-relief newsroom (issue 8, round 8)', () => {
  it('loads the fixture without problems', () => {
    assert.deepStrictEqual(parsed.problems, []);
  });

  describe('quantifier polarity', () => {
    it('"some of the fund had reached" against "none of the fund has reached": a negation underlined at the quantifier', () => {
      assert.deepStrictEqual(check('Vasko said some of the frost relief fund had reached the hill orchards.'), [
        {
          kind: 'negation',
          text: 'some of the frost',
          statement: 'vasko-frost-fund',
          message:
            'Says the opposite: “some of the frost” where the record has “None of the frost” — Petra Vasko, 9 Mar 2026.',
        },
      ]);
      assert.deepStrictEqual(
        check('Reed said several growers in the upper valley had received hail compensation cheques.'),
        [
          {
            kind: 'negation',
            text: 'several growers',
            statement: 'reed-no-grower',
            message: 'Says the opposite: “several growers” where the record has “No grower” — Jonas Reed, 9 Mar 2026.',
          },
        ],
      );
    });

    it('"not one krone of the levy" after a question in the record: the record asserts its answer', () => {
      assert.deepStrictEqual(check('Reed said part of the replanting levy had reached the nurseries.'), [
        {
          kind: 'negation',
          text: 'part of the replanting',
          statement: 'reed-levy',
          message:
            'Says the opposite: “part of the replanting” where the record has “Not one krone of the replanting” — Jonas Reed, 9 Mar 2026.',
        },
      ]);
      assert.deepStrictEqual(check('Reed said none of the replanting levy had reached the nurseries.'), [
        {
          kind: 'supported',
          text: 'Reed said none of the replanting levy had reached the nurseries.',
          statement: 'reed-levy',
          message: 'Matches the record: Jonas Reed, 9 Mar 2026.',
        },
      ]);
    });

    it('"not a single euro of the money" in the draft against "some of the money": the count is no governed word', () => {
      assert.deepStrictEqual(
        check('Ostrova said not a single euro of the drought money had reached the cider presses.'),
        [
          {
            kind: 'negation',
            text: 'not a single euro of the drought',
            statement: 'ostrova-drought-money',
            message:
              'Says the opposite: “not a single euro of the…” where the record has “Some of the drought” — Lena Ostrova, 9 Mar 2026.',
          },
        ],
      );
    });

    it('a negated subject flips only its own verb: "some of the fund was announced" is no negation', () => {
      assert.deepStrictEqual(check('Vasko said some of the frost relief fund had been announced in the budget.'), []);
      assert.deepStrictEqual(check('Reed said part of the replanting levy had been spent on tractors.'), []);
    });

    it('"not all" against "some", "some" against "all": neither a flip nor a citation', () => {
      assert.deepStrictEqual(check('Ostrova said not all of the drought money had reached the cider presses.'), []);
      assert.deepStrictEqual(check('Ostrova said all of the drought money had reached the cider presses.'), []);
      assert.deepStrictEqual(check('Vasko said some of the storm grant had gone to the pear growers.'), []);
    });
  });

  describe('a determiner negated in a quotation', () => {
    it('"a buyer" for "no buyer", "no plan" for "a plan": a negation, not a misquote', () => {
      assert.deepStrictEqual(
        check('“There will be a buyer for the cannery before the harvest,” Ostrova told the Valley Gazette.'),
        [
          {
            kind: 'negation',
            text: 'a buyer',
            statement: 'ostrova-no-buyer',
            message: 'Says the opposite: “a buyer” where the record has “no buyer” — Lena Ostrova, 9 Mar 2026.',
          },
        ],
      );
      assert.deepStrictEqual(check('“The union has no plan for the flooded terraces,” Reed told the Valley Gazette.'), [
        {
          kind: 'negation',
          text: 'no plan',
          statement: 'reed-a-plan',
          message: 'Says the opposite: “no plan” where the record has “a plan” — Jonas Reed, 9 Mar 2026.',
        },
      ]);
    });

    it('"the" for "a" is a word changed: a misquote', () => {
      assert.deepStrictEqual(
        check('“The union has the plan for the flooded terraces,” Reed told the Valley Gazette.'),
        [
          {
            kind: 'misquote',
            text: 'the',
            statement: 'reed-a-plan',
            message: 'Misquote: “the” where the record has “a” — Jonas Reed, 9 Mar 2026.',
          },
        ],
      );
    });
  });

  describe('antonym predicates on the same object', () => {
    it('"releasing", "paid out", "disbursed" the subsidy against "holding the subsidy back": a negation', () => {
      for (const [draft, verb] of [
        ['Reed said the ministry was releasing the replanting subsidy before the audit ends.', 'releasing'],
        ['Reed said the ministry had paid out the replanting subsidy.', 'paid'],
        ['Reed said the ministry had disbursed the replanting subsidy.', 'disbursed'],
      ])
        assert.deepStrictEqual(
          check(draft),
          [
            {
              kind: 'negation',
              text: verb,
              statement: 'reed-audit-hold',
              message: `Says the opposite: “${verb}” where the record has “holding” — Jonas Reed, 9 Mar 2026.`,
            },
          ],
          draft,
        );
      assert.deepStrictEqual(check('Reed said the ministry was holding the replanting subsidy back.'), [
        {
          kind: 'supported',
          text: 'Reed said the ministry was holding the replanting subsidy back.',
          statement: 'reed-audit-hold',
          message: 'Matches the record: Jonas Reed, 9 Mar 2026.',
        },
      ]);
    });

    it('"rejected" on another object than the record\'s "accepted" is no flip', () => {
      assert.deepStrictEqual(check('Ostrova said the cooperative rejected the new bottling tariff.'), [
        {
          kind: 'negation',
          text: 'rejected',
          statement: 'ostrova-tariff',
          message: 'Says the opposite: “rejected” where the record has “accepted” — Lena Ostrova, 9 Mar 2026.',
        },
      ]);
      assert.deepStrictEqual(check('Ostrova said the cooperative rejected the new bottling machine.'), []);
    });
  });

  describe('a negation through a noun of evidence', () => {
    it('"signalled they were ready to raise" against "shown no sign they are ready to raise": a negation', () => {
      assert.deepStrictEqual(
        check('Vasko said the supermarkets had signalled they were ready to raise the apple price.'),
        [
          {
            kind: 'negation',
            text: 'signalled they were ready',
            statement: 'vasko-no-sign',
            message:
              'Says the opposite: “signalled they were ready” where the record has “no sign they are ready” — Petra Vasko, 9 Mar 2026.',
          },
        ],
      );
    });

    it('"shown signs of strain" is no flip of "shown no sign they are ready": the evidence is not what is negated', () => {
      assert.deepStrictEqual(check('Vasko said the supermarkets had shown signs of strain over the apple price.'), []);
    });
  });
});
