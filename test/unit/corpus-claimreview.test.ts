// Published fact-checks (schema.org ClaimReview) as a corpus source: one object, an array, @graph,
// a saved HTML page and JSON Lines; a malformed review is named (file, line, field, record) and skipped.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  detectFormat,
  mergeCorpora,
  parseCorpusFile,
  ratingClass,
  verdictLine,
  type CorpusLoadResult,
  type LoadProblem,
} from '../../src/engine';

const FIXTURE = path.join(__dirname, 'fixtures', 'claimreview', 'harbour-check.jsonld');
const where = (problems: LoadProblem[]) =>
  problems.map(({ file, line, field, recordId, severity }) => ({ file, line, field, recordId, severity }));
const claims = (result: CorpusLoadResult) =>
  result.corpus.statements.map((statement) => [
    statement.text,
    statement.factCheck?.verdict,
    statement.factCheck?.rating,
  ]);

const review = (claim: string, extra: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: `https://check.example/${claim.split(' ')[0].toLowerCase()}`,
  claimReviewed: claim,
  datePublished: '2025-04-01',
  author: { '@type': 'Organization', name: 'Check Desk' },
  reviewRating: { '@type': 'Rating', alternateName: 'False' },
  ...extra,
});

describe('ClaimReview corpus files', () => {
  it('reads an @graph of reviews into claims with their fact-check, sources for the fact-checks, and claimants resolved by merging', () => {
    const result = parseCorpusFile('harbour-check.jsonld', fs.readFileSync(FIXTURE, 'utf8'));
    assert.deepEqual(result.problems, []);
    const [tunnel, crime, ferry] = result.corpus.statements;
    assert.deepEqual(tunnel, {
      id: 'factcheck-https-harbourcheck-example-checks-tunnel-cost',
      kind: 'claim',
      speaker: 'Dana Roe',
      text: 'The harbour tunnel cost £2 billion to build.',
      date: '2025-02-27',
      datePrecision: 'day',
      dateBasis: "the claim's datePublished in the ClaimReview",
      outlet: '',
      source: 'factcheck-https-harbourcheck-example-checks-tunnel-cost',
      context: 'The harbour tunnel cost £2 billion to build.',
      numbers: [{ value: 2_000_000_000, unit: 'gbp', text: '£2 billion', tolerance: 500_000_000 }],
      negated: false,
      factCheck: {
        verdict: 'False',
        rating: 'false',
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
        reviewer: 'Harbour Check',
        reviewed: '2025-03-03',
        url: 'https://harbourcheck.example/checks/tunnel-cost',
        claimant: 'Dana Roe',
        claimantKind: 'person',
        claimantTitle: 'Councillor',
        appearances: ['https://portellis.example/council/2025-02-27'],
      },
    });
    assert.deepEqual(
      [crime.factCheck?.rating, crime.factCheck?.reviewed, crime.date, ferry.speaker, ferry.date, ferry.dateBasis],
      [
        'false',
        '2025-03-10',
        '2025-03-05',
        'Port Ellis Ferries',
        '2025-03-12',
        "the fact-check's datePublished (the ClaimReview does not date the claim)",
      ],
    );
    assert.equal(ferry.factCheck?.rating, 'true');
    assert.deepEqual(result.corpus.sources[0], {
      id: tunnel.id,
      publisher: 'Harbour Check',
      headline: 'No, the harbour tunnel did not cost £2 billion',
      published: '2025-03-03',
      publishedPrecision: 'day',
      dateBasis: "the ClaimReview's datePublished",
      url: 'https://harbourcheck.example/checks/tunnel-cost',
    });
    assert.equal(
      result.corpus.sources[1].headline,
      'Fact-check: Crime in Port Ellis has doubled since the harbour reopened.',
    );
    const merged = mergeCorpora([{ name: 'harbour-check.jsonld', corpus: result.corpus }]);
    // Claimants are people the corpus may not know: added without a warning each.
    assert.deepEqual(merged.problems, []);
    assert.deepEqual(
      merged.corpus.statements.map((statement) => statement.speaker),
      ['dana-roe', 'sam-okafor', 'port-ellis-ferries'],
    );
    // Each claimant as the fact-check gives them: an Organization is a body (never "Mr Ferries"), a jobTitle a role.
    assert.deepEqual(
      merged.corpus.people.map((person) => [person.id, person.kind, person.roles]),
      [
        ['dana-roe', 'person', [{ title: 'Councillor' }]],
        ['sam-okafor', 'person', []],
        ['port-ellis-ferries', 'group', []],
      ],
    );
  });

  it('reads one object, and an array of them, from .json as from .jsonld', () => {
    const single = parseCorpusFile('one.json', JSON.stringify(review('Tolls rose by 40 per cent.')));
    assert.deepEqual(
      [where(single.problems), claims(single)],
      [[], [['Tolls rose by 40 per cent.', 'False', 'false']]],
    );
    const array = parseCorpusFile(
      'many.jsonld',
      JSON.stringify(
        [
          review('Tolls rose by 40 per cent.'),
          review('Buses run every hour.', { reviewRating: { alternateName: 'Half true' } }),
        ],
        null,
        2,
      ),
    );
    assert.deepEqual(claims(array), [
      ['Tolls rose by 40 per cent.', 'False', 'false'],
      ['Buses run every hour.', 'Half true', 'mixed'],
    ]);
    assert.equal(detectFormat('checks.jsonld'), 'jsonld');
    assert.equal(detectFormat('check.html'), 'html');
  });

  it('reads the JSON-LD script blocks of a saved fact-check page, skipping other blocks and naming a malformed one', () => {
    const page = [
      '<!doctype html><html><head><title>Check</title>',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Check"}</script>',
      '<script type="application/ld+json">',
      JSON.stringify(
        review('The pier is 900 metres long.', { itemReviewed: { '@type': 'Claim', author: { name: 'Dana Roe' } } }),
        null,
        1,
      ),
      '</script>',
      "<script type='application/ld+json'>{ not json }</script>",
      '<script>var x = {"@type": "ClaimReview"};</script>',
      '</head><body><p>Text</p></body></html>',
    ].join('\n');
    const result = parseCorpusFile('saved-page.html', page);
    assert.deepEqual(claims(result), [['The pier is 900 metres long.', 'False', 'false']]);
    assert.equal(result.corpus.statements[0].speaker, 'Dana Roe');
    const line = page.slice(0, page.indexOf('{ not json }')).split('\n').length;
    assert.deepEqual(where(result.problems), [
      { file: 'saved-page.html', line, field: undefined, recordId: undefined, severity: 'error' },
    ]);
    assert.match(result.problems[0].message, /^Malformed JSON in the JSON-LD script block: .*; skipped$/);
    const none = parseCorpusFile('plain.html', '<html><body>No data</body></html>');
    assert.deepEqual(
      none.problems.map((problem) => [problem.line, problem.message]),
      [
        [
          0,
          'The page has no <script type="application/ld+json"> block, so no ClaimReview: nothing was loaded from this file',
        ],
      ],
    );
  });

  it('reads JSON Lines of reviews: a malformed line and a review missing its verdict are named and skipped, the rest load', () => {
    const text = [
      JSON.stringify(review('Tolls rose by 40 per cent.')),
      '{"@type": "ClaimReview", "claimReviewed": ',
      JSON.stringify(review('Buses run every hour.', { reviewRating: { '@type': 'Rating' } })),
      '',
      JSON.stringify(review('The pier is 900 metres long.', { reviewRating: { alternateName: 'Mostly true' } })),
    ].join('\n');
    const result = parseCorpusFile('checks.jsonl', text);
    assert.deepEqual(claims(result), [
      ['Tolls rose by 40 per cent.', 'False', 'false'],
      ['The pier is 900 metres long.', 'Mostly true', 'true'],
    ]);
    assert.deepEqual(where(result.problems), [
      { file: 'checks.jsonl', line: 2, field: undefined, recordId: undefined, severity: 'error' },
      {
        file: 'checks.jsonl',
        line: 3,
        field: 'reviewRating.alternateName',
        recordId: 'https://check.example/buses',
        severity: 'error',
      },
    ]);
    assert.match(result.problems[0].message, /^Malformed JSON in the line: /);
    assert.equal(
      result.problems[1].message,
      '"reviewRating.alternateName" (the verdict) is missing, and no ratingValue on a bestRating–worstRating scale stands in for it; ClaimReview skipped',
    );
  });

  it('names each malformed field of a review on its own line, by URL or by position, and loads the good ones', () => {
    const reviews = [
      review('Tolls rose by 40 per cent.', { datePublished: '1 April 2025' }),
      { ...review('Buses run every hour.'), url: undefined, claimReviewed: 42 },
      review('The pier is 900 metres long.', { reviewRating: { alternateName: 'False', ratingValue: 'low' } }),
      review('Ferries are free on Sundays.', { author: {}, itemReviewed: { author: 7, datePublished: '2025-13-01' } }),
      review('The beach is cleaned daily.', { url: undefined }),
    ];
    const text = JSON.stringify({ '@context': 'https://schema.org', '@graph': reviews }, null, 2);
    const result = parseCorpusFile('bad.jsonld', text);
    assert.deepEqual(claims(result), [['The beach is cleaned daily.', 'False', 'false']]);
    const lineOf = (needle: string, from = 0) => text.slice(0, text.indexOf(needle, from)).split('\n').length;
    assert.deepEqual(
      result.problems.map((problem) => [problem.line, problem.field, problem.recordId, problem.severity]),
      [
        [lineOf('"datePublished": "1 April'), 'datePublished', 'https://check.example/tolls', 'error'],
        [lineOf('"claimReviewed": 42'), 'claimReviewed', 'ClaimReview 2', 'error'],
        [lineOf('"ratingValue"'), 'reviewRating.ratingValue', 'https://check.example/the', 'error'],
        [lineOf('"author": {}'), 'author', 'https://check.example/ferries', 'error'],
        [lineOf('"author": 7'), 'itemReviewed.author', 'https://check.example/ferries', 'error'],
        [
          lineOf('"datePublished": "2025-13-01"'),
          'itemReviewed.datePublished',
          'https://check.example/ferries',
          'error',
        ],
        [lineOf('"ClaimReview"', text.indexOf('"The beach') - 40), 'url', 'ClaimReview 5', 'warning'],
      ],
    );
    assert.equal(
      result.problems[0].message,
      '"datePublished" must be a date (YYYY-MM-DD), not "1 April 2025"; ClaimReview skipped',
    );
    assert.equal(
      result.problems[2].message,
      '"reviewRating.ratingValue" must be a number, not "low"; ClaimReview skipped',
    );
  });

  it('a .json file of statements is still read as statements; a .jsonld without a ClaimReview says so', () => {
    const statements = parseCorpusFile(
      'plain.json',
      JSON.stringify([
        {
          id: 'a',
          kind: 'claim',
          speaker: null,
          text: 'Tolls rose.',
          date: '2025-01-01',
          dateBasis: 'x',
          outlet: '',
          source: 's',
          context: 'Tolls rose.',
        },
      ]),
    );
    assert.deepEqual(
      [statements.problems, statements.corpus.statements.map((statement) => statement.factCheck)],
      [[], [undefined]],
    );
    const empty = parseCorpusFile('none.jsonld', '{"@type": "WebPage"}');
    assert.deepEqual(
      empty.problems.map((problem) => problem.message),
      ['No ClaimReview found (expected objects with "@type": "ClaimReview"): nothing was loaded from this file'],
    );
  });

  it('classes verdicts by their wording, and a numeric rating by its place on the scale when the wording is unknown', () => {
    const table = [
      'False',
      'Mostly false',
      'Misleading',
      'Pants on Fire!',
      'Four Pinocchios',
      'Not true',
      'Partly false',
      'Unproven',
      'Half true',
      'Mixture',
      'True',
      'Mostly true',
      'Correct',
      'Geppetto checkmark',
    ];
    assert.deepEqual(
      table.map((verdict) => ratingClass(verdict)),
      [
        'false',
        'false',
        'false',
        'false',
        'false',
        'false',
        'false',
        'false',
        'mixed',
        'mixed',
        'true',
        'true',
        'true',
        'mixed',
      ],
    );
    assert.deepEqual(
      [ratingClass(undefined, 0), ratingClass(undefined, 0.5), ratingClass(undefined, 1), ratingClass('Wrong-ish', 1)],
      ['false', 'mixed', 'true', 'false'],
    );
  });

  it('words the verdict line with the fact-check date as a reporter writes it', () => {
    const check = {
      verdict: 'False',
      rating: 'false' as const,
      reviewer: 'Harbour Check',
      reviewed: '2025-03-03',
      url: '',
    };
    assert.equal(verdictLine(check), 'Rated False by Harbour Check on 3 March 2025');
    assert.equal(verdictLine({ ...check, reviewed: '2025-03' }), 'Rated False by Harbour Check in March 2025');
  });
});
