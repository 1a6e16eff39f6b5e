import type { FindingKind, Severity } from './types';

/**
 * Default severity per kind: conflicts are warnings, unsourced quotes information, supported
 * claims hints (visible in the editor, not cluttering the Problems panel). Users override per kind.
 */
export function defaultSeverity(kind: FindingKind): Severity {
  switch (kind) {
    case 'supported':
      return 'hint';
    case 'unverified-quote':
      return 'information';
    default:
      return 'warning';
  }
}
