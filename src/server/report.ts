/**
 * The fact-check report an editor signs: one builder, two renderings (Markdown and HTML), used by the
 * extension's "Export Fact-Check Report" and by `factdesk report`. Pure: the caller checks the draft,
 * hashes its text ({@link sha256Hex}) and says who ran it; nothing here reads files or the clock.
 *
 * Order is the editor's: corrections first (each with the draft's words, the record's, the source
 * and the fix), then unsourced quotations, then supported claims, then what the desk chose to ignore.
 */
import {
  CONFLICT_KINDS,
  KIND_REGISTRY,
  LineIndex,
  formatCitation,
  MONTH_NAMES,
  WEEKDAY_NAMES,
  type Corpus,
  type DiffPart,
  type Finding,
  type FindingKind,
  type FindingKindInfo,
  type Statement,
} from '../engine';
import { plural } from './plural';
import { REPORT_MARKER } from './ownDocuments';
import type { IgnoredClaim } from './protocol';
import { describeStatement, speakerName, type CorpusDirectory } from './statementInfo';

export type ReportFormat = 'markdown' | 'html';

/** One corpus file the check used, and how many statements it holds. */
export interface ReportCorpusPart {
  name: string;
  statements: number;
}

export interface ReportInput {
  /** The draft as the reader knows it: a workspace-relative path, or the untitled document's name. */
  draftName: string;
  draftText: string;
  /** Lower-case hex SHA-256 of `draftText` (UTF-8). */
  draftHash: string;
  /** The draft's own date (ISO YYYY-MM-DD: its front matter's, else factDesk.draftDate), when it has one. */
  draftDate?: string;
  /** Findings shown as diagnostics (ignored ones removed). */
  findings: readonly Finding[];
  /** Findings the desk chose to ignore, with the entry that ignores each when known. */
  ignored: readonly { finding: Finding; entry?: IgnoredClaim }[];
  capMessage?: string;
  /** The people and sources of the corpus the draft was checked against (for citations and record details); its statements are only counted. */
  corpus: Pick<Corpus, 'people' | 'sources'> & Partial<Pick<Corpus, 'statements'>>;
  /** Statements in that corpus, when `corpus` does not carry them (the editor's client does not hold them). */
  corpusStatements?: number;
  /** The files it was read from; empty when unknown. */
  corpusParts: readonly ReportCorpusPart[];
  /** When the report was made. */
  generated: Date;
  /** Who ran the check (factDesk.reportAuthor, else the OS user name); undefined when unknown. */
  author?: string;
  /** "Fact Desk 0.1.0", for the record. */
  tool: string;
  /** True for a record the newsroom added itself (.factdesk/corpus.jsonl): labelled as such, never as a sourced record. */
  isNewsroomRecord?: (statementId: string) => boolean;
}

/** A correction as the report lists it. */
export interface ReportCorrection {
  line: number;
  verdict: string;
  kind: FindingKind;
  message: string;
  /** The claim as the draft has it. */
  draftWords: string;
  /** The words that differ: the draft's, and the record's in their place (from the engine's diff or the fix). */
  change?: { draft: string; record: string };
  /** The record's words (the statement's text). */
  recordWords?: string;
  /** "Marco Rubio, Secretary of State · Sunday 17 August 2025 · CBS’s Face the Nation". */
  recordBy?: string;
  /** Where the record was published: publisher, headline, date. */
  source?: string;
  /** For a wrong speaker: whom the draft names. */
  draftSpeaker?: string;
  fix?: { label: string; text: string };
}

export interface ReportEntry {
  line: number;
  claim: string;
  /** Supported claims: who said it, when, where, and the publisher. Unsourced quotations: whom the draft attributes it to, when known. */
  detail?: string;
}

export interface ReportIgnored extends ReportEntry {
  verdict: string;
  reason?: string;
  by?: string;
  added?: string;
}

/** The report as data: what both renderings print. */
export interface ReportModel {
  title: string;
  header: { label: string; value: string }[];
  summary: string;
  capMessage?: string;
  corrections: ReportCorrection[];
  unsourced: ReportEntry[];
  supported: ReportEntry[];
  ignored: ReportIgnored[];
}

