// STUB: the real loader is being written (corpus owner). The public surface below is the contract.
import type { Corpus, LoadProblem } from '../types';

export type CorpusFileFormat = 'json' | 'jsonl' | 'csv';

export interface CorpusLoadResult {
  corpus: Corpus;
  problems: LoadProblem[];
}

/** Picks the format from a file name's extension (.json, .jsonl/.ndjson, .csv). */
export function detectFormat(fileName: string): CorpusFileFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return undefined;
}

/** Parses and validates one corpus file's text; bad records are skipped and reported with line and field. */
export function parseCorpusFile(fileName: string, _text: string, _format?: CorpusFileFormat): CorpusLoadResult {
  return { corpus: { statements: [], people: [], sources: [] }, problems: [{ file: fileName, line: 0, message: 'loader not implemented', severity: 'error' }] };
}

/** Merges corpora in order (bundled first); later duplicate ids are reported and skipped. */
export function mergeCorpora(parts: { name: string; corpus: Corpus }[]): CorpusLoadResult {
  const corpus: Corpus = { statements: [], people: [], sources: [] };
  for (const part of parts) {
    corpus.statements.push(...part.corpus.statements);
    corpus.people.push(...part.corpus.people);
    corpus.sources.push(...part.corpus.sources);
  }
  return { corpus, problems: [] };
}
