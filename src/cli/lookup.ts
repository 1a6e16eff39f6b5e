/** `factdesk lookup QUERY`: who said what, when and where, by fuzzy search over the corpus. */
import Fuse from 'fuse.js';
import { formatStatementDate, type Corpus, type Statement } from '../engine';

export interface LookupHit {
  statement: Statement;
  speaker: string | null;
  score: number;
}

interface SearchRow {
  statement: Statement;
  speaker: string;
  aliases: string;
  roles: string;
  text: string;
  outlet: string;
  date: string;
}

/** Ranks statements for a query over speaker (any spelling or role), words, outlet and date. */
export function lookupStatements(corpus: Corpus, query: string, limit: number): LookupHit[] {
  const people = new Map(corpus.people.map((person) => [person.id, person]));
  const rows: SearchRow[] = corpus.statements.map((statement) => {
    const person = statement.speaker ? people.get(statement.speaker) : undefined;
    return {
      statement,
      speaker: person?.name ?? statement.speaker ?? '',
      aliases: person ? person.aliases.join(' ') : '',
      roles: person ? person.roles.map((role) => role.title).join(' ') : '',
      text: statement.text,
      outlet: statement.outlet,
      date: `${statement.date} ${formatStatementDate(statement)}`,
    };
  });
  const fuse = new Fuse(rows, {
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.35,
    useExtendedSearch: false,
    keys: [
      { name: 'speaker', weight: 3 },
      { name: 'aliases', weight: 2 },
      { name: 'roles', weight: 1 },
      { name: 'text', weight: 3 },
      { name: 'outlet', weight: 1.5 },
      { name: 'date', weight: 1 },
    ],
  });
  return fuse.search(query, { limit }).map((result) => ({
    statement: result.item.statement,
    speaker: result.item.speaker || null,
    score: 1 - (result.score ?? 1),
  }));
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