/** The verdict labels, from the finding-kind registry. */
export const VERDICTS = Object.fromEntries(
  KIND_REGISTRY.map((info: FindingKindInfo) => [info.id, info.label]),
) as Record<FindingKind, string>;

/** The sign-off line at the foot of every report. */
export const SIGN_OFF = 'Checked by: ____________________  Date: ____________';

/** Lower-case hex SHA-256 of `text` as UTF-8, with Web Crypto (Node 20 and browsers alike). Rejects where `crypto.subtle` is missing. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Arranges a checked draft into the report's sections, each in draft order. */
export function buildReport(input: ReportInput): ReportModel {
  const index = new LineIndex(input.draftText);
  const lineOf = (finding: Finding) => index.positionAt(finding.range.start).line + 1;
  const directory = directoryOf(input.corpus, input.isNewsroomRecord);
  const byPosition = [...input.findings].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  // A repeated claim a fact-checker rated false or mixed is a correction to make; one rated true sources the sentence.
  const ratedTrue = (finding: Finding) =>
    finding.kind === 'fact-checked' && finding.statement?.factCheck?.rating === 'true';
  const corrections = byPosition
    .filter(
      (finding) => CONFLICT_KINDS.includes(finding.kind) || (finding.kind === 'fact-checked' && !ratedTrue(finding)),
    )
    .map((finding) => correction(finding, lineOf(finding), input.draftText, input.corpus, directory));
  const unsourced = byPosition
    .filter((finding) => finding.kind === 'unverified-quote')
    .map((finding) => ({
      line: lineOf(finding),
      claim: finding.claim,
      detail: finding.draftSpeaker ? `attributed to ${speakerName(finding.draftSpeaker, directory)}` : undefined,
    }));
  const supported = byPosition
    .filter((finding) => finding.kind === 'supported' || ratedTrue(finding))
    .map((finding) => ({
      line: lineOf(finding),
      claim: finding.claim,
      detail: finding.statement ? supportedBy(finding.statement, directory) : undefined,
    }));
  const ignored = [...input.ignored]
    .sort((a, b) => a.finding.range.start - b.finding.range.start)
    .map(({ finding, entry }) => ({
      line: lineOf(finding),
      verdict: VERDICTS[finding.kind],
      claim: finding.claim,
      ...(entry?.reason ? { reason: entry.reason } : {}),
      ...(entry?.by ? { by: entry.by } : {}),
      ...(entry?.added ? { added: entry.added.slice(0, 10) } : {}),
    }));

  const header = [
    { label: 'Draft', value: input.draftName },
    { label: 'Draft text (SHA-256)', value: input.draftHash },
    ...(input.draftDate ? [{ label: 'Draft date', value: longDate(input.draftDate) }] : []),
    {
      label: 'Report date',
      value: `${longDate(isoDay(input.generated))}, ${input.generated.toISOString().slice(11, 16)} UTC`,
    },
    { label: 'Corpus', value: corpusLine(input) },
    {
      label: 'Run by',
      value: input.author ? `${input.author} (${input.tool})` : `${input.tool} (no name: set factDesk.reportAuthor)`,
    },
  ];
  const claims = corrections.length + unsourced.length + supported.length + ignored.length;
  const summary =
    `${plural(claims, 'claim')} checked: ${plural(corrections.length, 'correction')} to make, ` +
    `${plural(unsourced.length, 'unsourced quotation')}, ${supported.length.toLocaleString('en-US')} supported` +
    `${ignored.length ? `, ${ignored.length.toLocaleString('en-US')} ignored by the desk` : ''}.`;
  return {
    title: `Fact-check report: ${input.draftName}`,
    header,
    summary,
    capMessage: input.capMessage,
    corrections,
    unsourced,
    supported,
    ignored,
  };
}

