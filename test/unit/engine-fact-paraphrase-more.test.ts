// The `fact-checked` judge on more paraphrases of a rated claim: money in more currencies'
// spellings (E£/EGP/Egyptian pounds, AR$/ARS/pesos/a bare "$", S/, crowns, "half a billion"),
// everyday names of who is counted (foreign/overseas/international visitors and tourists, inmates
// and prisoners, countryside and rural) and takings ("took in" is earned). Invented claims and
// sentences on other topics than the eval sets'; each asserts exact results.
import * as assert from 'node:assert/strict';
import { FactChecker, mergeCorpora, parseCorpusFile } from '../../src/engine';
import { readMoney, sameCurrency } from '../../src/engine/judge/factMoney';

const money = (text: string) => readMoney(text).map((sum) => [sum.value, sum.currency, text.slice(sum.start, sum.end)]);

describe('fact-checked: more currencies however written (factMoney)', () => {
  it('reads the prefixes of the peso, the Egyptian pound and the sol', () => {
    assert.deepEqual(money('a stipend of AR$45,000'), [[45000, 'ars', 'AR$45,000']]);
    assert.deepEqual(money('a ticket at E£ 350'), [[350, 'egp', 'E£ 350']]);
    assert.deepEqual(money('a fine of LE 2,000'), [[2000, 'egp', 'LE 2,000']]);
    assert.deepEqual(money('a grant of S/ 1,200'), [[1200, 'pen', 'S/ 1,200']]);
    assert.deepEqual(money('a levy of UYU 800'), [[800, 'uyu', 'UYU 800']]);
  });

  it('reads "Egyptian pounds", "Swedish crowns" and "half a billion" to one currency and value', () => {
    assert.deepEqual(money('half a billion Egyptian pounds'), [[5e8, 'egp', 'half a billion Egyptian pounds']]);
    assert.deepEqual(money('40 million Swedish crowns'), [[4e7, 'sek', '40 million Swedish crowns']]);
    assert.deepEqual(money('40 million crowns'), [[4e7, 'krona', '40 million crowns']]);
    assert.deepEqual(money('3 billion pounds'), [[3e9, 'pound', '3 billion pounds']]);
  });

  it('holds "pounds" any pound, and a bare "$" a dollar or a peso, never another currency', () => {
    assert.equal(sameCurrency('pound', 'egp'), true);
    assert.equal(sameCurrency('pound', 'gbp'), true);
    assert.equal(sameCurrency('pound', 'eur'), false);
    assert.equal(sameCurrency('gbp', 'egp'), false);
    assert.equal(sameCurrency('dollarsign', 'ars'), true);
    assert.equal(sameCurrency('dollarsign', 'peso'), true);
    assert.equal(sameCurrency('dollarsign', 'dollar'), true);
    assert.equal(sameCurrency('dollarsign', 'eur'), false);
    assert.equal(sameCurrency('dollar', 'peso'), false);
  });
});

/** A ClaimReview `@graph` of invented claims, each rated False by one fact-checker: [id, claim] pairs. */
function reviewsOf(claims: string[][]): string {
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

const checker = new FactChecker(
  mergeCorpora([
    {
      name: 'more.jsonld',
      corpus: parseCorpusFile(
        'more.jsonld',
        reviewsOf([
          ['wine', 'Foreign tourists spent AR$600 billion on wine in Mendoza in 2024.'],
          ['bread', 'Cairo bakeries earned E£40 billion from subsidised bread in 2024.'],
          ['cells', 'Each inmate in Valdoria costs the state 900,000 kronor a year.'],
          ['clinics', 'Half of rural villages in Norland have no clinic.'],
          ['eel', "Valdoria's eel catch fell by 80 per cent between 2000 and 2020."],
        ]),
      ).corpus,
    },
  ]).corpus,
);
const repeats = (draft: string): string[] =>
  checker
    .check(draft, { draftDate: '2025-09-01' })
    .findings.filter((finding) => finding.kind === 'fact-checked')
    .map((finding) => finding.statement!.factCheck!.url.replace('https://check.example.org/', ''));

describe('fact-checked: paraphrases in other currencies’ spellings and everyday names', () => {
  it('finds the claim with its sum written another way and its visitors named another way', () => {
    assert.deepEqual(repeats('International visitors spent ARS 600bn on wine in Mendoza in 2024.'), ['wine']);
    assert.deepEqual(repeats('Overseas tourists spent 600 billion pesos on wine in Mendoza in 2024.'), ['wine']);
    assert.deepEqual(repeats('In 2024 foreign visitors spent $600 billion on wine in Mendoza.'), ['wine']);
    assert.deepEqual(repeats('Cairo bakeries took in EGP 40bn from subsidised bread in 2024.'), ['bread']);
    assert.deepEqual(repeats('Cairo bakeries earned 40 billion Egyptian pounds from subsidised bread in 2024.'), [
      'bread',
    ]);
    assert.deepEqual(repeats('Each prisoner in Valdoria costs the state 900,000 crowns a year.'), ['cells']);
    assert.deepEqual(repeats('Half of villages in the Norland countryside have no clinic.'), ['clinics']);
    assert.deepEqual(repeats("Valdoria's eel haul fell by 80 per cent between 2000 and 2020."), ['eel']);
  });

  it('finds no repeat in a near miss: another amount, currency or group', () => {
    assert.deepEqual(repeats('International visitors spent ARS 60bn on wine in Mendoza in 2024.'), []);
    assert.deepEqual(repeats('Domestic tourists spent AR$600 billion on wine in Mendoza in 2024.'), []);
    assert.deepEqual(repeats('Cairo bakeries took in €40 billion from subsidised bread in 2024.'), []);
    assert.deepEqual(repeats('Each prisoner in Valdoria costs the state 900,000 euros a year.'), []);
    assert.deepEqual(repeats("Valdoria's eel haul fell by 60 per cent between 2000 and 2020."), []);
  });

  it('finds no repeat in a debunk written with the new readings', () => {
    assert.deepEqual(
      repeats('Roe falsely claimed that overseas visitors spent 600 billion pesos on wine in Mendoza in 2024.'),
      [],
    );
    assert.deepEqual(
      repeats('There is no evidence that Cairo bakeries took in EGP 40bn from subsidised bread in 2024.'),
      [],
    );
  });
});
