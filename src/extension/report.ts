import * as vscode from 'vscode';
import { draftFormat } from '../engine';
import { maskMarkdown } from '../engine/draft/markdown';
import { buildReport, renderReport, sha256Hex, type ReportFormat } from '../server/report';
import { COMMAND } from './commandIds';
import { readSettings } from './config';
import type { CorpusService } from './corpusService';
import type { DiagnosticsController } from './diagnostics';
import type { Suppressions } from './suppressions';

export type { ReportFormat };

export interface ReportArgs {
  format?: ReportFormat;
  /** The draft; defaults to the active editor's document. */
  uri?: vscode.Uri;
  /** Where to write; when absent the user picks (a save dialog). */
  target?: vscode.Uri;
}

/** Where the save dialog proposes reports: a folder of their own, never beside the drafts. */
export const REPORTS_FOLDER = 'fact-check-reports';

/**
 * "Export Fact-Check Report": corrections, unsourced quotations and supported claims, with a header
 * (draft, SHA-256 of its text, dates, corpus, who ran it) and a sign-off line, for the editor who signs
 * it. The report itself is built by the shared builder (src/server/report.ts), as `factdesk report` does.
 */
export function registerReportCommand(
  context: vscode.ExtensionContext,
  diagnostics: DiagnosticsController,
  corpus: CorpusService,
  suppressions: Suppressions,
  who: () => string | undefined,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMAND.exportReport, async (args: ReportArgs = {}) => {
      const document = args.uri
        ? await vscode.workspace.openTextDocument(args.uri)
        : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage('Fact Desk: open a draft to export its report.');
        return undefined;
      }
      const result = await diagnostics.checkNow(document);
      if (!result) {
        void vscode.window.showInformationMessage(
          'Fact Desk is not checking this document (a report, another language, or checking turned off).',
        );
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
      let target = args.target;
      if (!target) {
        const proposed = defaultTarget(document.uri, format);
        // Save dialogs fall back to another folder when the proposed one does not exist yet: make it.
        if (proposed)
          await Promise.resolve(vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(proposed, '..'))).catch(
            () => undefined,
          );
        target = await vscode.window.showSaveDialog({
          defaultUri: proposed,
          filters: format === 'html' ? { HTML: ['html'] } : { Markdown: ['md'] },
          title: 'Save the fact-check report',
        });
        if (!target) return undefined;
      }
      const text = document.getText();
      const settings = readSettings(document.uri);
      const directory = await corpus.directory();
      const model = buildReport({
        draftName:
          document.uri.scheme === 'untitled' ? document.uri.path : vscode.workspace.asRelativePath(document.uri),
        draftText: text,
        draftHash: await sha256Hex(text),
        draftDate:
          maskMarkdown(text, draftFormat(document.languageId)).frontMatterDate ?? (settings.draftDate || undefined),
        findings: result.findings,
        ignored: result.ignored.map((finding) => ({ finding, entry: suppressions.entryFor(finding, document.uri) })),
        capMessage: result.capMessage,
        corpus: directory,
        corpusParts: corpus.countsFor(document.uri).parts,
        corpusStatements: corpus.countsFor(document.uri).statements,
        generated: new Date(),
        author: who(),
        tool: `Fact Desk ${String((context.extension.packageJSON as { version?: string }).version ?? '')}`.trim(),
        isNewsroomRecord: (statementId) => directory.isNewsroomRecord(statementId),
      });
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(renderReport(model, format)));
      if (!args.target) {
        void vscode.window
          .showInformationMessage(`Fact Desk: report saved to ${vscode.workspace.asRelativePath(target)}`, 'Open')
          .then((choice) => {
            if (choice) void vscode.window.showTextDocument(target!);
          });
      }
      return target;
    }),
  );
}

/** `<folder>/fact-check-reports/<draft>.factcheck.<ext>`: the draft's workspace folder, else the first one; none without a folder. */
export function defaultTarget(draft: vscode.Uri, format: ReportFormat): vscode.Uri | undefined {
  const folder =
    (draft.scheme === 'untitled' ? undefined : vscode.workspace.getWorkspaceFolder(draft)) ??
    vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  const stem = (draft.path.split('/').pop() ?? 'draft').replace(/\.[^.]+$/, '') || 'draft';
  return vscode.Uri.joinPath(folder.uri, REPORTS_FOLDER, `${stem}.factcheck.${format === 'html' ? 'html' : 'md'}`);
}
