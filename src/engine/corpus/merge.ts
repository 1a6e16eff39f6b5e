/**
 * Merging corpora in order (bundled first, then each user file): duplicate ids are reported and
 * the first wins; a statement's speaker given by name or alias is resolved against every known
 * person; an unknown name becomes a new person (with a warning); statements whose source is not
 * defined anywhere are kept, with a warning; `occurrence` lines are attached to their statements
 * (see occurrences.ts).
 */
import type { Corpus, LoadProblem, Person, Statement } from '../types';
import { attachOccurrences } from './occurrences';
import { recordLines } from './records';

export interface CorpusPart {
  name: string;
  corpus: Corpus;
}

/** How names are compared: case, curly apostrophes, spacing and a leading honorific do not matter. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:mr|mrs|ms|dr)\.?\s+/, '');
}

export function slugify(name: string): string {
  const slug = nameKey(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'speaker';
}

function problem(
  file: string,
  record: object,
  severity: LoadProblem['severity'],
  message: string,
  field?: string,
  recordId?: string,
): LoadProblem {
  const result: LoadProblem = { file, line: recordLines.get(record) ?? 0, message, severity };
  if (field) result.field = field;
  if (recordId) result.recordId = recordId;
  return result;
}

export function mergeCorpora(parts: CorpusPart[]): { corpus: Corpus; problems: LoadProblem[] } {
  const corpus: Corpus = { statements: [], people: [], sources: [] };
  const problems: LoadProblem[] = [];
  const peopleById = new Map<string, { person: Person; from: string }>();
  const sourcesById = new Map<string, string>();
  const statementsById = new Map<string, string>();

  // People and sources first, from every part, so a statement may name a speaker defined later.
  for (const part of parts) {
    for (const person of part.corpus.people) {
      const first = peopleById.get(person.id);
      if (first) {
        problems.push(
          problem(
            part.name,
            person,
            'error',
            `duplicate person id "${person.id}" (already defined in ${first.from}); this one is skipped`,
            'id',
            person.id,
          ),
        );
        continue;
      }
      peopleById.set(person.id, { person, from: part.name });
      corpus.people.push(person);
    }
    for (const source of part.corpus.sources) {
      const first = sourcesById.get(source.id);
      if (first !== undefined) {
        problems.push(
          problem(
            part.name,
            source,
            'error',
            `duplicate source id "${source.id}" (already defined in ${first}); this one is skipped`,
            'id',
            source.id,
          ),
        );
        continue;
      }
      sourcesById.set(source.id, part.name);
      corpus.sources.push(source);
    }
  }

  const byName = new Map<string, string[]>();
  const addName = (name: string, id: string): void => {
    const key = nameKey(name);
    const ids = byName.get(key);
    if (!ids) byName.set(key, [id]);
    else if (!ids.includes(id)) ids.push(id);
  };
  for (const person of corpus.people) {
    for (const name of [person.name, ...person.aliases]) addName(name, person.id);
  }

  /** People made here from a fact-check's claimant: only those take roles from later fact-checks. */
  const from = new Map<string, 'claimant'>();
  const resolveSpeaker = (statement: Statement, file: string): string => {
    const speaker = statement.speaker as string;
    const ids = byName.get(nameKey(speaker));
    if (ids && ids.length > 1) {
      problems.push(
        problem(
          file,
          statement,
          'warning',
          `speaker "${speaker}" could be ${ids.join(' or ')}; using ${ids[0]} (give the person id to choose)`,
          'speaker',
          statement.id,
        ),
      );
    }
    const claimant = statement.factCheck;
    if (ids) {
      // A fact-check may give a claimant the corpus made from an earlier one a role ("Energy Secretary").
      const known = peopleById.get(ids[0])?.person;
      const title = claimant?.claimantTitle;
      if (known && title && from.get(known.id) === 'claimant' && !known.roles.some((role) => role.title === title))
        known.roles.push({ title });
      return ids[0];
    }
    let id = slugify(speaker);
    for (let n = 2; peopleById.has(id); n++) id = `${slugify(speaker)}-${n}`;
    // A fact-check says whether its claimant is a person or an organisation, and may give a job title.
    const person: Person = {
      id,
      name: speaker.trim(),
      kind: claimant?.claimantKind ?? 'person',
      aliases: [speaker.trim()],
      roles: claimant?.claimantTitle ? [{ title: claimant.claimantTitle }] : [],
    };
    if (claimant) from.set(id, 'claimant');
    peopleById.set(id, { person, from: file });
    corpus.people.push(person);
    addName(speaker, id);
    // A fact-check's claimant need not be in the corpus: fact-checks rate what anyone says.
    if (!statement.factCheck)
      problems.push(
        problem(
          file,
          statement,
          'warning',
          `speaker "${speaker}" is not a known person; added as a new person "${id}"`,
          'speaker',
          statement.id,
        ),
      );
    return id;
  };

  for (const part of parts) {
    const missingSources = new Map<string, { statement: Statement; count: number }>();
    for (const original of part.corpus.statements) {
      const first = statementsById.get(original.id);
      if (first !== undefined) {
        problems.push(
          problem(
            part.name,
            original,
            'error',
            `duplicate statement id "${original.id}" (already defined in ${first}); this one is skipped`,
            'id',
            original.id,
          ),
        );
        continue;
      }
      statementsById.set(original.id, part.name);
      let statement = original;
      if (statement.speaker !== null && !peopleById.has(statement.speaker)) {
        // Copy rather than mutate: the parts' arrays (the bundled corpus above all) are shared.
        statement = { ...original, speaker: resolveSpeaker(original, part.name) };
        recordLines.set(statement, recordLines.get(original) ?? 0);
      }
      if (!sourcesById.has(statement.source)) {
        const entry = missingSources.get(statement.source);
        if (entry) entry.count++;
        else missingSources.set(statement.source, { statement, count: 1 });
      }
      corpus.statements.push(statement);
    }
    for (const [source, { statement, count }] of missingSources) {
      const others = count > 1 ? ` (and ${count - 1} more statement${count > 2 ? 's' : ''} in this file)` : '';
      problems.push(
        problem(
          part.name,
          statement,
          'warning',
          `source "${source}" is not defined in any corpus${others}; the statement is kept`,
          'source',
          statement.id,
        ),
      );
    }
  }
  // Occurrences last: their statement may be in any part, before or after them.
  problems.push(
    ...attachOccurrences(
      corpus.statements,
      parts
        .filter((part) => part.corpus.occurrences?.length)
        .map((part) => ({ file: part.name, records: part.corpus.occurrences! })),
    ),
  );
  return { corpus, problems };
}
