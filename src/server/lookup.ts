import Fuse from 'fuse.js';
import { formatStatementDate, type FactChecker, type Statement } from '../engine';

interface SearchRecord {
  statement: Statement;
  speaker: string;
  text: string;
  outlet: string;
  date: string;
  publisher: string;
}

const KEYS = ['speaker', 'text', 'outlet', 'date', 'publisher'];

/**
 * The look-up: fuzzy search (fuse.js) over speaker, quote, outlet and date, where every word of the
 * query must match some field ("Rubio concessions": Rubio the speaker, concessions in the quote).
 * Built once per corpus.
 */
export class StatementSearch {
  private readonly records: SearchRecord[];
  private readonly fuse: Fuse<SearchRecord>;

  constructor(checker: FactChecker) {
    this.records = checker.corpus.statements.map((statement) => {
      const person = checker.person(statement.speaker);
      return {
        statement,
        speaker: person ? [person.name, ...person.aliases].join(' ') : '',
        text: statement.text,
        outlet: statement.outlet,
        date: `${statement.date} ${formatStatementDate(statement)}`,
        publisher: checker.source(statement.source)?.publisher ?? '',
      };
    });
    this.fuse = new Fuse(this.records, {
      keys: [
        { name: 'speaker', weight: 2 },
        { name: 'text', weight: 3 },
        { name: 'outlet', weight: 1 },
        { name: 'date', weight: 1 },
        { name: 'publisher', weight: 0.5 },
      ],
      ignoreLocation: true,
      threshold: 0.35,
    });
  }

  /** Up to `limit` statements, best first; the first `limit` of the corpus for an empty query. */
  search(query: string, limit: number): Statement[] {
    const words = query.trim().split(/\s+/).filter(Boolean);
    if (!words.length) return this.records.slice(0, limit).map((record) => record.statement);
    const expression = { $and: words.map((word) => ({ $or: KEYS.map((key) => ({ [key]: word })) })) };
    return this.fuse.search(expression, { limit }).map((hit) => hit.item.statement);
  }
}
