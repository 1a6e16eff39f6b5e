/**
 * Loading corpus files: a newsroom's own statements in JSON, JSON Lines or CSV, and published
 * fact-checks (schema.org ClaimReview) as JSON-LD, JSON, JSON Lines or a saved HTML page (see
 * docs/corpus-format.md). Nothing here throws: every problem comes back with the file, the 1-based
 * line, the field and the record id, the bad record is skipped and the rest loads.
 */
import type { Corpus, LoadProblem } from '../types';
import { readCsv, readJson, readJsonl } from './formats';
import { binaryContentReason, ProblemList, unreadableFileProblem } from './problems';
import { RecordCollector } from './records';
import { mentionsClaimReview, readClaimReviews } from './claimReview';

export { mergeCorpora } from './merge';
export type { CorpusPart } from './merge';
export { unreadableFileProblem } from './problems';

/** `jsonld` and `html` hold ClaimReviews; `json` and `jsonl` hold statements, or ClaimReviews when they say so. */
export type CorpusFileFormat = 'json' | 'jsonl' | 'csv' | 'jsonld' | 'html';

export interface CorpusLoadResult {
  corpus: Corpus;
  problems: LoadProblem[];
}

/** Picks the format from a file name's extension (.json, .jsonl/.ndjson, .csv, .jsonld, .html/.htm). */
export function detectFormat(fileName: string): CorpusFileFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.jsonld')) return 'jsonld';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return undefined;
}

/** Guesses the format from the text when the name says nothing: JSON Lines if the first two records are one-line objects. */
function sniffFormat(text: string): CorpusFileFormat {
  const lines = text.split('\n', 3).map((line) => line.trim());
  if (
    lines[0]?.startsWith('{') &&
    lines[0].endsWith('}') &&
    (lines[1] === undefined || lines[1] === '' || lines[1].startsWith('{'))
  )
    return 'jsonl';
  if (lines[0]?.startsWith('[') || lines[0]?.startsWith('{')) return 'json';
  return 'csv';
}

/**
 * Parses and validates one corpus file's text. Speakers given by name stay as written until
 * {@link mergeCorpora} resolves them against every known person, so call it even for one file.
 */
export function parseCorpusFile(fileName: string, text: string, format?: CorpusFileFormat): CorpusLoadResult {
  const problems = new ProblemList(fileName);
  const collector = new RecordCollector(problems);
  const binary = binaryContentReason(text);
  if (binary) return { corpus: collector.corpus, problems: [unreadableFileProblem(fileName, binary)] };
  // A byte-order mark becomes a space, so offsets (and so lines) stay right.
  const body = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  if (body.trim() === '') {
    problems.error(0, 'The corpus file is empty: no records were loaded');
    return { corpus: collector.corpus, problems: problems.items };
  }
  const chosen = format ?? detectFormat(fileName) ?? sniffFormat(body);
  try {
    if (chosen === 'html') readClaimReviews(body, 'html', problems, collector.corpus);
    else if (chosen === 'jsonld' || ((chosen === 'json' || chosen === 'jsonl') && mentionsClaimReview(body))) {
      const lines = chosen === 'jsonl' || (chosen === 'jsonld' && sniffFormat(body) === 'jsonl');
      readClaimReviews(body, lines ? 'jsonl' : 'json', problems, collector.corpus);
    } else if (chosen === 'json') readJson(body, problems, collector);
    else if (chosen === 'jsonl') readJsonl(body, problems, collector);
    else readCsv(body, problems, collector);
  } catch (error) {
    // A defect in the loader must not take the caller down: report it as a problem with the file.
    problems.error(0, `The file could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { corpus: collector.corpus, problems: problems.items };
}
