// The `fact-checked` judge on where a rated claim is about (issue 12): a name both sentences give
// ("the Great Elbonian Canal") does not name the claim's place for the draft, so "households in
// Port Vell" against "Elbonian households" stays another place; and the place the claimant speaks
// for (their title in the fact-check, `itemReviewed.author.jobTitle`) is the claim's own, so a draft
// naming it ("Elbonian households") narrows nothing. Invented claims; exact results.
import * as assert from 'node:assert/strict';
import { otherPlace } from '../../src/engine/judge/factScope';
import { tokenize, topicStems } from '../../src/engine/text/tokens';
import { repeatsIn, reviewsOf } from './reviewsOf';

/** `reviewsOf` with the claimant given a job title in each review. */
function withTitle(json: string, title: string): string {
  const graph = JSON.parse(json);
  for (const review of graph['@graph']) review.itemReviewed.author.jobTitle = title;
  return JSON.stringify(graph);
}

const claims = [
  ['canal-water', 'The Great Northern Canal has brought piped water to 40 per cent of Elbonian households.'],
  ['water-tariffs', 'Household water tariffs have tripled since 2021.'],
];
/** The rated claims (the last part of each fact-check's URL) a draft is found to repeat, the claimant untitled or titled. */
const plain = repeatsIn('places.jsonld', reviewsOf(claims));
const titled = repeatsIn('places.jsonld', withTitle(reviewsOf(claims), 'Spokesperson for the Elbonian Water Board'));

describe('fact-checked: another place behind a name both sentences give (factScope)', () => {
  const stems = (text: string) => topicStems(tokenize(text));
  it('does not read the claim’s people in a shared name as the draft naming its place', () => {
    assert.equal(
      otherPlace(
        'The Great Elbonian Canal has brought piped water to 40 per cent of Elbonian households.',
        'The Great Elbonian Canal has brought piped water to 40 per cent of households in Port Vell.',
        stems,
      ),
      true,
    );
    assert.deepEqual(
      [
        'The Great Northern Canal has brought piped water to 40 per cent of households in Port Vell, the city said.',
        'The Great Northern Canal has brought piped water to 40 per cent of households in Elbonia, Roe said.',
      ].map((draft) => plain(draft)),
      [[], ['canal-water']],
    );
  });
});

describe('fact-checked: the place the claimant speaks for is the claim’s (factCheck)', () => {
  it('reads the place of the claimant’s title before the claim’s noun as no narrowing', () => {
    const draft = 'Since 2021, Elbonian household water tariffs have tripled, Roe said.';
    assert.deepEqual(titled(draft), ['water-tariffs']);
    // Without the title, the place is a qualifier the claim lacks: a near miss.
    assert.deepEqual(plain(draft), []);
    // Another place than the title's stays a qualifier.
    assert.deepEqual(titled('Since 2021, Freedonian household water tariffs have tripled, Roe said.'), []);
  });
});
