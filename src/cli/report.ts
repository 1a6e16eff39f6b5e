/**
 * Turns check results into the CLI's three output formats. Pure functions of their input, so the
 * tests can assert exact output without running the engine.
 */
import {
  CONFLICT_KINDS,
  FINDING_KINDS,
  LineIndex,
  KIND_REGISTRY,
  defaultFindingSeverity,
  nameOfSpeaker,
  type Corpus,
  type Finding,
  type FindingKind,
  type OffsetRange,
  type Severity,
  type Statement,
} from '../engine';
// Type-only: the SARIF 2.1.0 object model, so the compiler holds the output to the standard.
import type * as Sarif from 'sarif';

/** One checked draft: its path as the user named it, its text and what the engine found. */
export interface FileReport {
  path: string;
  text: string;
  findings: Finding[];
  capMessage?: string;
}

/** What the formatters need besides the findings: the people and sources the statements refer to. */
export type CorpusDirectory = Pick<Corpus, 'people' | 'sources'>;

interface JsonPosition {
  line: number;
  character: number;
}

interface JsonRange {
  start: JsonPosition;
  end: JsonPosition;
}

/** Version 1 of the JSON output. Fields may be added; none will be removed or change meaning. */
export interface JsonOutput {
  version: 1;
  files: {
    path: string;
    capMessage?: string;
    findings: {
      kind: FindingKind;
      severity: Severity;
      range: JsonRange;
      message: string;
      claim: string;
      statement: {
        id: string;
        speaker: string | null;
        speakerId: string | null;
        date: string;
        outlet: string;
        quote: string;
        source: { id: string; publisher: string; headline: string; published: string } | null;
      } | null;
      fix: { range: JsonRange; text: string; label: string } | null;
    }[];
  }[];
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.kind.localeCompare(b.kind),
  );
}

export function isConflict(kind: FindingKind): boolean {
  return CONFLICT_KINDS.includes(kind);
}

/** Messages are one line in every format: a stray newline would break `path:line:col` parsing. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function toRange(index: LineIndex, range: OffsetRange): JsonRange {
  return { start: index.positionAt(range.start), end: index.positionAt(range.end) };
}

function speakerName(corpus: CorpusDirectory, id: string | null): string | null {
  return nameOfSpeaker(id, (known) => corpus.people.find((person) => person.id === known)) ?? null;
}

function statementJson(corpus: CorpusDirectory, statement: Statement) {
  const source = corpus.sources.find((candidate) => candidate.id === statement.source);
  return {
    id: statement.id,
    speaker: speakerName(corpus, statement.speaker),
    speakerId: statement.speaker,
    date: statement.date,
    outlet: statement.outlet,
    quote: statement.text,
    source: source
      ? { id: source.id, publisher: source.publisher, headline: source.headline, published: source.published }
      : null,
  };
}

/** The stable, versioned JSON report (zero-based lines and characters, UTF-16 columns). */
export function toJson(reports: readonly FileReport[], corpus: CorpusDirectory): JsonOutput {
  return {
    version: 1,
    files: reports.map((report) => {
      const index = new LineIndex(report.text);
      return {
        path: report.path,
        ...(report.capMessage ? { capMessage: report.capMessage } : {}),
        findings: sortFindings(report.findings).map((finding) => ({
          kind: finding.kind,
          severity: defaultFindingSeverity(finding),
          range: toRange(index, finding.range),
          message: oneLine(finding.message),
          claim: finding.claim,
          statement: finding.statement ? statementJson(corpus, finding.statement) : null,
          fix: finding.fix
            ? { range: toRange(index, finding.fix.range), text: finding.fix.text, label: finding.fix.label }
            : null,
        })),
      };
    }),
  };
}

