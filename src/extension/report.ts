import * as vscode from 'vscode';
import { CONFLICT_KINDS, formatCitation, type Finding } from '../engine';
import { COMMAND } from './commandIds';
import type { CorpusService } from './corpusService';
import type { DiagnosticsController } from './diagnostics';
import { describeStatement, provenanceOf, speakerName } from '../server/statementInfo';
import { countFindings } from './statusBar';

export type ReportFormat = 'markdown' | 'html';

export interface ReportArgs {
  format?: ReportFormat;
  /** The draft; defaults to the active editor's document. */
  uri?: vscode.Uri;
  /** Where to write; when absent the user picks (a save dialog). */
  target?: vscode.Uri;
}

interface ReportRow {
  line: number;
  verdict: string;
  finding: Finding;
  ignored: boolean;
}

const VERDICTS: Record<Finding['kind'], string> = {
  supported: 'Supported',
  misquote: 'Misquote',
  misattribution: 'Wrong speaker',
  'wrong-number': 'Wrong number',
  'wrong-date': 'Wrong date',
  'wrong-outlet': 'Wrong outlet',
  negation: 'Says the opposite',
  'unverified-quote': 'Unverified quote',
};

/** "Export Fact-Check Report": every claim in the draft, its verdict and its source, for the editor who signs off. */
export function registerReportCommand(context: vscode.ExtensionContext, diagnostics: DiagnosticsController, corpus: CorpusService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMAND.exportReport, async (args: ReportArgs = {}) => {
      const document = args.uri ? await vscode.workspace.openTextDocument(args.uri) : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage('Fact Desk: open a draft to export its report.');
        return undefined;
      }
      const result = await diagnostics.checkNow(document);
      if (!result) {
        void vscode.window.showInformationMessage('Fact Desk is not checking this document (language or Toggle Checking).');
        return undefined;
      }
      let format = args.format;
      if (!format) {
        const picked = await vscode.window.showQuickPick(
          [
            { label: 'Markdown', format: 'markdown' as const },
            { label: 'HTML', format: 'html' as const },
          ],
          { title: 'Fact Desk: report format' },
        );
        if (!picked) return undefined;
        format = picked.format;
      }
      const extension = format === 'html' ? 'html' : 'md';
      let target = args.target;
      if (!target) {
        const base = document.uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : document.uri;
        const stem = document.uri.path.split('/').pop()!.replace(/\.[^.]+$/, '');
        const defaultUri = base ? vscode.Uri.joinPath(base, document.uri.scheme === 'untitled' ? '.' : '..', `${stem}.fact-check.${extension}`) : undefined;
        target = await vscode.window.showSaveDialog({ defaultUri, filters: format === 'html' ? { HTML: ['html'] } : { Markdown: ['md'] }, title: 'Save the fact-check report' });
        if (!target) return undefined;
      }
      const rows = reportRows(document, result.findings, result.ignored);
      const title = document.uri.scheme === 'untitled' ? document.uri.path : vscode.workspace.asRelativePath(document.uri);
      const text = format === 'html' ? htmlReport(title, rows, corpus, result.capMessage) : markdownReport(title, rows, corpus, result.capMessage);
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
      if (!args.target) {
        void vscode.window.showInformationMessage(`Fact Desk: report saved to ${vscode.workspace.asRelativePath(target)}`, 'Open').then((choice) => {
          if (choice) void vscode.window.showTextDocument(target!);
        });
      }
      return target;
    }),
  );
}

function reportRows(document: vscode.TextDocument, findings: Finding[], ignored: Finding[]): ReportRow[] {
  const rows = [
    ...findings.map((finding) => ({ finding, ignored: false })),
    ...ignored.map((finding) => ({ finding, ignored: true })),
  ].map(({ finding, ignored }) => ({ line: document.positionAt(finding.range.start).line + 1, verdict: VERDICTS[finding.kind], finding, ignored }));
  return rows.sort((a, b) => a.finding.range.start - b.finding.range.start);
}

