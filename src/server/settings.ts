// Fact Desk's settings as plain data, from the raw `factDesk` section any LSP client returns for
// `workspace/configuration` (VS Code's settings, or a table in Neovim's or Helix's config).
import { SEVERITY_KEYS, SEVERITY_SETTING_VALUES, type CitationStyle, type Severity } from '../engine';

export type SeveritySetting = Severity | 'off';

/** Every setting Fact Desk reads, for one scope (a workspace folder or a document). */
export interface FactDeskSettings {
  enabled: boolean;
  languages: string[];
  /** By severity key (a kind id, or a grade's key such as `fact-checked-true`; see the kind registry). */
  severity: Record<string, SeveritySetting>;
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
  /** How inserted and copied citations are written: `house` (the default) or `ap` (AP style). */
  citationStyle: CitationStyle;
}

const SEVERITIES: readonly SeveritySetting[] = SEVERITY_SETTING_VALUES;

/** Settings from a raw section object; anything missing or malformed takes its default. */
export function settingsFrom(raw: unknown): FactDeskSettings {
  const config = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const get = <T>(key: string, fallback: T, valid: (value: unknown) => boolean): T =>
    valid(config[key]) ? (config[key] as T) : fallback;
  const isBool = (value: unknown) => typeof value === 'boolean';
  const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
  const isStrings = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
  const overrides = (config.severity && typeof config.severity === 'object' ? config.severity : {}) as Record<
    string,
    unknown
  >;
  const severity: Record<string, SeveritySetting> = {};
  for (const entry of SEVERITY_KEYS) {
    const chosen = overrides[entry.key];
    severity[entry.key] = SEVERITIES.includes(chosen as SeveritySetting) ? (chosen as SeveritySetting) : entry.default;
  }
  const score = config.minMatchScore;
  return {
    enabled: get('enabled', true, isBool),
    languages: get('languages', ['markdown', 'plaintext'], isStrings),
    severity,
    minMatchScore: isNumber(score) ? Math.min(1, Math.max(0, score as number)) : undefined,
    debounceMs: Math.max(0, get('debounceMs', 300, isNumber)),
    corpusFiles: get('corpusFiles', [], isStrings),
    useBundledCorpus: get('useBundledCorpus', true, isBool),
    draftDate: get('draftDate', '', (value) => typeof value === 'string').trim(),
    maxFileSize: Math.max(1000, get('maxFileSize', 1_000_000, isNumber)),
    showSupportedInProblems: get('showSupportedInProblems', false, isBool),
    citationStyle: get<CitationStyle>('citationStyle', 'house', (value) => value === 'house' || value === 'ap'),
  };
}
