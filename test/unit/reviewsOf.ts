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
