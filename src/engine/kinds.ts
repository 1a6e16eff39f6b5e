/**
 * The finding-kind registry: everything about a kind of finding that is not how it is judged.
 *
 * Each kind's id, title, report label, default severity, description, documentation anchor and
 * SARIF rule text live here once. The kind lists (`FindingKind`, `FINDING_KINDS`,
 * `CONFLICT_KINDS`), the severity settings the server reads, the CLI's help and exit-code text,
 * the SARIF rules and the report's verdict labels are derived from it; `package.json`'s
 * `factDesk.severity` schema is written from it by `npm run sync:kinds`, and unit tests hold that
 * schema, the headings of docs/findings.md and the walkthrough to it. See docs/contributing.md.
 */
import type { Finding, Severity } from './types';

/** A severity setting that applies to some findings of a kind only (a fact-check rated true, say). */
export interface SeverityGrade {
  /** The setting's key under `factDesk.severity`: `fact-checked-true`. */
  key: string;
  default: Severity;
  /** Which findings it applies to, for the settings' description: "a claim rated true". */
  when: string;
}

export interface FindingKindInfo {
  /** The diagnostic code, setting key, SARIF rule id and docs/findings.md heading: kebab-case. */
  id: string;
  /** Title case, for SARIF's rule name and lists: "Wrong number". */
  title: string;
  /** The report's verdict and section label: "Wrong speaker". */
  label: string;
  /** What a finding's message and hover open with, when not `label`: "Sourced", "Unverified quote". */
  messageLabel?: string;
  defaultSeverity: Severity;
  /** True when the kind means the draft disagrees with the record (the CLI exits 1, the status bar counts it). */
  conflict: boolean;
  /** One line: what the kind means. SARIF's short description and the CLI's help. */
  description: string;
  /** A paragraph: SARIF's full description. */
  detail: string;
  /**
   * How media/walkthrough/open-sample.md names the kind's planted example in samples/draft.md ("a
   * wrong day"); absent when the sample draft has none (a test holds the two together).
   */
  sample?: string;
  /** Further severity settings for part of the kind's findings, each chosen by `gradeOf`. */
  grades?: readonly SeverityGrade[];
  /** Which grade's setting a finding takes; undefined for the kind's own. */
  gradeOf?: (finding: Finding) => string | undefined;
}

/** The kinds, in the order a reporter cares about them (and SARIF's rule order). */
export const KIND_REGISTRY = [
  {
    id: 'supported',
    title: 'Supported',
    label: 'Supported',
    messageLabel: 'Sourced',
    defaultSeverity: 'hint',
    conflict: false,
    description: 'The claim matches the record.',
    detail:
      'The quotation or claim matches a sourced statement in the corpus: same words, speaker, number, day and outlet.',
    sample: 'quotes that match the record word for word',
  },
  {
    id: 'misquote',
    title: 'Misquote',
    label: 'Misquote',
    defaultSeverity: 'warning',
    conflict: true,
    description: 'Words inside a quotation differ from the record.',
    detail:
      'The quotation changes, adds or drops words of the recorded statement (trimming, ellipses and [bracketed] insertions are allowed).',
    sample: 'a misquote',
  },
  {
    id: 'misattribution',
    title: 'Misattribution',
    label: 'Wrong speaker',
    defaultSeverity: 'warning',
    conflict: true,
    description: 'The quote is given to the wrong person.',
    detail: 'The recorded statement was made by someone other than the person the draft names.',
    sample: 'a wrong speaker',
  },
  {
    id: 'wrong-number',
    title: 'Wrong number',
    label: 'Wrong number',
    defaultSeverity: 'warning',
    conflict: true,
    description: 'A number differs from the record.',
    detail: 'A number in the claim (a count, a length of time, a size) differs from the one in the recorded statement.',
    sample: 'a wrong number',
  },
  {
    id: 'wrong-date',
    title: 'Wrong date',
    label: 'Wrong date',
    defaultSeverity: 'warning',
    conflict: true,
    description: 'The day or date differs from the record.',
    detail: 'The day or date the draft gives for the statement differs from when it was said.',
    sample: 'a wrong day',
  },
  {
    id: 'wrong-outlet',
    title: 'Wrong outlet',
    label: 'Wrong outlet',
    defaultSeverity: 'warning',
    conflict: true,
    description: 'The outlet or venue differs from the record.',
    detail:
      'The draft names a different outlet or venue (interview, programme, news conference) than the one where the statement was made.',
    sample: 'a wrong outlet',
  },
  {
    id: 'negation',
    title: 'Negation',
    label: 'Says the opposite',
    defaultSeverity: 'warning',
    conflict: true,
    description: 'The draft says the opposite of the record.',
    detail: 'The claim drops or adds a negation, so it asserts the opposite of the recorded statement.',
    sample: 'a claim that says the opposite of the record',
  },
  {
    id: 'unverified-quote',
    title: 'Unverified quote',
    label: 'Unsourced quotation',
    messageLabel: 'Unverified quote',
    defaultSeverity: 'information',
    conflict: false,
    description: 'An attributed quotation with no source in the corpus.',
    detail:
      'The draft attributes a quotation to someone, and no statement in the corpus matches it. Find the source or cut the quote.',
    sample: 'a quotation with no source at all',
  },
  {
    id: 'fact-checked',
    title: 'Fact-checked',
    label: 'Fact-checked claim',
    messageLabel: 'Fact-checked',
    defaultSeverity: 'warning',
    conflict: false,
    description: 'The draft repeats a claim a fact-checker has rated.',
    detail:
      'A sentence repeats, word for word or in other words, a claim a fact-checker has rated (schema.org ClaimReview in the corpus): the verdict, the fact-checker and the date are named. A claim rated false or misleading is a warning, one rated true a hint (supporting evidence). A sentence that reports the claim as false or unsupported is not a repeat.',
    grades: [
      { key: 'fact-checked-mixed', default: 'information', when: 'a claim rated half true or mixed' },
      { key: 'fact-checked-true', default: 'hint', when: 'a claim rated true' },
    ],
    gradeOf: (finding: Finding) => {
      const rating = finding.statement?.factCheck?.rating;
      return rating === 'mixed' || rating === 'true' ? `fact-checked-${rating}` : undefined;
    },
  },
] as const satisfies readonly FindingKindInfo[];

