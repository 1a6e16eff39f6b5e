/**
 * The findings a checker returns for a draft, as the verdict tests compare them: kind, the draft's
 * underlined text, the record id (null for none) and the message.
 */
import type { FactChecker } from '../../src/engine';

export function findingsOf(checker: FactChecker, draft: string, draftDate: string) {
  return checker.check(draft, { draftDate }).findings.map((finding) => ({
    kind: finding.kind,
    text: draft.slice(finding.range.start, finding.range.end),
    statement: finding.statement?.id ?? null,
    message: finding.message,
  }));
}
