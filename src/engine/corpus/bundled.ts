// STUB: replaced by the corpus owner with JSON imports of data/*.json (bundled by esbuild, no file I/O).
import type { Corpus } from '../types';

/** The corpus that ships with Fact Desk, curated from the five seed articles. */
export function loadBundledCorpus(): Corpus {
  return { statements: [], people: [], sources: [] };
}
