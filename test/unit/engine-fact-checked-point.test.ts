// The `fact-checked` judge on a claim's point (its figure, multiple or rank) and on verdicts given
// after the claim they rate, on invented claims (the Republic of Norland, the city of Tarrow). A
// sentence that drops the claim's multiple or rank, or gives the same number about another
// predicate, is a near miss; one that reports the claim's rating is a debunk; neither is a repeat.
import * as assert from 'node:assert/strict';
import { FactChecker, mergeCorpora, parseCorpusFile } from '../../src/engine';
import { debunkingCues, normalizeForCues } from '../../src/engine/judge/debunk';

/** A ClaimReview on `claim` at `slug`, rated `verdict` by Tarn Check. */
const review = (slug: string, claim: string, verdict: string) => ({
  '@type': 'ClaimReview',
  url: `https://tarncheck.example/checks/${slug}`,
  claimReviewed: claim,
  datePublished: '2026-03-02',
  author: { '@type': 'Organization', name: 'Tarn Check' },
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Ada Reinholt' }, datePublished: '2026-02-20' },
  reviewRating: { '@type': 'Rating', alternateName: verdict },
});
const REVIEWS = [
  review('fares-tripled', 'Bus fares in Tarrow have tripled in four years.', 'Unsupported'),
  review('grant-halved-rents', 'The Harbour Grant has halved rents for 40,000 tenants.', 'Mostly false'),
  review('highest-water-bills', 'Norland has the highest water bills in the Baltic.', 'False'),
  review('water-subsidy-cost', "Norland's water subsidy cost the state €1.2 billion in 2025.", 'Misleading'),
];
const parsed = parseCorpusFile('point.jsonld', JSON.stringify({ '@graph': REVIEWS }));
const checker = new FactChecker(mergeCorpora([{ name: 'point.jsonld', corpus: parsed.corpus }]).corpus);
/** The slugs of the rated claims `draft` is found to repeat. */
const repeats = (draft: string): string[] =>
  checker
    .check(draft, { draftDate: '2026-04-01' })
    .findings.filter((finding) => finding.kind === 'fact-checked')
    .map((finding) => finding.statement!.id.replace(/^.*-checks-/, ''));
/** Each cue as `kind:[matched words]`. */
const cues = (sentence: string) => {
  const lower = normalizeForCues(sentence);
  return debunkingCues(sentence).map((cue) => `${cue.kind}:[${lower.slice(cue.start, cue.end)}]`);
};

describe('fact-checked: the claim point and verdicts after the claim', () => {
  it('the corpus loads all four reviews', () => {
    assert.equal(parsed.corpus.statements.length, 4);
  });

  it('a multiple is the point: a sentence without it, or with the number about another predicate, is a near miss', () => {
    assert.deepEqual(repeats('Bus fares in Tarrow have tripled in four years, riders say.'), ['fares-tripled']);
    assert.deepEqual(repeats('Bus fares in Tarrow have risen sharply in four years, riders say.'), []);
    assert.deepEqual(repeats('The Harbour Grant halved rents for 40,000 tenants, the minister said.'), [
      'grant-halved-rents',
    ]);
    assert.deepEqual(repeats('About 40,000 tenants receive the Harbour Grant.'), []);
  });

  it('a rank is the point: a sentence without one does not repeat the claim, nor cite it for another figure', () => {
    assert.deepEqual(repeats('Norland has the highest water bills in the Baltic, Reinholt said.'), [
      'highest-water-bills',
    ]);
    assert.deepEqual(repeats('Households in Norland pay more for water than in any other Baltic country.'), [
      'highest-water-bills',
    ]);
    assert.deepEqual(repeats("Norland's water subsidy cost the state €800 million in 2025, the treasury said."), []);
    assert.deepEqual(repeats('Water bills in Norland are steep, the senator said.'), []);
    assert.deepEqual(repeats('Norland households pay steep water bills.'), []);
    assert.deepEqual(repeats("Norland's water subsidy cost the state €1.2 billion in 2025, the senator said."), [
      'water-subsidy-cost',
    ]);
  });

  it('a verdict after the claim it rates, a decimal figure inside the claim included, is a debunk', () => {
    assert.deepEqual(
      repeats(
        "Tarn Check rated the senator's claim that Norland's water subsidy cost the state €1.2 billion in 2025 mostly false.",
      ),
      [],
    );
    assert.deepEqual(
      repeats('Bus fares in Tarrow have tripled in four years, a claim fact-checkers have labelled false.'),
      [],
    );
    assert.deepEqual(
      repeats('The assertion that bus fares in Tarrow have tripled in four years was rated Misleading.'),
      [],
    );
    assert.deepEqual(cues("Tarn Check rated the MP's claim that the levy is 2.5 per cent of GDP mostly false."), [
      "verdict:[rated the mp's claim that the levy is 2.5 per cent of gdp mostly false]",
    ]);
  });

  it('ratings only a fact-checker gives count after a verb of rating, not elsewhere', () => {
    assert.deepEqual(cues('Tarn Check rated the claim Mixture.'), ['verdict:[rated the claim mixture]']);
    assert.deepEqual(cues('The photo of the flooded depot was labelled as altered by Tarn Check.'), [
      'verdict:[labelled as altered]',
    ]);
    assert.deepEqual(cues('The results of the water trial were mixed.'), []);
    assert.deepEqual(cues('The timetable was altered in March.'), []);
  });
});
