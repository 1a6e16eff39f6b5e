/**
 * The look-up (engine StatementSearch: an index shortlist re-ranked by Fuse.js) against Fuse.js over
 * the whole corpus, the way the look-up searched before: the same statements in the same order, on
 * the bundled corpus and on a synthetic corpus large enough that the shortlist is a small part of it.
 */
import * as assert from 'assert';
import Fuse from 'fuse.js';
import {
  loadBundledCorpus,
  LOOKUP_FIELDS,
  LOOKUP_FUSE_OPTIONS,
  lookupExpression,
  lookupRecords,
  queryWords,
  rankByField,
  StatementSearch,
  type Corpus,
  type LookupRecord,
  type Statement,
} from '../../src/engine';
import { ApproximatePattern } from '../../src/engine/match/approximate';
import { learnFrom, syntheticCorpus } from '../bench/synthetic';

/** Realistic palette queries: speakers, misspelled speakers, words of quotes, outlets, publishers, dates. */
const QUERIES = [
  'Rubio',
  'Rubo',
  'Zelensky',
  'Zelenskyy',
  'Zelenski',
  'Witkoff',
  'Witkof',
  'Putin',
  'Puttin',
  'Trump',
  'Trunp',
  'Kallas',
  'Ryabkov',
  'Lavrov',
  'concessions',
  'Rubio concessions',
  'sovereign country',
  'security guarantees',
  'ceasefire',
  'drones',
  'peace deal',
  'territory',
  'Fox News Sunday',
  'Reuters',
  'CNN',
  'Meet the Press',
  'Washington Post',
  'Kyiv Independent',
  'August 2025',
  '2025-08-18',
  'Monday',
  'December',
];

/**
 * Fuse.js over every record, ranked by field as the look-up ranks, less the statements that match
 * only because a query word spans two words of a field ("cnn" in "abc news", "putin" in "put in"):
 * the look-up's index matches words within words, by design.
 */
function reference(records: LookupRecord[], fuse: Fuse<LookupRecord>, query: string, limit: number): string[] {
  const words = queryWords(query);
  const patterns = words.map((word) => new ApproximatePattern(word));
  const withinWords = (record: LookupRecord) =>
    patterns.every((pattern) =>
      LOOKUP_FIELDS.some((field) =>
        record[field]
          .toLowerCase()
          .split(/\s+/)
          .some((token) => token && pattern.errorsIn(token) >= 0),
      ),
    );
  const found = fuse.search(lookupExpression(words)).filter((result) => withinWords(result.item));
  return rankByField(
    found.map((result) => ({ record: result.item, score: result.score ?? 1 })),
    words,
  )
    .slice(0, limit)
    .map((result) => result.record.statement.id);
}

function compare(corpus: Corpus, limit: number): void {
  const records = lookupRecords(corpus);
  const fuse = new Fuse(records, LOOKUP_FUSE_OPTIONS);
  const search = new StatementSearch(corpus);
  let nonEmpty = 0;
  for (const query of QUERIES) {
    const expected = reference(records, fuse, query, limit);
    if (expected.length) nonEmpty++;
    assert.deepStrictEqual(
      search.search(query, limit).map((hit) => hit.statement.id),
      expected,
      `query "${query}"`,
    );
  }
  // The queries are realistic: nearly all of them find something.
  assert.ok(nonEmpty >= QUERIES.length - 3, `only ${nonEmpty} queries found anything`);
}

describe('look-up search (engine)', () => {
  const bundled = loadBundledCorpus();

  it('finds what Fuse.js over the whole bundled corpus finds, in the same order (top 10 and top 50)', () => {
    compare(bundled, 10);
    compare(bundled, 50);
  });

  it('finds what Fuse.js over a whole 4,000-statement corpus finds, though it re-ranks only a shortlist', function () {
    this.timeout(120_000);
    compare(syntheticCorpus(bundled, 4_000, 0x10ca1, learnFrom(bundled)), 10);
  });

  it("ranks a speaker's own statements above others' that mention them", () => {
    const search = new StatementSearch(bundled);
    const hits = search.search('Rubio', 50);
    const rubio = bundled.people.find((person) => person.name === 'Marco Rubio')!.id;
    const own = hits.filter((hit) => hit.statement.speaker === rubio).length;
    assert.ok(own > 0 && hits.some((hit) => hit.statement.speaker !== rubio), 'the query should find both kinds');
    assert.deepStrictEqual(
      hits.slice(0, own).map((hit) => hit.statement.speaker),
      Array(own).fill(rubio),
    );
    assert.strictEqual(hits[0].speaker, 'Marco Rubio');
  });

  it("puts an outlet's (or publisher's) own statements first for an outlet query", () => {
    const search = new StatementSearch(bundled);
    const publisher = new Map(bundled.sources.map((source) => [source.id, source.publisher ?? '']));
    for (const outlet of ['Fox News Sunday', 'Bloomberg', 'Washington Post']) {
      const ranOn = (statement: Statement) =>
        statement.outlet.includes(outlet) || publisher.get(statement.source)!.includes(outlet);
      const hits = search.search(outlet, 50);
      const own = bundled.statements.filter(ranOn).length;
      assert.ok(own > 0 && hits.length >= own, outlet);
      assert.deepStrictEqual(
        hits.slice(0, own).map((hit) => ranOn(hit.statement)),
        Array(own).fill(true),
        outlet,
      );
    }
  });

  it('an empty query lists the corpus in order; a query that matches nothing finds nothing', () => {
    const search = new StatementSearch(bundled);
    assert.deepStrictEqual(
      search.search('  ', 3).map((hit) => hit.statement.id),
      bundled.statements.slice(0, 3).map((statement) => statement.id),
    );
    assert.deepStrictEqual(search.search('xylophone quartz', 10), []);
  });
});

describe('approximate word match', () => {
  it('counts edits the way Fuse.js does: substitutions, insertions, deletions, anywhere in the word', () => {
    const cases: [string, string, number][] = [
      ['rubio', 'rubio', 0],
      ['rubo', 'rubio', 1],
      ['rubiio', 'rubio', 1],
      ['rubia', 'rubio', 1],
      ['witkof', 'witkoff', 0],
      ['zelenski', 'zelenskyy', 1],
      ['zlnsky', 'zelenskyy', 2],
      ['rubio,', 'rubio', 1],
      ['cnn', 'news', -1],
      ['xy', 'xz', -1],
      ['concessions', 'concession', 1],
      ['abcdefghijklmnopqrstuvwxyzabcdefghij', 'abcdefghijklmnopqrstuvwxyzabcdefghiX', 1],
    ];
    assert.deepStrictEqual(
      cases.map(([pattern, text]) => new ApproximatePattern(pattern).errorsIn(text)),
      cases.map(([, , errors]) => errors),
    );
  });
});