/** Counts per kind over every report, for the closing summary line. */
export function countKinds(reports: readonly FileReport[]): Map<FindingKind, number> {
  const counts = new Map<FindingKind, number>();
  for (const report of reports)
    for (const finding of report.findings) counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
  return counts;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "2 files checked: 3 conflicts, 1 unverified quote, 9 supported" */
export function summaryLine(reports: readonly FileReport[]): string {
  const counts = countKinds(reports);
  const conflicts = CONFLICT_KINDS.reduce((sum, kind) => sum + (counts.get(kind) ?? 0), 0);
  const parts = [
    plural(conflicts, 'conflict'),
    plural(counts.get('unverified-quote') ?? 0, 'unverified quote'),
    `${counts.get('supported') ?? 0} supported`,
  ];
  return `${plural(reports.length, 'file')} checked: ${parts.join(', ')}`;
}

/**
 * `path:line:col kind message`, one finding a line, 1-based line and column as terminals and
 * editors expect, grouped by file with a blank line between groups, then a summary line.
 */
export function toText(reports: readonly FileReport[]): string {
  const groups: string[] = [];
  for (const report of reports) {
    const index = new LineIndex(report.text);
    const lines = sortFindings(report.findings).map((finding) => {
      const { line, character } = index.positionAt(finding.range.start);
      return `${report.path}:${line + 1}:${character + 1} ${finding.kind} ${oneLine(finding.message)}`;
    });
    if (report.capMessage) lines.push(`${report.path}: note: ${oneLine(report.capMessage)}`);
    if (lines.length > 0) groups.push(lines.join('\n'));
  }
  groups.push(summaryLine(reports));
  return `${groups.join('\n\n')}\n`;
}

function sarifLevel(severity: Severity): Sarif.Result.level {
  if (severity === 'error') return 'error';
  if (severity === 'warning') return 'warning';
  if (severity === 'information') return 'note';
  return 'none';
}

/** A region in SARIF's 1-based lines and columns, columns counted in UTF-16 code units. */
function sarifRegion(index: LineIndex, range: OffsetRange): Sarif.Region {
  const start = index.positionAt(range.start);
  const end = index.positionAt(range.end);
  return {
    startLine: start.line + 1,
    startColumn: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
  };
}

/** A path as a URI: relative paths stay relative references (forward slashes), absolute ones become `file:` URIs. */
export function toUriReference(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const encoded = encodeURI(slashed).replace(/[?#]/g, (char) => encodeURIComponent(char));
  if (slashed.startsWith('/')) return `file://${encoded}`;
  if (/^[A-Za-z]:\//.test(slashed)) return `file:///${encoded}`;
  return encoded;
}

/** SARIF 2.1.0, for code-scanning tools in a publishing pipeline. */
export function toSarif(reports: readonly FileReport[], corpus: CorpusDirectory, toolVersion: string): Sarif.Log {
  const rules: Sarif.ReportingDescriptor[] = KIND_REGISTRY.map((info) => ({
    id: info.id,
    // SARIF's rule name is PascalCase by convention: "WrongNumber".
    name: info.title.replace(/(?:^|[\s-])(\w)/g, (_, letter: string) => letter.toUpperCase()),
    shortDescription: { text: info.description },
    fullDescription: { text: info.detail },
    defaultConfiguration: { level: sarifLevel(info.defaultSeverity) },
  }));
  const results: Sarif.Result[] = [];
  for (const report of reports) {
    const index = new LineIndex(report.text);
    const uri = toUriReference(report.path);
    for (const finding of sortFindings(report.findings)) {
      const level = sarifLevel(defaultFindingSeverity(finding));
      const region = { ...sarifRegion(index, finding.range), snippet: { text: finding.claim } };
      results.push({
        ruleId: finding.kind,
        ruleIndex: FINDING_KINDS.indexOf(finding.kind),
        // SARIF: a result whose kind is not "fail" must have level "none"; a supported claim passes.
        kind: finding.kind === 'supported' ? 'pass' : 'fail',
        level: finding.kind === 'supported' ? 'none' : level,
        message: { text: oneLine(finding.message) },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region } }],
        ...(finding.fix
          ? {
              fixes: [
                {
                  description: { text: finding.fix.label },
                  artifactChanges: [
                    {
                      artifactLocation: { uri },
                      replacements: [
                        {
                          deletedRegion: sarifRegion(index, finding.fix.range),
                          insertedContent: { text: finding.fix.text },
                        },
                      ],
                    },
                  ],
                },
              ],
            }
          : {}),
        ...(finding.statement
          ? { properties: { statement: statementJson(corpus, finding.statement), score: finding.score } }
          : { properties: { score: finding.score } }),
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Fact Desk', version: toolVersion, semanticVersion: toolVersion, rules } },
        columnKind: 'utf16CodeUnits',
        artifacts: reports.map((report) => ({
          location: { uri: toUriReference(report.path) },
          mimeType: /\.(md|markdown)$/i.test(report.path) ? 'text/markdown' : 'text/plain',
        })),
        results,
        invocations: [
          {
            executionSuccessful: true,
            // A cap (size, findings) means part of a draft went unchecked: say so where the pipeline looks.
            toolExecutionNotifications: reports
              .filter((report) => report.capMessage)
              .map((report) => ({
                level: 'note',
                message: { text: oneLine(report.capMessage ?? '') },
                locations: [{ physicalLocation: { artifactLocation: { uri: toUriReference(report.path) } } }],
              })),
          },
        ],
      },
    ],
  };
}
