// How a statement is described to a reporter (speaker with role, date with weekday, outlet, article),
// shared by the hover, the lookup, the corpus view and the report.
import { formatStatementDate, MONTH_NAMES, nameOfSpeaker, type Person, type Source, type Statement } from '../engine';

/** What describing a statement needs: the corpus's people and sources by id (the checker, or the client's copy). */
export interface CorpusDirectory {
  person(id: string | null | undefined): Person | undefined;
  source(id: string): Source | undefined;
  /** True for a record the newsroom added to its own corpus (.factdesk/corpus.jsonl); absent means none is. */
  isNewsroomRecord?(statementId: string): boolean;
}

export interface StatementInfo {
  statement: Statement;
  speakerName: string;
  /** The role the speaker held on the statement's date (or their first role), e.g. "Secretary of State". */
  role?: string;
  /** "Sunday 17 August 2025". */
  date: string;
  outlet: string;
  source?: Source;
  /** "The Washington Post, “Headline” (17 August 2025)". */
  article?: string;
  /** "from your newsroom's corpus, added 30 November 2026" for a newsroom-added record; undefined for a sourced one. */
  provenance?: string;
}

export function describeStatement(statement: Statement, corpus: CorpusDirectory): StatementInfo {
  const person = corpus.person(statement.speaker);
  const source = corpus.source(statement.source);
  return {
    statement,
    speakerName: nameOfSpeaker(statement.speaker, () => person) ?? 'Unattributed (reported fact)',
    role: person ? roleOn(person, statement.date) : undefined,
    date: formatStatementDate(statement),
    outlet: statement.outlet,
    source,
    article: source ? `${source.publisher}, “${source.headline}”` : undefined,
    provenance: provenanceOf(statement, corpus),
  };
}

/**
 * How a record came into the corpus, for a reader who must not take a desk's note for a sourced
 * record: "from your newsroom's corpus, added 30 November 2026" (the date from the record's
 * `added`, when it has one); undefined for a curated or configured record.
 */
export function provenanceOf(statement: Statement, corpus: CorpusDirectory): string | undefined {
  if (!corpus.isNewsroomRecord?.(statement.id)) return undefined;
  const [year, month, day] = (statement.added ?? '').split('-').map(Number);
  return year && month && day
    ? `from your newsroom's corpus, added ${day} ${MONTH_NAMES[month - 1]} ${year}`
    : "from your newsroom's corpus";
}

/** A speaker as the report names them (see nameOfSpeaker); "nobody named" for none. */
export function speakerName(id: string | null | undefined, corpus: CorpusDirectory): string {
  return nameOfSpeaker(id, (known) => corpus.person(known)) ?? 'nobody named';
}

function roleOn(person: Person, date: string): string | undefined {
  const held = person.roles.find((role) => (!role.from || role.from <= date) && (!role.to || date <= role.to));
  return (held ?? person.roles[0])?.title;
}
