/**
 * The benchmark's inputs: the same seed gives the same corpus and draft, and the synthetic records
 * are valid corpus records (the loader takes all of them), so the bench times real work.
 */
import * as assert from 'assert';
import { loadBundledCorpus, mergeCorpora, parseCorpusFile } from '../../src/engine';
import {
  editOneParagraph,
  learnFrom,
  seededRandom,
  syntheticCorpus,
  syntheticDraft,
  toJsonl,
} from '../bench/synthetic';

describe('bench: synthetic corpora and drafts', () => {
  const real = loadBundledCorpus();
  const world = learnFrom(real);

  it('draws the same numbers from the same seed, and different ones from another', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = [a(), a(), a()];
    assert.deepStrictEqual([b(), b(), b()], first);
    assert.notStrictEqual(seededRandom(43)(), first[0]);
    for (const value of first) assert.ok(value >= 0 && value < 1);
  });

  it('builds a corpus of exactly the size asked, the real statements first, deterministically', () => {
    const corpus = syntheticCorpus(real, 1_500, 7, world);
    assert.strictEqual(corpus.statements.length, 1_500);
    assert.deepStrictEqual(corpus.statements.slice(0, real.statements.length), real.statements);
    assert.deepStrictEqual(syntheticCorpus(real, 1_500, 7, world), corpus);
    assert.strictEqual(new Set(corpus.statements.map((statement) => statement.id)).size, 1_500);
  });

  it('writes records the loader accepts without a single problem', () => {
    const corpus = syntheticCorpus(real, 800, 11, world);
    const parsed = parseCorpusFile('synthetic.jsonl', toJsonl(corpus), 'jsonl');
    const merged = mergeCorpora([{ name: 'synthetic.jsonl', corpus: parsed.corpus }]);
    assert.deepStrictEqual([...parsed.problems, ...merged.problems], []);
    assert.strictEqual(merged.corpus.statements.length, 800);
  });

  it('writes drafts of about the length asked, with verbatim quotes from the corpus, and edits one paragraph only', () => {
    const corpus = syntheticCorpus(real, 1_000, 5, world);
    const draft = syntheticDraft(corpus, 2_000, 9, world);
    assert.strictEqual(syntheticDraft(corpus, 2_000, 9, world), draft);
    const words = draft.split(/\s+/).filter(Boolean).length;
    assert.ok(words >= 2_000 && words < 2_300, `${words} words`);
    const quoted = corpus.statements.filter(
      (statement) => statement.kind === 'quote' && draft.includes(`“${statement.text.replace(/[.?!]+$/, '')},”`),
    );
    assert.ok(quoted.length >= 5, `only ${quoted.length} verbatim quotes`);
    const edited = editOneParagraph(draft, 3, 'EDITED').split('\n\n');
    const original = draft.split('\n\n');
    assert.deepStrictEqual(
      edited.map((paragraph, index) => paragraph !== original[index]),
      original.map((_, index) => index === 3),
    );
  });
});
