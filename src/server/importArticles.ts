// The importer behind "Import Quotes from Article…": runs in the server, beside the corpus it
// matches speakers and earlier records against; the client reads the files and shows the review.
import type { Corpus, Source } from '../engine';
import { importArticle, type Proposal } from '../engine/import';
import type { ImportArticlesParams, ImportArticlesResult } from './protocol';

/**
 * Proposes records from each article against `corpus`. A source proposed for one article is known
 * to the next (two files of the same outlet's story share it). Never throws: an article that cannot
 * be read (binary, empty, too long, a page with no article body) is listed in `failures`.
 */
export function importArticles(params: ImportArticlesParams, corpus: Corpus): ImportArticlesResult {
  const known: Corpus = { ...corpus, sources: [...corpus.sources] };
  const result: ImportArticlesResult = { proposals: [], notes: [], failures: [] };
  for (const article of params.articles ?? []) {
    const imported = importArticle(article.file, article.text, known, {
      articleDate: article.articleDate,
      articleDateBasis: article.articleDateBasis,
      articleDateGuessed: article.articleDateGuessed,
    });
    if ('message' in imported) {
      result.failures.push({ file: article.file, message: imported.message });
      continue;
    }
    for (const proposal of imported.proposals) if (proposal.type === 'source') known.sources.push(asSource(proposal));
    result.proposals.push(...imported.proposals);
    result.notes.push(...imported.notes);
  }
  return result;
}

function asSource(proposal: Extract<Proposal, { type: 'source' }>): Source {
  const { type: _type, status: _status, ...source } = proposal;
  return { ...source, byline: source.byline ?? [] } as Source;
}
