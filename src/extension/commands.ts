import * as vscode from 'vscode';
import { type Statement } from '../engine';
import { citationFor } from './citations';
import { readSettings } from './config';
import { COMMAND } from './commandIds';
import type { CorpusService } from './corpusService';
import type { DiagnosticsController, DraftResult } from './diagnostics';
import { countFindings, statusText } from './statusBar';
import { showStatement } from './statementDocument';
import { checkDraftFiles, type WorkspaceCheckSummary } from './workspaceCheck';
import { isOwnDocumentName, ownDocumentReason } from '../server/ownDocuments';
import { plural } from '../server/plural';
import { isMultiRoot } from './folders';

/** Globs for the languages Fact Desk checks by default, used to find drafts on disk. */
const DRAFT_GLOBS: Record<string, string[]> = {
  markdown: ['md', 'markdown', 'mdown', 'mkd'],
  plaintext: ['txt'],
};
// Fact Desk's own folders (.factdesk, fact-check-reports) are never drafts; reports elsewhere are dropped by name below and by their marker in the server.
const EXCLUDE = '**/{node_modules,.git,.factdesk,fact-check-reports,.vscode-test,out,dist}/**';

interface StatementArgs {
  statementId: string;
  uri?: string;
  offset?: number;
  /** The draft version `offset` was computed on (hover links carry it). */
  version?: number;
}

/** The palette commands for checking and toggling, and the hidden commands behind hover links and quick fixes. */
export function registerCommands(
  context: vscode.ExtensionContext,
  diagnostics: DiagnosticsController,
  corpus: CorpusService,
): void {
  const register = <Args extends unknown[]>(id: string, run: (...args: Args) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, (...args: unknown[]) => run(...(args as Args))));

  register(COMMAND.checkCurrentDraft, async (): Promise<DraftResult | undefined> => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('Fact Desk: open a draft to check it.');
      return undefined;
    }
    const own = ownDocumentReason(document.uri.toString(), document.getText());
    if (own) {
      void vscode.window.showInformationMessage(`Fact Desk does not check this document: it is ${own}.`);
      return undefined;
    }
    if (!diagnostics.isDraft(document)) {
      void vscode.window.showInformationMessage(
        `Fact Desk checks ${readSettings(document.uri).languages.join(', ')} documents (factDesk.languages); this one is ${document.languageId}.`,
      );
      return undefined;
    }
    const result = await diagnostics.checkNow(document);
    if (result) {
      void vscode.window.setStatusBarMessage(
        statusText(countFindings(result.findings, readSettings(document.uri))),
        5000,
      );
    }
    return result;
  });

  register(COMMAND.checkAllDrafts, () => checkAllDrafts(diagnostics));

  register(COMMAND.toggleChecking, async (args?: { scope?: 'document' | 'folder' | 'workspace' }) => {
    let scope = args?.scope;
    const active = vscode.window.activeTextEditor?.document.uri;
    const folder = active && active.scheme !== 'untitled' ? vscode.workspace.getWorkspaceFolder(active) : undefined;
    if (!scope) {
      const picked = await vscode.window.showQuickPick(
        [
          {
            label: 'This document',
            scope: 'document' as const,
            description: vscode.window.activeTextEditor
              ? vscode.workspace.asRelativePath(vscode.window.activeTextEditor.document.uri)
              : 'no draft open',
          },
          // In a multi-root workspace a folder (a desk) can be turned off on its own.
          ...(folder && isMultiRoot()
            ? [
                {
                  label: 'This folder',
                  scope: 'folder' as const,
                  description: `factDesk.enabled in ${folder.name}’s folder settings`,
                },
              ]
            : []),
          { label: 'Workspace', scope: 'workspace' as const, description: 'factDesk.enabled in workspace settings' },
        ],
        { title: 'Fact Desk: toggle checking for…' },
      );
      scope = picked?.scope;
    }
    if (scope === 'folder' && folder) {
      const config = vscode.workspace.getConfiguration('factDesk', folder.uri);
      const enabled = !config.get<boolean>('enabled', true);
      await config.update('enabled', enabled, vscode.ConfigurationTarget.WorkspaceFolder);
      void vscode.window.setStatusBarMessage(`Fact Desk: checking ${enabled ? 'on' : 'off'} for ${folder.name}`, 4000);
      return enabled;
    }
    if (scope === 'workspace') {
      const config = vscode.workspace.getConfiguration('factDesk');
      const enabled = !config.get<boolean>('enabled', true);
      const target = vscode.workspace.workspaceFolders
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
      await config.update('enabled', enabled, target);
      void vscode.window.setStatusBarMessage(`Fact Desk: checking ${enabled ? 'on' : 'off'} for the workspace`, 4000);
      return enabled;
    }
    if (scope === 'document') {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) return undefined;
      const enabled = await diagnostics.toggleDocument(document.uri);
      void vscode.window.setStatusBarMessage(`Fact Desk: checking ${enabled ? 'on' : 'off'} for this document`, 4000);
      return enabled;
    }
    return undefined;
  });

  register(COMMAND.insertCitation, async (args: StatementArgs) => {
    // Run from a hover link or the API right after start-up, the corpus may still be loading.
    await corpus.ready();
    const statement = await corpus.statement(args.statementId);
    if (!statement) return false;
    const document = args.uri
      ? vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === args.uri)
      : undefined;
    const citation = citationFor(
      statement,
      await corpus.directory(),
      document ?? vscode.window.activeTextEditor?.document,
    );
    if (document && args.offset !== undefined && args.version !== undefined && args.version !== document.version) {
      // The hover was computed on an earlier version: its offset may now point into shifted text.
      void vscode.window.showInformationMessage(
        'Fact Desk: the draft changed since this hover was shown; hover the claim again to insert its citation.',
      );
      return false;
    }
    if (document && args.offset !== undefined) {
      // After the paragraph holding the claim, as its own paragraph: the draft's sentence stays as written.
      let line = document.positionAt(args.offset).line;
      while (line + 1 < document.lineCount && !document.lineAt(line + 1).isEmptyOrWhitespace) line++;
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, document.lineAt(line).range.end, `\n\n${citation}`);
      return vscode.workspace.applyEdit(edit);
    }
    return insertAtCursor(citation);
  });

  register(COMMAND.copyQuote, async (args: StatementArgs) => {
    const statement = await corpus.statement(args.statementId);
    if (!statement) return undefined;
    await vscode.env.clipboard.writeText(statement.text);
    void vscode.window.setStatusBarMessage('Fact Desk: quote copied', 3000);
    return statement.text;
  });

  register(COMMAND.showStatement, async (args: StatementArgs | Statement) =>
    showStatement(corpus, 'statementId' in args ? args.statementId : args.id),
  );

  // The Problems panel's link on a diagnostic's code: docs/findings.md rendered, at the kind's section (its heading is the kind).
  register(COMMAND.showFindingDocs, async (kind?: string) => {
    const docs = vscode.Uri.joinPath(context.extensionUri, 'docs', 'findings.md');
    const target = kind && /^[a-z-]+$/.test(kind) ? docs.with({ fragment: kind }) : docs;
    try {
      await vscode.commands.executeCommand('vscode.openWith', target, 'vscode.markdown.preview.editor');
    } catch {
      // No Markdown preview (a host without the built-in extension): the source, at the heading.
      const document = await vscode.workspace.openTextDocument(docs);
      const line = kind
        ? document
            .getText()
            .split('\n')
            .findIndex((text) => text.trim() === `## ${kind}`)
        : -1;
      const at = new vscode.Position(Math.max(0, line), 0);
      await vscode.window.showTextDocument(document, { preview: true, selection: new vscode.Range(at, at) });
    }
    return target;
  });

  register(COMMAND.showCorpus, async () => {
    await vscode.commands.executeCommand('factDesk.corpus.focus');
  });

  register(COMMAND.openSampleDraft, async () => {
    // The repository's samples/ folder, or that folder opened as the workspace (npm start), or the copy in the extension.
    const candidates = (vscode.workspace.workspaceFolders ?? []).flatMap((folder) => [
      vscode.Uri.joinPath(folder.uri, 'samples', 'draft.md'),
      ...(folder.uri.path.endsWith('/samples') ? [vscode.Uri.joinPath(folder.uri, 'draft.md')] : []),
    ]);
    candidates.push(vscode.Uri.joinPath(context.extensionUri, 'samples', 'draft.md'));
    for (const uri of candidates) {
      try {
        await vscode.workspace.fs.stat(uri);
        return vscode.window.showTextDocument(uri);
      } catch {
        // Try the next place.
      }
    }
    void vscode.window.showWarningMessage('Fact Desk: the sample draft (samples/draft.md) was not found.');
    return undefined;
  });
}

