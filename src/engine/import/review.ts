/**
 * Review of proposals: JSON Lines in and out, accepting the confident ones, and turning accepted
 * proposals into the lines a corpus file holds (occurrences folded into the record they repeat).
 */
import type { Proposal, ProposedStatement } from './types';
import { CONFIDENT } from './propose';

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
      if (!value || typeof value !== 'object' || !['statement', 'person', 'source'].includes(value.type)) problems.push({ line: index + 1, message: 'not a proposal (needs "type": statement, person or source)' });
      else proposals.push(value);
    } catch (error) {
      problems.push({ line: index + 1, message: `not JSON: ${error instanceof Error ? error.message : String(error)}` });
    }
  });
  return { proposals, problems };
}

/** Why a statement is held back from "accept all confident", or undefined when it may be accepted. */
export function heldBecause(statement: ProposedStatement): string | undefined {
  if (!statement.speaker) return 'no speaker';
  if (statement.differsFrom) return `differs from record ${statement.differsFrom.id}`;
  if (statement.confidence < CONFIDENT) return `confidence ${statement.confidence} below ${CONFIDENT}`;
  if (statement.date === '1970') return 'no date';
  return undefined;
}

/**
 * Accepts every proposed statement that is confident (and the sources and people they need);
 * returns the new list and, for the rest, why each was held, counted by reason.
 */
export function acceptConfident(proposals: readonly Proposal[]): { proposals: Proposal[]; accepted: number; held: Map<string, number> } {
  const held = new Map<string, number>();
  let accepted = 0;
  const next = proposals.map((proposal) => {
    if (proposal.type !== 'statement' || proposal.status !== 'proposed') return proposal;
    const reason = heldBecause(proposal);
    if (reason) {
      const key = reason.startsWith('differs') ? 'differs from a record of the same speaker' : reason.startsWith('confidence') ? `confidence below ${CONFIDENT}` : reason;
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
  return proposals.map((proposal) => (proposal.type !== 'statement' && proposal.status === 'proposed' && needed.has(`${proposal.type}:${proposal.id}`) ? { ...proposal, status: 'accepted' as const } : proposal));
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
        lines.push(JSON.stringify({ type: 'occurrence', of: proposal.occurrenceOf, source: proposal.source, date: proposal.date, outlet: proposal.outlet }));
        continue;
      }
      const { type: _type, status: _status, confidence: _confidence, evidence: _evidence, reason: _reason, occurrenceOf: _occurrence, differsFrom: _differs, ...record } = proposal;
      lines.push(JSON.stringify({ type: 'statement', ...record }));
    } else {
      const { status: _status, ...record } = proposal;
      lines.push(JSON.stringify(record));
    }
  }
  return lines;
}
