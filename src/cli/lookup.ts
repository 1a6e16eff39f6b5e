/** `factdesk lookup QUERY`: who said what, when and where, by fuzzy search over the corpus. */
import { formatStatementDate, StatementSearch, type Corpus, type LookupHit } from '../engine';

export type { LookupHit };

/** Ranks statements for a query over speaker (any spelling or role), words, outlet, date and publisher: the engine's look-up, as the editor's. */
export function lookupStatements(corpus: Corpus, query: string, limit: number): LookupHit[] {
  return new StatementSearch(corpus).search(query, limit);
}

/** `id  date  speaker, outlet` then the quote, indented, for a terminal. */
export function formatLookupText(hits: readonly LookupHit[]): string {
  if (hits.length === 0) return 'no matching statement\n';
  return `${hits
    .map(({ statement, speaker }) => {
      const who = speaker ?? 'unattributed';
      const where = statement.outlet ? `, ${statement.outlet}` : '';
      const body = statement.kind === 'quote' ? `“${statement.text}”` : statement.text;
      return `${statement.id}  ${formatStatementDate(statement)}  ${who}${where}\n  ${body}`;
    })
    .join('\n')}\n`;
}
