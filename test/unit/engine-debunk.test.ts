// The debunking lexicon (judge/debunk.ts): the frames a reporter puts around a claim they do not
// stand behind, each kind with sentences on topics the eval sets do not cover, and the uses of the
// same words that assert a claim and must not count.
import * as assert from 'node:assert/strict';
import { debunkingCues, normalizeForCues, reportsAsFalse } from '../../src/engine/judge/debunk';

/** Each cue as `kind:[matched words]`, for exact expectations. */
const cues = (sentence: string) => {
  const lower = normalizeForCues(sentence);
  return debunkingCues(sentence).map((cue) => `${cue.kind}:[${lower.slice(cue.start, cue.end)}]`);
};

describe('debunking cues: one kind at a time', () => {
  it('a falsity adverb on the saying, or "without evidence"', () => {
    assert.deepEqual(cues('Reeve misleadingly said rents in Calder Bay rose 40 per cent.'), ['adverb:[misleadingly]']);
    assert.deepEqual(cues('Reeve has repeatedly, and wrongly, said rents rose 40 per cent.'), ['adverb:[wrongly]']);
    assert.deepEqual(cues('Tully said, without evidence, that the tram will cost £900 million.'), [
      'adverb:[without evidence]',
    ]);
    assert.deepEqual(cues('Tully claimed, without citing any figures, that the tram will cost £900 million.'), [
      'adverb:[without citing any figures]',
    ]);
  });

  it('words of falsity that count wherever they stand: debunked, baseless, myth, fact-check, overstates', () => {
    assert.deepEqual(cues('The claim that the tram will cost £900 million has been widely debunked.'), [
      'falsity:[debunked]',
    ]);
    assert.deepEqual(cues("Parents First's baseless claim that schools lack physics teachers resurfaced."), [
      'falsity:[baseless]',
    ]);
    assert.deepEqual(cues('The figure overstates the shortage of physics teachers.'), ['falsity:[overstates]']);
    assert.deepEqual(cues('Bay Verify gave the claim that rents rose 40 per cent its lowest rating.'), [
      'falsity:[its lowest rating]',
    ]);
    assert.deepEqual(cues('Reeve got it wrong when she said rents rose 40 per cent.'), ['falsity:[got it wrong]']);
  });

  it('a verdict predicated of the claim, given by a fact-checker, or before the claim’s name', () => {
    assert.deepEqual(cues("Reeve's claim that rents rose 40 per cent has been repeatedly shown to be wrong."), [
      'verdict:[been repeatedly shown to be wrong]',
    ]);
    assert.deepEqual(cues('Rents rose 40 per cent, Reeve said; the figure is wrong.'), ['verdict:[is wrong]']);
    assert.deepEqual(cues("Reeve's claim that rents rose 40 per cent was only half true, Bay Verify found."), [
      'verdict:[was only half true]',
    ]);
    assert.deepEqual(cues('Bay Verify rated as “mostly false” the claim that rents rose 40 per cent.'), [
      'verdict:[rated as  mostly false]',
    ]);
    assert.deepEqual(
      cues("Reeve's assertion, rated false by Bay Verify, that rents rose 40 per cent keeps circulating."),
      ['verdict:[rated false]'],
    );
    assert.deepEqual(cues("Tully's figure is three years out of date, auditors found."), [
      'verdict:[is three years out of date]',
    ]);
    assert.deepEqual(cues('The oft-repeated but inaccurate claim that schools lack physics teachers appeared again.'), [
      'verdict:[inaccurate claim]',
    ]);
    assert.deepEqual(cues('“It is a lie that the tram will cost £900 million,” the mayor said.'), [
      'verdict:[is a lie]',
    ]);
    assert.deepEqual(cues("It's simply not true that rents rose 40 per cent."), ['verdict:[is simply not true]']);
    assert.deepEqual(cues('The idea that the tram will cost £900 million is a red herring.'), [
      'verdict:[is a red herring]',
    ]);
    assert.deepEqual(cues("Tully's £900 million figure is way off."), ['verdict:[is way off]']);
    assert.deepEqual(cues('Rents have supposedly risen 40 per cent since 2020.'), ['adverb:[supposedly]']);
  });

  it('a refuting verb with the claim as object, or in the passive after the claim’s name', () => {
    assert.deepEqual(cues("Auditors cast doubt on Reeve's claim that rents rose 40 per cent."), [
      "refuted:[cast doubt on reeve's claim]",
    ]);
    assert.deepEqual(cues('The council denied that rents rose 40 per cent.'), ['refuted:[denied that]']);
    assert.deepEqual(cues("Reeve's claim that rents rose 40 per cent was called into question by auditors."), [
      'refuted:[was called into question]',
    ]);
    assert.deepEqual(cues("Reeve's claim, which court records flatly contradict, keeps coming back."), [
      'refuted:[claim, which court records flatly contradict]',
    ]);
    assert.deepEqual(cues('the houses that the council rejected'), []);
    // Not a refutation: applications rejected, asylum denied, a policy not supported.
    assert.deepEqual(cues('Some 3,000 planning applications were rejected in Wexley in 2024.'), []);
    assert.deepEqual(cues('Tenants were denied access to the courts.'), []);
  });

  it('missing evidence: no evidence, nothing supports, not borne out, could not verify', () => {
    assert.deepEqual(cues('There is no basis for the claim that rents rose 40 per cent.'), ['evidence:[no basis]']);
    assert.deepEqual(
      cues("Nothing in the council's budget papers supports Tully's claim that the tram will cost £900 million."),
      ["evidence:[nothing in the council's budget papers supports]"],
    );
    assert.deepEqual(cues('The claim is not supported by the data.'), ['evidence:[not supported]']);
    assert.deepEqual(cues("Rents rose 40 per cent, Reeve claimed, but the council's figures do not bear that out."), [
      'evidence:[not bear that out]',
    ]);
    assert.deepEqual(cues('Reeve claimed rents rose 40 per cent, a figure auditors could not verify.'), [
      'evidence:[could not verify]',
    ]);
    // A stance, not a lack of evidence.
    assert.deepEqual(cues('The party would not support any rise in council tax.'), []);
  });

  it('failing scrutiny, contrast with the claimant’s words, corrections', () => {
    assert.deepEqual(cues("Reeve's claim that rents rose 40 per cent does not survive scrutiny."), [
      'scrutiny:[not survive scrutiny]',
    ]);
    assert.deepEqual(cues("Tully's costing doesn't hold water."), ['scrutiny:[not hold water]']);
    assert.deepEqual(cues('Despite claims that rents rose 40 per cent, the council says the market has cooled.'), [
      'contrast:[despite claims]',
    ]);
    assert.deepEqual(cues('Despite what Tully told MPs, the tram will cost less.'), ['contrast:[despite what]']);
    assert.deepEqual(cues('Rents did not, as Reeve claimed, rise 40 per cent.'), ['contrast:[not, as reeve claimed]']);
    assert.deepEqual(
      cues('Rather than costing £900 million, as Tully has claimed, the extension will cost £610 million.'),
      ['contrast:[rather than costing £900 million, as tully has claimed,]'],
    );
    assert.deepEqual(cues('Rents rose 40 per cent, Reeve claimed, but official data tell a different story.'), [
      'correction:[tell a different story]',
    ]);
    assert.deepEqual(cues('The true figure is closer to 11 per cent.'), ['correction:[the true figure]']);
  });

  it('context left out, one measure taken for another, an accusation of distorting, a correction made', () => {
    assert.deepEqual(cues("Reeve's statement that rents rose 40 per cent lacks context."), ['falsity:[lacks context]']);
    assert.deepEqual(cues("Tully's claim confuses the tram's budget with its lifetime cost."), [
      "falsity:[confuses the tram's budget with]",
    ]);
    assert.deepEqual(cues('Critics accused Reeve of inflating the figure.'), ['falsity:[accused reeve of inflating]']);
    assert.deepEqual(cues("It's false to say that rents rose 40 per cent."), ['verdict:[is false]']);
    assert.deepEqual(cues('Reeve was forced to correct her statement that rents rose 40 per cent.'), [
      'refuted:[to correct her statement]',
    ]);
  });

  it('a yes/no question asserts nothing; a wh-question presupposes its claim', () => {
    assert.deepEqual(cues('Is it true that a quarter of Wexley schools have no physics teacher?'), [
      'question:[is it true that a quarter of wexley schools have no physics teacher?]',
    ]);
    assert.deepEqual(cues('Did rents in Calder Bay really rise 40 per cent?'), [
      'question:[did rents in calder bay really rise 40 per cent?]',
    ]);
    assert.deepEqual(cues('Why have rents in Calder Bay risen 40 per cent?'), []);
    assert.deepEqual(cues('Did you know that rents in Calder Bay rose 40 per cent?'), []);
  });

  it('the same words asserting a claim are no cue: attribution, popular belief, negated falsity, other senses', () => {
    for (const sentence of [
      'Reeve said rents in Calder Bay have risen by 40 per cent since 2020.',
      'The council claimed tolls fund schools.',
      'Contrary to popular belief, a quarter of Wexley schools have no physics teacher.',
      'Despite government efforts, rents rose 40 per cent.',
      'The claim is not misleading: rents rose 40 per cent.',
      'Two-fifths of a typical bill is made up of standing charges.',
      'Knife crime, as Pollard said, has risen sharply.',
      'The tram will run on the wrong side of the river.',
    ])
      assert.deepEqual(cues(sentence), [], sentence);
    assert.equal(reportsAsFalse('Roe falsely claimed it.'), true);
    assert.equal(reportsAsFalse('Roe said tolls fund schools.'), false);
  });
});