async function checkAllDrafts(diagnostics: DiagnosticsController): Promise<WorkspaceCheckSummary> {
  // Each folder may name its own draft languages: every folder's count (the server applies each draft's own).
  const scopes = vscode.workspace.workspaceFolders?.map((folder) => folder.uri) ?? [undefined];
  const languages = [...new Set(scopes.flatMap((scope) => readSettings(scope).languages))];
  const extensions = languages.flatMap((language) => DRAFT_GLOBS[language] ?? []);
  if (extensions.length === 0) return { files: 0, supported: 0, conflicts: 0, unverified: 0, cancelled: false };
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Fact Desk: checking drafts', cancellable: true },
    async (progress, token) => {
      const files = (
        await vscode.workspace.findFiles(`**/*.{${extensions.join(',')}}`, EXCLUDE, undefined, token)
      ).filter((uri) => !isOwnDocumentName(uri.path));
      return checkDraftFiles(files, diagnostics, progress, token);
    },
  );
  void vscode.window.showInformationMessage(
    `Fact Desk${summary.cancelled ? ' (cancelled)' : ''}: ${plural(summary.files, 'draft')} checked: ${plural(summary.conflicts, 'claim')} to fix, ${plural(summary.unverified, 'unsourced quotation')}, ${summary.supported} sourced. See the Problems panel.`,
  );
  return summary;
}

/** Inserts text at every cursor of the active editor (one undo step), or copies it when no editor is open. */
export async function insertAtCursor(text: string): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    await vscode.env.clipboard.writeText(text);
    void vscode.window.showInformationMessage(
      'Fact Desk: no editor is open; the citation was copied to the clipboard.',
    );
    return false;
  }
  return editor.edit((builder) => {
    for (const selection of editor.selections) builder.replace(selection, text);
  });
}