function summaryLine(rows: ReportRow[]): string {
  const counts = countFindings(rows.filter((row) => !row.ignored).map((row) => row.finding));
  const ignored = rows.filter((row) => row.ignored).length;
  return `${rows.length} claim(s) checked: ${counts.conflicts} conflict(s) with the record, ${counts.unverified} unverified quote(s), ${counts.supported} supported${ignored ? `, ${ignored} ignored by the desk` : ''}.`;
}

function sourceText(finding: Finding, corpus: CorpusService): string {
  if (!finding.statement) return 'No record found';
  return `${formatCitation(finding.statement, corpus.corpus)}${provenanceOf(finding.statement, corpus) ? ` (${provenanceOf(finding.statement, corpus)})` : ''}`;
}

export function markdownReport(title: string, rows: ReportRow[], corpus: CorpusService, capMessage?: string): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  const lines = [
    `# Fact-check report: ${title}`,
    '',
    `Generated by Fact Desk on ${new Date().toISOString().slice(0, 10)} against ${corpus.corpus.statements.length} sourced statements.`,
    '',
    summaryLine(rows),
    '',
  ];
  if (capMessage) lines.push(`> **Partial check:** ${capMessage}`, '');
  lines.push('| Line | Verdict | Claim in the draft | Finding | Source |', '| ---: | --- | --- | --- | --- |');
  for (const row of rows) {
    const verdict = `${row.verdict}${row.ignored ? ' (ignored)' : ''}`;
    lines.push(`| ${row.line} | ${verdict} | ${cell(row.finding.claim)} | ${cell(row.finding.message)} | ${cell(sourceText(row.finding, corpus))} |`);
  }
  const conflicts = rows.filter((row) => CONFLICT_KINDS.includes(row.finding.kind));
  if (conflicts.length) {
    lines.push('', '## Corrections to make', '');
    for (const row of conflicts) {
      const record = row.finding.statement ? describeStatement(row.finding.statement, corpus) : undefined;
      lines.push(`- **Line ${row.line}, ${row.verdict.toLowerCase()}${row.ignored ? ' (ignored)' : ''}:** ${row.finding.message}`);
      if (record) lines.push(`  - Record: “${record.statement.text}” (${record.speakerName}, ${record.date}, ${record.outlet || 'outlet not stated'})`);
      if (row.finding.kind === 'misattribution') lines.push(`  - Draft names: ${speakerName(row.finding.draftSpeaker, corpus)}`);
      if (row.finding.fix) lines.push(`  - Suggested: ${row.finding.fix.label}: “${row.finding.fix.text}”`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function htmlReport(title: string, rows: ReportRow[], corpus: CorpusService, capMessage?: string): string {
  const esc = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  const body = rows
    .map((row) => {
      const fix = row.finding.fix ? `<br><em>Suggested:</em> ${esc(row.finding.fix.label)}: “${esc(row.finding.fix.text)}”` : '';
      return `<tr class="${row.finding.kind}${row.ignored ? ' ignored' : ''}"><td>${row.line}</td><td>${esc(row.verdict)}${row.ignored ? ' (ignored)' : ''}</td><td>${esc(row.finding.claim)}</td><td>${esc(row.finding.message)}${fix}</td><td>${esc(sourceText(row.finding, corpus))}</td></tr>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Fact-check report: ${esc(title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #ccc; padding: 0.4rem; vertical-align: top; text-align: left; }
tr.supported td:nth-child(2) { color: #1a7f37; }
tr:not(.supported):not(.unverified-quote) td:nth-child(2) { color: #b35900; font-weight: bold; }
tr.ignored { opacity: 0.6; }
</style>
</head>
<body>
<h1>Fact-check report: ${esc(title)}</h1>
<p>Generated by Fact Desk on ${new Date().toISOString().slice(0, 10)} against ${corpus.corpus.statements.length} sourced statements.</p>
<p>${esc(summaryLine(rows))}</p>
${capMessage ? `<p><strong>Partial check:</strong> ${esc(capMessage)}</p>\n` : ''}<table>
<thead><tr><th>Line</th><th>Verdict</th><th>Claim in the draft</th><th>Finding</th><th>Source</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
</body>
</html>
`;
}
