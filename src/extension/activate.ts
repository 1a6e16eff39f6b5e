import * as vscode from 'vscode';
import { onDidShowAddToCorpusStep, registerAddToCorpus, type AddToCorpusStep } from './addToCorpus';
import { clientOptions, serveFileReads } from './client';
import { registerCommands } from './commands';
import { CorpusService } from './corpusService';
import { CorpusTreeProvider } from './corpusView';
import { reportCursor } from './cursor';
import { DiagnosticsController } from './diagnostics';
import { ImportReview } from './importReview';
import type { ExtensionHostServices } from './host';
import { StatementLookup } from './lookup';
import { registerReportCommand } from './report';
import { STATEMENT_SCHEME, StatementDocumentProvider } from './statementDocument';
import { FactStatusBar } from './statusBar';
import { SupportedDecorations } from './supportedDecoration';
import { Suppressions } from './suppressions';
import { registerIgnoreCommands, type IgnoredClaimsProvider } from './ignoredView';
import { reportAuthorSetting } from './config';
import { folderPickEvents, onDidShowFolderPick } from './folders';

/** What activate() returns: lets the integration tests (and other extensions) observe Fact Desk without reaching into its modules. */
export interface FactDeskApi {
  readonly platform: 'node' | 'web';
  readonly corpus: CorpusService;
  readonly diagnostics: DiagnosticsController;
  readonly lookup: StatementLookup;
  readonly suppressions: Suppressions;
  readonly statusBar: FactStatusBar;
  readonly supportedDecorations: SupportedDecorations;
  readonly corpusTree: CorpusTreeProvider;
  readonly importReview: ImportReview;
  readonly ignoredView: IgnoredClaimsProvider;
  /** Each step of the Add to Corpus form as it is shown (for tests that drive the form). */
  readonly onDidShowAddToCorpusStep: vscode.Event<AddToCorpusStep>;
  /** The workspace folder pick (multi-root: where a record or an ignore goes when the draft has no folder) as it is shown. */
  readonly onDidShowFolderPick: typeof onDidShowFolderPick;
}

/**
 * Wires every feature; shared by the Node and browser entries, which differ only in `host`. The
 * engine runs in the language server (diagnostics, hovers, quick fixes, the look-up's search); the
 * extension keeps what needs the workbench: commands, the corpus view, the status bar, the report.
 */
export function activateShared(context: vscode.ExtensionContext, host: ExtensionHostServices): FactDeskApi {
  const output = vscode.window.createOutputChannel('Fact Desk');
  output.appendLine(`Fact Desk activated (${host.platform} extension host); starting the language server.`);
  // The controller needs the client and the client's middleware needs the controller: bind late.
  let diagnostics: DiagnosticsController | undefined = undefined;
  const client = host.createClient(
    clientOptions(
      context.extensionUri,
      output,
      // Fact Desk shows the diagnostics itself, a slice per task (the client's one collection stays empty).
      (uri, list) => diagnostics?.publish(uri, list),
      context.globalStorageUri,
    ),
  );
  const suppressions = new Suppressions(context.workspaceState);
  const controller = new DiagnosticsController(client, suppressions, context.workspaceState);
  diagnostics = controller;
  const corpus = new CorpusService(client, host, output);
  const statusBar = new FactStatusBar(controller);
  const supportedDecorations = new SupportedDecorations(controller);
  const lookup = new StatementLookup(client, corpus);
  const tree = new CorpusTreeProvider(corpus);
  const statementProvider = new StatementDocumentProvider(corpus);
  context.subscriptions.push(
    output,
    folderPickEvents,
    serveFileReads(client),
    corpus,
    suppressions,
    controller,
    statusBar,
    supportedDecorations,
    tree,
    vscode.window.createTreeView(CorpusTreeProvider.viewId, { treeDataProvider: tree, showCollapseAll: true }),
    statementProvider,
    vscode.workspace.registerTextDocumentContentProvider(STATEMENT_SCHEME, statementProvider),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('factDesk')) statusBar.update();
    }),
    { dispose: () => void client.dispose() },
  );
  registerCommands(context, controller, corpus);
  // Who runs the check: the setting, else the OS user name where there is one.
  const who = () => reportAuthorSetting() ?? host.userName?.();
  const ignoredView = registerIgnoreCommands(context, suppressions, who);
  registerReportCommand(context, controller, corpus, suppressions, who);
  registerAddToCorpus(context, corpus);
  lookup.register(context);
  const importReview = new ImportReview(client, corpus, output);
  importReview.register(context);
  void client.start().then(
    () => {
      controller.sendClientState();
      context.subscriptions.push(reportCursor(client));
      return corpus.ready();
    },
    (error: unknown) => output.appendLine(`The Fact Desk language server did not start: ${String(error)}`),
  );
  return {
    platform: host.platform,
    corpus,
    diagnostics: controller,
    lookup,
    suppressions,
    statusBar,
    supportedDecorations,
    corpusTree: tree,
    importReview,
    ignoredView,
    onDidShowAddToCorpusStep,
    onDidShowFolderPick,
  };
}