/** The kinds of finding, in the order a reporter cares about them. */
export type FindingKind = (typeof KIND_REGISTRY)[number]['id'];

export const FINDING_KINDS: readonly FindingKind[] = KIND_REGISTRY.map((info) => info.id);

/** Kinds that mean the draft disagrees with the record. */
export const CONFLICT_KINDS: readonly FindingKind[] = KIND_REGISTRY.filter((info) => info.conflict).map(
  (info) => info.id,
);

const BY_ID = new Map<string, FindingKindInfo>(KIND_REGISTRY.map((info) => [info.id, info]));

/** The registry entry of a kind. Throws on an id that is not a kind (a caller's bug, not bad input). */
export function kindInfo(kind: FindingKind): FindingKindInfo {
  const info = BY_ID.get(kind);
  if (!info) throw new Error(`Unknown finding kind '${kind}'`);
  return info;
}

/** True for a string that names a kind (for parsing eval cases, ignore files and settings). */
export function isFindingKind(value: unknown): value is FindingKind {
  return typeof value === 'string' && BY_ID.has(value);
}

/** One key of the `factDesk.severity` setting: a kind's own, or one of its grades. */
export interface SeverityKey {
  key: string;
  kind: FindingKind;
  default: Severity;
  /** Set on a grade's key: which findings it applies to. */
  when?: string;
}

/** Every key `factDesk.severity` accepts, in registry order, each kind followed by its grades. */
export const SEVERITY_KEYS: readonly SeverityKey[] = KIND_REGISTRY.flatMap((info: FindingKindInfo) => [
  { key: info.id, kind: info.id as FindingKind, default: info.defaultSeverity },
  ...(info.grades ?? []).map((grade) => ({
    key: grade.key,
    kind: info.id as FindingKind,
    default: grade.default,
    when: grade.when,
  })),
]);

/** The `factDesk.severity` key a finding's severity is read from: its grade's, or its kind's. */
export function severityKeyOf(finding: Finding): string {
  return kindInfo(finding.kind).gradeOf?.(finding) ?? finding.kind;
}

const DEFAULTS = new Map(SEVERITY_KEYS.map((entry) => [entry.key, entry.default]));

/** The default severity of a severity key (a kind id or a grade's key); `warning` for an unknown key. */
export function defaultSeverityOf(key: string): Severity {
  return DEFAULTS.get(key) ?? 'warning';
}

/** A finding's default severity, its grade considered (a fact-check rated true is a hint). */
export function defaultFindingSeverity(finding: Finding): Severity {
  return defaultSeverityOf(severityKeyOf(finding));
}

/** The severity setting values, `off` included, as `package.json`'s schema lists them. */
export const SEVERITY_SETTING_VALUES = ['error', 'warning', 'information', 'hint', 'off'] as const;

/**
 * The JSON schema of `factDesk.severity` as `package.json` must hold it (`npm run sync:kinds`
 * writes it; a unit test compares): an object whose keys are the severity keys.
 */
export function severitySettingSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const entry of SEVERITY_KEYS) {
    properties[entry.key] = { type: 'string', enum: [...SEVERITY_SETTING_VALUES], default: entry.default };
  }
  return {
    type: 'object',
    default: Object.fromEntries(SEVERITY_KEYS.map((entry) => [entry.key, entry.default])),
    additionalProperties: false,
    properties,
    markdownDescription: '%config.severity%',
    // A workspace folder may set its own (multi-root workspaces).
    scope: 'resource',
  };
}

/** The `factDesk.severity` setting's description (package.nls.json), its defaults from the registry. */
export function severityDescription(): string {
  const conflicts = new Set(
    SEVERITY_KEYS.filter((entry) => !entry.when && kindInfo(entry.kind).conflict && entry.default === 'warning').map(
      (entry) => entry.key,
    ),
  );
  const others = SEVERITY_KEYS.filter((entry) => !conflicts.has(entry.key)).map(
    (entry) => `\`${entry.key}\`${entry.when ? ` (${entry.when})` : ''} \`${entry.default}\``,
  );
  return `Severity of each kind of finding: \`error\`, \`warning\`, \`information\`, \`hint\` (editor only, not the Problems panel) or \`off\`. Defaults: conflicts \`warning\`, ${others.join(', ')}.`;
}
