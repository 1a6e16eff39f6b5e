/**
 * Sentences that are harder than one fact in one clause: compound sentences that join two facts,
 * negations that flip a single clause, counts mistyped by a digit, and counts a record never gives.
 */
import * as assert from 'assert';
import { FactChecker, loadBundledCorpus } from '../../src/engine';
import { typoShaped } from '../../src/engine/judge/claim';
import { localFlip } from '../../src/engine/judge/negation';
import { tokenize } from '../../src/engine/text/tokens';

const checker = new FactChecker(loadBundledCorpus());

function check(draft: string): { kind: string; text: string; statement: string | null; fix: string | null }[] {
  return checker.check(draft).findings.map((finding) => ({
    kind: finding.kind,
    text: draft.slice(finding.range.start, finding.range.end),
    statement: finding.statement?.id ?? null,
    fix: finding.fix?.text ?? null,
  }));
}

describe('engine: compound sentences', () => {
  it('finds a wrong count in one clause of a sentence that joins two facts', () => {
    assert.deepStrictEqual(
      check(
        'Russia launched 330 drones at Ukraine overnight, and one of them struck the shelter over the Chernobyl reactor.',
      ),
      [{ kind: 'wrong-number', text: '330', statement: 'drones-133-overnight', fix: '133' }],
    );
  });

  it('cites the clause the record supports, not the whole sentence', () => {
    assert.deepStrictEqual(
      check(
        'Russia launched 133 drones at Ukraine overnight, and one of them struck the shelter over the Chernobyl reactor.',
      ),
      [
        {
          kind: 'supported',
          text: 'Russia launched 133 drones at Ukraine overnight',
          statement: 'drones-133-overnight',
          fix: null,
        },
      ],
    );
  });

  it('a later clause is cited without its joining word, and never blamed on the first clause’s speaker', () => {
    assert.deepStrictEqual(
      check(
        'Rubio said the talks went well, and Ukraine is not a member of NATO but has been seeking support from allies.',
      ),
      [
        {
          kind: 'supported',
          text: 'Ukraine is not a member of NATO but has been seeking support from allies.',
          statement: 'ukraine-not-nato-member',
          fix: null,
        },
      ],
    );
    assert.deepStrictEqual(
      check('Zelensky said the talks went well, and Russia launched 330 drones at Ukraine overnight.'),
      [{ kind: 'wrong-number', text: '330', statement: 'drones-133-overnight', fix: '133' }],
    );
  });

  it('stays silent on compound sentences about nothing in the record', () => {
    assert.deepStrictEqual(
      check(
        'The talks in Washington are expected to run into the evening, and officials said no joint statement was planned.',
      ),
      [],
    );
    assert.deepStrictEqual(check('The cafes were full; the trams ran late, and nobody mentioned the summit.'), []);
  });
});

describe('engine: negation flipped in one clause', () => {
  it('the negated statement reappears plainly next to other words: still a flip, underlined at the words that flip', () => {
    assert.deepStrictEqual(check('Ukraine is a member of NATO, its allies say.'), [
      { kind: 'negation', text: 'is a member', statement: 'ukraine-not-nato-member', fix: null },
    ]);
    assert.deepStrictEqual(check('The plans were finalized, the person said.'), [
      { kind: 'negation', text: 'were finalized', statement: 'dmitriev-plans-not-finalized', fix: null },
    ]);
  });

  it('both sides negate something, in different clauses: "need not be in place" against "must be in place"', () => {
    const draft =
      'Zelensky said on Sunday that a full ceasefire need not be in place before any discussions with Moscow.';
    assert.deepStrictEqual(check(draft), [
      { kind: 'negation', text: 'need not be in place', statement: 'zelensky-pressure-of-weapons', fix: null },
    ]);
  });

  it('the same negation on both sides is agreement', () => {
    assert.deepStrictEqual(check('Ukraine is not a member of NATO, and its allies have pledged to defend it.'), [
      { kind: 'supported', text: 'Ukraine is not a member of NATO', statement: 'ukraine-not-nato-member', fix: null },
    ]);
  });

  it('localFlip needs the subject and the governed words in order, close together, un-negated', () => {
    const record = tokenize('The person cautioned the plans were not finalized.');
    assert.strictEqual(localFlip(record, tokenize('The plans were finalized.')), true);
    assert.strictEqual(localFlip(record, tokenize('The plans were never finalized.')), false);
    assert.strictEqual(localFlip(record, tokenize('Finalized, they said, were the plans.')), false);
    assert.strictEqual(
      localFlip(
        record,
        tokenize('The plans for the long and winding trip across the whole of the state were finalized.'),
      ),
      false,
    );
  });
});

describe('engine: counts', () => {
  it('typoShaped: a dropped, doubled or swapped digit, nothing else', () => {
    assert.strictEqual(typoShaped(80_000, 800_000), true);
    assert.strictEqual(typoShaped(13, 133), true);
    assert.strictEqual(typoShaped(1_230, 1_320), true);
    assert.strictEqual(typoShaped(133, 330), false);
    assert.strictEqual(typoShaped(60, 90), false);
    assert.strictEqual(typoShaped(133, 133), false);
    assert.strictEqual(typoShaped(1.5, 15), false);
  });

  it('a count a typing slip away from the record’s is a wrong number even on a loose paraphrase', () => {
    assert.deepStrictEqual(
      check('The U.S. and Europe envision Ukraine keeping an army of 80,000 troops after the war.'),
      [{ kind: 'wrong-number', text: '80,000', statement: 'officials-800000-army', fix: '800,000' }],
    );
  });

  it('no citation for a sentence whose count the record does not give at all', () => {
    // It shares allies, Ukraine, troops and the war with Trump's Donbas remark, which counts no troops.
    assert.deepStrictEqual(check('Allies plan for a Ukrainian army of 800,000 troops after the war ends.'), []);
  });
});
