/**
 * The importer: articles in, proposed corpus records out (JSON Lines, reviewed before anything
 * enters the corpus). Pure: no I/O, no `vscode`, no `node:*`; the CLI and the extension read the
 * files and write the results.
 *
 * ```ts
 * const result = importArticle('story.html', html, corpus, { articleDate: '2025-08-17' });
 * if ('message' in result) report(result.message); else write(proposalsToJsonl(result.proposals));
 * ```
 */
import type { Corpus } from '../types';
import { isImportError, readArticle } from './article';
import { proposeFromArticle } from './propose';
import type { ImportError, ImportOptions, ImportResult, Proposal } from './types';

export type * from './types';
export { readArticle, isImportError, MAX_ARTICLE_CHARS, articleFormat } from './article';
export { proposeFromArticle, CONFIDENT } from './propose';
export {
  acceptConfident,
  acceptedCorpusLines,
  editProposal,
  heldBecause,
  parseProposals,
  proposalsToJsonl,
  withDependencies,
  type EditableField,
} from './review';

/**
 * Reads one article (`content`: the file's text) and proposes records against `corpus`.
 * Returns an `ImportError` (with a message for the reporter) for a binary, empty, oversized file or
 * a page with no article body; never throws.
 */
export function importArticle(
  file: string,
  content: string,
  corpus: Corpus,
  options: ImportOptions = {},
): ImportResult | ImportError {
  const article = readArticle(file, content);
  if (isImportError(article)) return article;
  return proposeFromArticle(article, corpus, options);
}

/** Proposals of several articles in one list, sources first per article. */
export function mergeResults(results: ImportResult[]): { proposals: Proposal[]; notes: string[] } {
  return { proposals: results.flatMap((result) => result.proposals), notes: results.flatMap((result) => result.notes) };
}
