import * as vscode from 'vscode';
import { defaultSeverity, FINDING_KINDS, type FindingKind, type Severity } from '../engine';

/** The settings section: every setting is `factDesk.<key>`. */
export const SECTION = 'factDesk';

/** A severity a user can choose per kind; `off` hides the kind entirely. */
export type SeveritySetting = Severity | 'off';

/** Every setting Fact Desk reads, as one plain object. Read fresh with `readSettings()`; never cache it globally. */
export interface FactDeskSettings {
  enabled: boolean;
  languages: string[];
  severity: Record<FindingKind, SeveritySetting>;
  /** Minimum match score in [0, 1]; undefined leaves the engine's tuned default. */
  minMatchScore: number | undefined;
  debounceMs: number;
  corpusFiles: string[];
  useBundledCorpus: boolean;
  /** ISO date against which "on Monday" resolves when the draft has no front-matter date; empty when unset. */
  draftDate: string;
  /** Characters checked per draft; longer drafts are checked up to the cap, with a message. */
  maxFileSize: number;
  showSupportedInProblems: boolean;
}

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Reads every Fact Desk setting for a scope (a document's URI, so folder settings apply). */
export function readSettings(scope?: vscode.ConfigurationScope): FactDeskSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const severityOverrides = config.get<Record<string, unknown>>('severity') ?? {};
  const severity = {} as Record<FindingKind, SeveritySetting>;
  for (const kind of FINDING_KINDS) {
    const chosen = severityOverrides[kind];
    severity[kind] = SEVERITIES.includes(chosen as SeveritySetting) ? (chosen as SeveritySetting) : defaultSeverity(kind);
  }
  return {
    enabled: config.get<boolean>('enabled', true),
    languages: config.get<string[]>('languages', ['markdown', 'plaintext']),
    severity,
    minMatchScore: optionalScore(config.get<number | null>('minMatchScore', null)),
    debounceMs: Math.max(0, config.get<number>('debounceMs', 300)),
    corpusFiles: config.get<string[]>('corpusFiles', []),
    useBundledCorpus: config.get<boolean>('useBundledCorpus', true),
    draftDate: config.get<string>('draftDate', '').trim(),
    maxFileSize: Math.max(1000, config.get<number>('maxFileSize', 1_000_000)),
    showSupportedInProblems: config.get<boolean>('showSupportedInProblems', false),
  };
}

/** True when a configuration change touches Fact Desk. */
export function affectsFactDesk(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}

function optionalScore(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? clamp(value, 0, 1) : undefined;
}

function clamp(value: number, low: number, high: number): number {
  return Number.isFinite(value) ? Math.min(high, Math.max(low, value)) : low;
}
