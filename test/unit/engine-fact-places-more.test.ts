// The `fact-checked` judge on where a rated claim is about (issue 12): a name both sentences give
// ("the Great Elbonian Canal") does not name the claim's place for the draft, so "households in
// Port Vell" against "Elbonian households" stays another place. Invented claims; exact results.
import * as assert from 'node:assert/strict';
import { FactChecker, mergeCorpora, parseCorpusFile } from '../../src/engine';
import { otherPlace } from '../../src/engine/judge/factScope';
import { tokenize, topicStems } from '../../src/engine/text/tokens';
import { reviewsOf } from './reviewsOf';

const claims = [
  ['canal-water', 'The Great Northern Canal has brought piped water to 40 per cent of Elbonian households.'],
];
const checkerOf = (json: string) => {
  const parsed = parseCorpusFile('places.jsonld', json);
  return new FactChecker(mergeCorpora([{ name: 'places.jsonld', corpus: parsed.corpus }]).corpus);
};
const plain = checkerOf(reviewsOf(claims));
/** The rated claims (the last part of each fact-check's URL) `draft` is found to repeat. */
const repeats = (checker: FactChecker, draft: string): string[] =>
  checker
    .check(draft, { draftDate: '2025-09-01' })
    .findings.filter((finding) => finding.kind === 'fact-checked')
    .map((finding) => finding.statement!.factCheck!.url.split('/').pop()!);

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
      ].map((draft) => repeats(plain, draft)),
      [[], ['canal-water']],
    );
  });
});
