import type { FindingKind, Severity } from './types';
import { kindInfo } from './kinds';

/**
 * Default severity per kind, from the registry (kinds.ts): conflicts are warnings, unsourced quotes
 * information, supported claims hints (visible in the editor, not cluttering the Problems panel).
 * Users override per kind; a finding's grade may have its own default (see `defaultFindingSeverity`).
 */
export function defaultSeverity(kind: FindingKind): Severity {
  return kindInfo(kind).defaultSeverity;
}