function correction(
  finding: Finding,
  line: number,
  draftText: string,
  corpus: Pick<Corpus, 'people' | 'sources'>,
  directory: CorpusDirectory,
): ReportCorrection {
  const out: ReportCorrection = {
    line,
    verdict: VERDICTS[finding.kind],
    kind: finding.kind,
    message: finding.message,
    draftWords: finding.claim,
  };
  const change = changeOf(finding.diff) ?? changeOfFix(finding, draftText);
  if (change) out.change = change;
  if (finding.statement) {
    out.recordWords = finding.statement.text;
    out.recordBy = recordBy(finding.statement, directory);
    out.source = sourceOf(finding.statement, corpus, directory);
  }
  if (finding.kind === 'misattribution' && finding.draftSpeaker !== undefined)
    out.draftSpeaker = speakerName(finding.draftSpeaker, directory);
  if (finding.fix) out.fix = { label: finding.fix.label, text: finding.fix.text };
  return out;
}

/** Who said it, when and where, and who published it: "Marco Rubio · Sunday 17 August 2025 · CBS’s Face the Nation (The Washington Post)". */
function supportedBy(statement: Statement, directory: CorpusDirectory): string {
  const publisher = directory.source(statement.source)?.publisher;
  return `${recordBy(statement, directory)}${publisher ? ` (${publisher})` : ''}`;
}

/** "Marco Rubio, Secretary of State · Sunday 17 August 2025 · CBS’s Face the Nation" (empty parts left out). */
function recordBy(statement: Statement, directory: CorpusDirectory): string {
  const info = describeStatement(statement, directory);
  return [`${info.speakerName}${info.role ? `, ${info.role}` : ''}`, info.date, info.outlet, info.provenance]
    .filter((part) => part && part.trim())
    .join(' · ');
}

