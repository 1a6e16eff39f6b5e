import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions, Middleware } from 'vscode-languageclient';
import { HOVER_COMMANDS } from '../server/hoverCommands';
import { COMMAND } from './commandIds';
import { DRAFT_SCHEMES, Methods, type ReadFileParams, type ReadFileResult } from '../server/protocol';
import type { FactDeskInitializationOptions } from '../server/server';

/**
 * The options both clients share: which documents the server sees (every language on the draft
 * schemes: which languages are drafts is a setting the server applies), the settings it reads, the
 * hover links it may use, and the hook through which the extension shows the diagnostics itself (a
 * slice per task) and keeps its copy of each result in step with them.
 */
export function clientOptions(
  extensionUri: vscode.Uri,
  output: vscode.OutputChannel,
  handleDiagnostics: NonNullable<Middleware['handleDiagnostics']>,
  globalStorageUri?: vscode.Uri,
): LanguageClientOptions {
  const initializationOptions: FactDeskInitializationOptions = {
    // Index snapshots live in the extension's global storage (a local path: the Node server writes there).
    ...(globalStorageUri?.scheme === 'file' ? { snapshotDir: globalStorageUri.fsPath } : {}),
    findingsDocs: vscode.Uri.joinPath(extensionUri, 'docs', 'findings.md').toString(),
    findingsDocsCommand: COMMAND.showFindingDocs,
    bundledData: vscode.Uri.joinPath(extensionUri, 'data').toString(),
    clientState: true,
    pushDiagnostics: true,
  };
  return {
    documentSelector: DRAFT_SCHEMES.map((scheme) => ({ scheme })),
    synchronize: { configurationSection: 'factDesk' },
    // No name: the client's own collection stays empty (the middleware hands the diagnostics to
    // DiagnosticSlices, whose first collection is named 'factDesk').
    outputChannel: output,
    initializationOptions,
    markdown: { isTrusted: { enabledCommands: HOVER_COMMANDS }, supportHtml: false },
    middleware: { handleDiagnostics },
  };
}

/** Serves the server's reads of files it cannot reach itself (virtual and remote workspaces, the browser). */
export function serveFileReads(client: BaseLanguageClient): vscode.Disposable {
  return client.onRequest(Methods.readFile, async (params: ReadFileParams): Promise<ReadFileResult> => {
    try {
      return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(params.uri))) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  });
}
