/**
 * Review of proposals: JSON Lines in and out, accepting the confident ones, and turning accepted
 * proposals into the lines a corpus file holds (occurrences folded into the record they repeat).
 */
import type { Person } from '../types';
import { deriveNumbers } from '../corpus/numbers';
import type { Proposal, ProposedPerson, ProposedStatement } from './types';
import { CONFIDENT, negated } from './propose';

/** One proposal per line, in order. */
export function proposalsToJsonl(proposals: readonly Proposal[]): string {
  return proposals.map((proposal) => JSON.stringify(proposal)).join('\n') + (proposals.length ? '\n' : '');
}

/** Reads a proposals file back; lines that are not proposals are reported by 1-based line number. */
export function parseProposals(text: string): { proposals: Proposal[]; problems: { line: number; message: string }[] } {
  const proposals: Proposal[] = [];
  const problems: { line: number; message: string }[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    try {
      const value = JSON.parse(line) as Proposal;
      if (!value || typeof value !== 'object' || !['statement', 'person', 'source'].includes(value.type))
        problems.push({ line: index + 1, message: 'not a proposal (needs "type": statement, person or source)' });
      else proposals.push(value);
    } catch (error) {
      problems.push({
        line: index + 1,
        message: `not JSON: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  });
  return { proposals, problems };
}

/** Why a statement is held back from "accept all confident", or undefined when it may be accepted. */
export function heldBecause(statement: ProposedStatement): string | undefined {
  if (!statement.speaker) return 'no speaker';
  if (statement.differsFrom) return `differs from record ${statement.differsFrom.id}`;
  if (statement.confidence < CONFIDENT) return `confidence ${statement.confidence} below ${CONFIDENT}`;
  if (!statement.date) return 'no date';
  return undefined;
}

/**
 * Accepts every proposed statement that is confident (and the sources and people they need);
 * returns the new list and, for the rest, why each was held, counted by reason.
 */
export function acceptConfident(proposals: readonly Proposal[]): {
  proposals: Proposal[];
  accepted: number;
  held: Map<string, number>;
} {
  const held = new Map<string, number>();
  let accepted = 0;
  const next = proposals.map((proposal) => {
    if (proposal.type !== 'statement' || proposal.status !== 'proposed') return proposal;
    const reason = heldBecause(proposal);
    if (reason) {
      const key = reason.startsWith('differs')
        ? 'differs from a record of the same speaker'
        : reason.startsWith('confidence')
          ? `confidence below ${CONFIDENT}`
          : reason;
      held.set(key, (held.get(key) ?? 0) + 1);
      return proposal;
    }
    accepted++;
    return { ...proposal, status: 'accepted' as const };
  });
  return { proposals: withDependencies(next), accepted, held };
}

/** Sources and people that an accepted statement needs are accepted with it. */
export function withDependencies(proposals: readonly Proposal[]): Proposal[] {
  const needed = new Set<string>();
  for (const proposal of proposals) {
    if (proposal.type === 'statement' && proposal.status === 'accepted') {
      needed.add(`source:${proposal.source}`);
      if (proposal.speaker) needed.add(`person:${proposal.speaker}`);
    }
  }
  return proposals.map((proposal) =>
    proposal.type !== 'statement' && proposal.status === 'proposed' && needed.has(`${proposal.type}:${proposal.id}`)
      ? { ...proposal, status: 'accepted' as const }
      : proposal,
  );
}

/**
 * The corpus lines (JSON Lines) for the accepted proposals: records without their review fields,
 * and an accepted occurrence as an `occurrence` line naming the record it repeats.
 */
export function acceptedCorpusLines(proposals: readonly Proposal[]): string[] {
  const lines: string[] = [];
  for (const proposal of withDependencies(proposals)) {
    if (proposal.status !== 'accepted') continue;
    if (proposal.type === 'statement') {
      if (proposal.occurrenceOf) {
        lines.push(
          JSON.stringify({
            type: 'occurrence',
            of: proposal.occurrenceOf,
            source: proposal.source,
            date: proposal.date,
            datePrecision: proposal.datePrecision,
            dateBasis: proposal.dateBasis,
            outlet: proposal.outlet,
          }),
        );
        continue;
      }
      const {
        type: _type,
        status: _status,
        confidence: _confidence,
        evidence: _evidence,
        reason: _reason,
        occurrenceOf: _occurrence,
        differsFrom: _differs,
        ...record
      } = proposal;
      lines.push(JSON.stringify({ type: 'statement', ...record }));
    } else {
      const { status: _status, ...record } = proposal;
      lines.push(JSON.stringify(record));
    }
  }
  return lines;
}

/** The fields a reviewer may correct in a proposed statement. */
export type EditableField = 'speaker' | 'date' | 'outlet' | 'text';

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Corrects one field of the proposed statement `id`. `speaker` is a person id or a name or alias of
 * a person in `people` or among the proposals; any other name becomes a new proposed person. `date`
 * is ISO (YYYY, YYYY-MM or YYYY-MM-DD; its precision follows). New `text` drops the occurrence or
 * near-match it was tied to, and its numbers and negation are derived again.
 * Returns the new list, or `error` (list unchanged) for an unknown id, an empty value or a bad date.
 */
export function editProposal(
  proposals: readonly Proposal[],
  id: string,
  field: EditableField,
  value: string,
  people: readonly Person[],
): { proposals: Proposal[]; error?: string } {
  const index = proposals.findIndex((proposal) => proposal.type === 'statement' && proposal.id === id);
  if (index < 0) return { proposals: [...proposals], error: `no proposed statement '${id}'` };
  const trimmed = value.trim();
  if (!trimmed && field !== 'outlet') return { proposals: [...proposals], error: `the ${field} cannot be empty` };
  const statement = { ...(proposals[index] as ProposedStatement) };
  const next = [...proposals];
  const edited = `${field} edited in review`;
  statement.reason = statement.reason.includes(edited) ? statement.reason : `${statement.reason}; ${edited}`;
  if (field === 'date') {
    if (
      !ISO_DATE.test(trimmed) ||
      Number.isNaN(
        Date.parse(trimmed.length === 4 ? `${trimmed}-01-01` : trimmed.length === 7 ? `${trimmed}-01` : trimmed),
      )
    )
      return { proposals: [...proposals], error: `'${trimmed}' is not an ISO date (2025-08-17, 2025-08 or 2025)` };
    statement.date = trimmed;
    statement.datePrecision = trimmed.length === 10 ? 'day' : trimmed.length === 7 ? 'month' : 'year';
    statement.dateBasis = `set in review (was: ${statement.dateBasis})`;
  } else if (field === 'outlet') {
    statement.outlet = trimmed;
  } else if (field === 'text') {
    statement.text = trimmed.replace(/^["“‘]+|["”’]+$/g, '').trim();
    statement.numbers = deriveNumbers(statement.text);
    statement.negated = negated(statement.text);
    delete statement.occurrenceOf;
    delete statement.differsFrom;
  } else {
    const wanted = trimmed.toLowerCase();
    const matches = (person: { id: string; name: string; aliases: readonly string[] }) =>
      person.id === trimmed ||
      person.name.toLowerCase() === wanted ||
      person.aliases.some((alias) => alias.toLowerCase() === wanted);
    const found =
      people.find(matches) ??
      proposals.find((proposal): proposal is ProposedPerson => proposal.type === 'person' && matches(proposal));
    if (found) statement.speaker = found.id;
    else {
      const words = trimmed.split(/\s+/);
      const taken = new Set([
        ...people.map((person) => person.id),
        ...proposals.filter((proposal) => proposal.type === 'person').map((proposal) => proposal.id),
      ]);
      const base =
        trimmed
          .toLowerCase()
          .normalize('NFKD')
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'speaker';
      let personId = base;
      for (let n = 2; taken.has(personId); n++) personId = `${base}-${n}`;
      const person: ProposedPerson = {
        type: 'person',
        id: personId,
        name: trimmed,
        kind: 'person',
        aliases: words.length > 1 ? [trimmed, words[words.length - 1]] : [trimmed],
        roles: [],
        status: 'proposed',
      };
      next.push(person);
      statement.speaker = personId;
    }
    delete statement.differsFrom;
  }
  next[index] = statement;
  return { proposals: next };
}
