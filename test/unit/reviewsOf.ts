import { FactChecker, mergeCorpora, parseCorpusFile } from '../../src/engine';

/**
 * A ClaimReview `@graph` (JSON text) of invented claims, each rated False by one fact-checker
 * ("Example Check", 1 May 2025) and made by one claimant (Ada Roe): `claims` are [id, claim] pairs,
 * the id ending the review's URL. The fact-check tests' shared corpus builder.
 */
export function reviewsOf(claims: string[][]): string {
  return JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': claims.map(([id, claim]) => ({
      '@type': 'ClaimReview',
      url: `https://check.example.org/${id}`,
      datePublished: '2025-05-01',
      author: { '@type': 'Organization', name: 'Example Check' },
      claimReviewed: claim,
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Ada Roe' }, datePublished: '2025-04-20' },
      reviewRating: { '@type': 'Rating', alternateName: 'False' },
    })),
  });
}

/**
 * A checker over one ClaimReview file, `json` named `name`, as a function from a draft sentence
 * (checked as of 1 September 2025) to the ids of the reviews it repeats (each URL's last part), in
 * finding order.
 */
export function repeatsIn(name: string, json: string): (draft: string) => string[] {
  const corpus = parseCorpusFile(name, json).corpus;
  const checker = new FactChecker(mergeCorpora([{ name, corpus }]).corpus);
  return (draft) =>
    checker
      .check(draft, { draftDate: '2025-09-01' })
      .findings.filter((finding) => finding.kind === 'fact-checked')
      .map((finding) => finding.statement!.factCheck!.url.replace('https://check.example.org/', ''));
}

/** repeatsIn over the reviews of `claims` (as reviewsOf). */
export function repeatsOf(name: string, claims: string[][]): (draft: string) => string[] {
  return repeatsIn(name, reviewsOf(claims));
}
