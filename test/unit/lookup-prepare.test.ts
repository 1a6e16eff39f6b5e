/**
 * Prepared first keystrokes: StatementSearch.prepare keeps the shortlist of a one- or two-letter
 * word, and a prepared search finds exactly what a fresh one finds.
 */
import * as assert from 'assert';
import { loadBundledCorpus, StatementSearch, type Corpus } from '../../src/engine';
import { learnFrom, syntheticCorpus } from '../bench/synthetic';

function ids(search: StatementSearch, query: string, limit: number): string[] {
  return search.search(query, limit).map((hit) => hit.statement.id);
}

function comparePrepared(corpus: Corpus): string[] {
  const prepared = new StatementSearch(corpus);
  const words = prepared.shortWords();
  for (const word of words) prepared.prepare(word, 50);
  for (const word of words) {
    const fresh = new StatementSearch(corpus);
    for (const limit of [50, 10])
      assert.deepStrictEqual(ids(prepared, word, limit), ids(fresh, word, limit), `"${word}", limit ${limit}`);
    // Typed in capitals, or with spaces around it: the same query.
    assert.deepStrictEqual(ids(prepared, ` ${word.toUpperCase()} `, 50), ids(fresh, word, 50), word);
  }
  return words;
}

describe('look-up: prepared first keystrokes', () => {
  const bundled = loadBundledCorpus();

  it('lists every first letter of the corpus words, and the common two-letter starts', () => {
    const words = new StatementSearch(bundled).shortWords();
    const firstLetters = new Set(
      bundled.statements.flatMap((statement) =>
        statement.text
          .toLowerCase()
          .split(/\s+/)
          .filter(Boolean)
          .map((word) => word[0]),
      ),
    );
    for (const letter of firstLetters) assert.ok(words.includes(letter), letter);
    assert.ok(words.includes('th'), words.join(' '));
    assert.ok(
      words.every((word) => word.length >= 1 && word.length <= 2),
      words.join(' '),
    );
  });

  it('a prepared search finds what a fresh one finds, in the same order (bundled corpus)', () => {
    comparePrepared(bundled);
  });

  it('a prepared search finds what a fresh one finds on a corpus where one letter ties thousands of statements', function () {
    this.timeout(120_000);
    const corpus = syntheticCorpus(bundled, 4_000, 0x5e7, learnFrom(bundled));
    comparePrepared(corpus);
    // Ties are broken by corpus order, as Fuse.js breaks them.
    const hits = new StatementSearch(corpus).search('s', 50);
    assert.strictEqual(hits.length, 50);
    const order = new Map(corpus.statements.map((statement, doc) => [statement.id, doc]));
    for (let i = 1; i < hits.length; i++) {
      const [a, b] = [hits[i - 1], hits[i]];
      const inOrder =
        a.attributed > b.attributed ||
        (a.attributed === b.attributed &&
          (a.score < b.score || (a.score === b.score && order.get(a.statement.id)! < order.get(b.statement.id)!)));
      assert.ok(inOrder, `hit ${i}`);
    }
  });

  it('prepares nothing for longer words or several words, and still answers them', () => {
    const search = new StatementSearch(bundled);
    search.prepare('rubio', 50);
    search.prepare('r c', 50);
    assert.deepStrictEqual(ids(search, 'rubio', 5), ids(new StatementSearch(bundled), 'rubio', 5));
  });
});