/** Where the record was published: "The Washington Post, “Headline”, 17 August 2025"; the printed citation when the source is not in the corpus. */
function sourceOf(
  statement: Statement,
  corpus: Pick<Corpus, 'people' | 'sources'>,
  directory: CorpusDirectory,
): string {
  const source = directory.source(statement.source);
  if (!source) return formatCitation(statement, corpus);
  return [
    source.publisher,
    source.headline ? `“${source.headline}”` : '',
    source.published ? longDate(source.published) : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** Without a word diff, the fix says what changes: the draft's words it replaces and the record's it puts in. */
function changeOfFix(finding: Finding, draftText: string): { draft: string; record: string } | undefined {
  if (!finding.fix) return undefined;
  const draft = draftText.slice(finding.fix.range.start, finding.fix.range.end).trim();
  const record = finding.fix.text.trim();
  // A whole-quotation rewrite says nothing at a glance: the draft's and the record's words are printed in full below.
  if (!draft || draft === record || draft.length > 60 || record.length > 60) return undefined;
  return { draft, record };
}

/** The engine's diff goes from the record to the draft: `added` words are the draft's, `removed` the record's. */
function changeOf(diff: readonly DiffPart[] | undefined): { draft: string; record: string } | undefined {
  if (!diff) return undefined;
  const words = (op: DiffPart['op']) =>
    diff
      .filter((part) => part.op === op && part.text.trim())
      .map((part) => part.text.trim())
      .join(' … ');
  const draft = words('added');
  const record = words('removed');
  return draft || record ? { draft, record } : undefined;
}

function corpusLine(input: ReportInput): string {
  const total = plural(input.corpusStatements ?? input.corpus.statements?.length ?? 0, 'statement');
  if (!input.corpusParts.length) return total;
  return `${total}: ${input.corpusParts.map((part) => `${part.name} (${plural(part.statements, 'statement')})`).join('; ')}`;
}

function directoryOf(
  corpus: Pick<Corpus, 'people' | 'sources'>,
  isNewsroomRecord?: (statementId: string) => boolean,
): CorpusDirectory {
  const people = new Map(corpus.people.map((person) => [person.id, person]));
  const sources = new Map(corpus.sources.map((source) => [source.id, source]));
  return { person: (id) => (id ? people.get(id) : undefined), source: (id) => sources.get(id), isNewsroomRecord };
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "Monday 30 November 2026" for an ISO day; anything else as given. */
function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return `${WEEKDAY_NAMES[date.getUTCDay()]} ${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

// ---- Markdown ----

/** Escapes Markdown so the draft's and the record's words print as written. */
function md(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/[\\`*_[\]<>~|#]/g, (char) => `\\${char}`);
}

/** The report as Markdown; its first line is {@link REPORT_MARKER}, so Fact Desk never checks it as a draft. */
export function reportMarkdown(model: ReportModel): string {
  const lines = [REPORT_MARKER, `# ${md(model.title)}`, '', '| | |', '| --- | --- |'];
  for (const row of model.header) lines.push(`| **${row.label}** | ${md(row.value)} |`);
  lines.push('', model.summary, '');
  if (model.capMessage) lines.push(`> **Partial check:** ${md(model.capMessage)}`, '');

  lines.push(`## Corrections (${model.corrections.length})`, '');
  if (!model.corrections.length) lines.push('None: no claim conflicts with the record.', '');
  model.corrections.forEach((item, i) => {
    lines.push(`### ${i + 1}. Line ${item.line}: ${item.verdict}`, '', md(item.message), '');
    if (item.change) lines.push(`- **Change:** ${changeMarkdown(item.change)}`);
    lines.push(
      `- **The draft:** “${md(item.draftWords)}”${item.draftSpeaker ? `, attributed to ${md(item.draftSpeaker)}` : ''}`,
    );
    if (item.recordWords !== undefined)
      lines.push(`- **The record:** “${md(item.recordWords)}”${item.recordBy ? ` (${md(item.recordBy)})` : ''}`);
    if (item.source) lines.push(`- **Source:** ${md(item.source)}`);
    lines.push(
      `- **Fix:** ${item.fix ? `${md(item.fix.label)}: “${md(item.fix.text)}”` : 'none offered: rewrite by hand against the record.'}`,
    );
    lines.push('');
  });

  lines.push(`## Unsourced quotations (${model.unsourced.length})`, '');
  if (!model.unsourced.length) lines.push('None: every quotation matches a record.', '');
  else {
    for (const item of model.unsourced)
      lines.push(
        `- **Line ${item.line}:** “${md(item.claim)}”${item.detail ? `, ${md(item.detail)}` : ''} — no record in the corpus: source it or cut it.`,
      );
    lines.push('');
  }

  lines.push(`## Supported claims (${model.supported.length})`, '');
  if (!model.supported.length) lines.push('None.', '');
  else {
    for (const item of model.supported)
      lines.push(`- **Line ${item.line}:** “${md(item.claim)}”${item.detail ? ` — ${md(item.detail)}` : ''}`);
    lines.push('');
  }

  if (model.ignored.length) {
    lines.push(`## Ignored by the desk (${model.ignored.length})`, '');
    for (const item of model.ignored)
      lines.push(
        `- **Line ${item.line}, ${md(item.verdict.toLowerCase())}:** “${md(item.claim)}”${ignoredNote(item) ? ` — ${md(ignoredNote(item))}` : ''}`,
      );
    lines.push('');
  }

  lines.push('---', '', SIGN_OFF, '');
  return lines.join('\n');
}

function changeMarkdown(change: { draft: string; record: string }): string {
  const draft = change.draft ? `~~${md(change.draft)}~~` : '(nothing)';
  const record = change.record ? `**${md(change.record)}**` : '(nothing)';
  return `the draft has ${draft} where the record has ${record}`;
}

function ignoredNote(item: ReportIgnored): string {
  const parts = [
    item.reason ? `Reason: ${item.reason}` : '',
    item.by ? `by ${item.by}` : '',
    item.added ? `on ${item.added}` : '',
  ].filter(Boolean);
  return parts.join(', ');
}

// ---- HTML ----

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The report as a self-contained HTML page (no scripts, no external resources), with the same sections as the Markdown. */
export function reportHtml(model: ReportModel): string {
  const e = escapeHtml;
  const out: string[] = [];
  out.push(`<h1>${e(model.title)}</h1>`);
  out.push(
    `<table class="header">\n${model.header.map((row) => `<tr><th scope="row">${e(row.label)}</th><td>${e(row.value)}</td></tr>`).join('\n')}\n</table>`,
  );
  out.push(`<p class="summary">${e(model.summary)}</p>`);
  if (model.capMessage) out.push(`<p class="partial"><strong>Partial check:</strong> ${e(model.capMessage)}</p>`);

  out.push(`<section id="corrections">\n<h2>Corrections (${model.corrections.length})</h2>`);
  if (!model.corrections.length) out.push('<p>None: no claim conflicts with the record.</p>');
  model.corrections.forEach((item, i) => {
    const rows: string[] = [];
    if (item.change) {
      rows.push(
        `<dt>Change</dt><dd>the draft has ${item.change.draft ? `<del>${e(item.change.draft)}</del>` : '(nothing)'} where the record has ${item.change.record ? `<strong>${e(item.change.record)}</strong>` : '(nothing)'}</dd>`,
      );
    }
    rows.push(
      `<dt>The draft</dt><dd>“${e(item.draftWords)}”${item.draftSpeaker ? `, attributed to ${e(item.draftSpeaker)}` : ''}</dd>`,
    );
    if (item.recordWords !== undefined)
      rows.push(`<dt>The record</dt><dd>“${e(item.recordWords)}”${item.recordBy ? ` (${e(item.recordBy)})` : ''}</dd>`);
    if (item.source) rows.push(`<dt>Source</dt><dd>${e(item.source)}</dd>`);
    rows.push(
      `<dt>Fix</dt><dd>${item.fix ? `${e(item.fix.label)}: “${e(item.fix.text)}”` : 'none offered: rewrite by hand against the record.'}</dd>`,
    );
    out.push(
      `<article class="correction ${e(item.kind)}">\n<h3>${i + 1}. Line ${item.line}: ${e(item.verdict)}</h3>\n<p>${e(item.message)}</p>\n<dl>\n${rows.join('\n')}\n</dl>\n</article>`,
    );
  });
  out.push('</section>');

  out.push(`<section id="unsourced">\n<h2>Unsourced quotations (${model.unsourced.length})</h2>`);
  if (!model.unsourced.length) out.push('<p>None: every quotation matches a record.</p>');
  else
    out.push(
      `<ul>\n${model.unsourced.map((item) => `<li><strong>Line ${item.line}:</strong> “${e(item.claim)}”${item.detail ? `, ${e(item.detail)}` : ''} — no record in the corpus: source it or cut it.</li>`).join('\n')}\n</ul>`,
    );
  out.push('</section>');

  out.push(`<section id="supported">\n<h2>Supported claims (${model.supported.length})</h2>`);
  if (!model.supported.length) out.push('<p>None.</p>');
  else
    out.push(
      `<ul>\n${model.supported.map((item) => `<li><strong>Line ${item.line}:</strong> “${e(item.claim)}”${item.detail ? ` — ${e(item.detail)}` : ''}</li>`).join('\n')}\n</ul>`,
    );
  out.push('</section>');

  if (model.ignored.length) {
    out.push(`<section id="ignored">\n<h2>Ignored by the desk (${model.ignored.length})</h2>`);
    out.push(
      `<ul>\n${model.ignored.map((item) => `<li><strong>Line ${item.line}, ${e(item.verdict.toLowerCase())}:</strong> “${e(item.claim)}”${ignoredNote(item) ? ` — ${e(ignoredNote(item))}` : ''}</li>`).join('\n')}\n</ul>`,
    );
    out.push('</section>');
  }
  out.push(`<footer>\n<hr>\n<p class="sign-off">${e(SIGN_OFF)}</p>\n</footer>`);

  return `<!DOCTYPE html>
${REPORT_MARKER}
<html lang="en">
<head>
<meta charset="utf-8">
<title>${e(model.title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; line-height: 1.45; }
table.header th { text-align: left; padding-right: 1rem; vertical-align: top; }
table.header td { font-variant-numeric: tabular-nums; word-break: break-all; }
article.correction { border-left: 4px solid #b35900; padding: 0 1rem; margin: 1rem 0; }
dt { font-weight: bold; }
dd { margin: 0 0 0.4rem 1.5rem; }
del { color: #b31d28; }
#supported li { color: #1a4d2e; }
.sign-off { margin-top: 2rem; font-size: 1.1rem; }
</style>
</head>
<body>
${out.join('\n')}
</body>
</html>
`;
}

/** The report in `format`. */
export function renderReport(model: ReportModel, format: ReportFormat): string {
  return format === 'html' ? reportHtml(model) : reportMarkdown(model);
}
