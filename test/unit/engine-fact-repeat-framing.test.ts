// A repeat of a rated claim inside a news sentence's framing: a dateline with its filing date in any
// house style, and a speaker's further remark after the attribution (", adding that …"). Neither is
// part of the claim, so neither may hide the repeat; invented claims (the Republic of Norland).
import * as assert from 'node:assert/strict';
import { FactChecker, mergeCorpora, parseCorpusFile } from '../../src/engine';
import { datelineEnd } from '../../src/engine/draft/outlets';

const review = (slug: string, claim: string) => ({
  '@type': 'ClaimReview',
  url: `https://tarncheck.example/checks/${slug}`,
  claimReviewed: claim,
  datePublished: '2026-03-02',
  author: { '@type': 'Organization', name: 'Tarn Check' },
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Ada Reinholt' }, datePublished: '2026-02-20' },
  reviewRating: { '@type': 'Rating', alternateName: 'False' },
});
const parsed = parseCorpusFile(
  'framing.jsonld',
  JSON.stringify({
    '@graph': [
      review('ferry-passengers', 'Norland ferries carried 4.2 million passengers in 2025.'),
      review('nurse-pay', 'Nurses in Tarrow earn €3,100 a month on average.'),
      {
        ...review('tram-delays', 'Half of all trams in Tarrow ran late in 2025.'),
        itemReviewed: { '@type': 'Claim', author: { '@type': 'Organization', name: 'Tarrow Riders Forum' } },
      },
    ],
  }),
);
const checker = new FactChecker(mergeCorpora([{ name: 'framing.jsonld', corpus: parsed.corpus }]).corpus);
const repeats = (draft: string): string[] =>
  checker
    .check(draft, { draftDate: '2026-04-01' })
    .findings.filter((finding) => finding.kind === 'fact-checked')
    .map((finding) => finding.statement!.id.replace(/^.*-checks-/, ''));

describe('fact-checked: repeats inside a dateline and a further remark', () => {
  it('a dateline ends after its filing date, whatever the house style', () => {
    const end = (draft: string) => {
      const at = datelineEnd(draft, 0);
      return at === undefined ? undefined : draft.slice(0, at);
    };
    assert.equal(end('TARROW, March 12, 2026 — Ferries ran.'), 'TARROW, March 12, 2026 — ');
    assert.equal(end('TARROW, 27.02.2026 — Ferries ran.'), 'TARROW, 27.02.2026 — ');
    assert.equal(end('TARROW, 30 January — Ferries ran.'), 'TARROW, 30 January — ');
    assert.equal(end('TARROW, Norland, 12 March 2026 — Ferries ran.'), 'TARROW, Norland, 12 March 2026 — ');
    assert.equal(end('TARROW — Ferries ran.'), 'TARROW — ');
    assert.equal(end('Tarrow, March 12 — ferries ran.'), undefined);
  });

  it('a repeat after a dated dateline is found', () => {
    for (const dateline of ['TARROW, March 12, 2026 — ', 'TARROW, 27.02.2026 — ', 'TARROW, 2026-02-27 — '])
      assert.deepEqual(
        repeats(`${dateline}Norland ferries carried 4.2 million passengers in 2025, the transport minister said.`),
        ['ferry-passengers'],
        dateline,
      );
  });

  it("a speaker's further remark after the attribution does not hide the repeat", () => {
    assert.deepEqual(
      repeats(
        'Nurses in Tarrow earn €3,100 a month on average, the health board said, adding that pay had been frozen every spring since 2021.',
      ),
      ['nurse-pay'],
    );
    assert.deepEqual(
      repeats('Nurses in Tarrow earn €3,100 a month on average, the health board said, noting that rents had risen.'),
      ['nurse-pay'],
    );
  });

  it('a near miss stays one: another figure, before or after the framing', () => {
    assert.deepEqual(
      repeats('TARROW, March 12, 2026 — Norland ferries carried 2.1 million passengers in 2025, the minister said.'),
      [],
    );
    assert.deepEqual(
      repeats(
        'Nurses in Tarrow earn €2,400 a month on average, the board said, adding that pay had been frozen since 2021.',
      ),
      [],
    );
  });

  it('a quotation a fact-check attests, given to its body referred back to ("the forum", "the group"), is no unverified quote', () => {
    const kinds = (draft: string) =>
      checker
        .check(draft, { draftDate: '2026-04-01' })
        .findings.map((finding) => finding.kind)
        .sort();
    assert.deepEqual(kinds('“Half of all trams in Tarrow ran late in 2025,” the forum warned.'), ['fact-checked']);
    assert.deepEqual(kinds("'Half of all trams in Tarrow ran late in 2025,' the group said."), ['fact-checked']);
    // Another body, or a person, is still someone else than the claimant.
    assert.deepEqual(kinds('“Half of all trams in Tarrow ran late in 2025,” the council said.'), [
      'fact-checked',
      'unverified-quote',
    ]);
  });
});
