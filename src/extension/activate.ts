import * as vscode from 'vscode';
import { registerAddToCorpus } from './addToCorpus';
import { clientOptions, serveFileReads } from './client';
import { registerCommands } from './commands';
import { CorpusService } from './corpusService';
import { CorpusTreeProvider } from './corpusView';
import { DiagnosticsController } from './diagnostics';
import { ImportReview } from './importReview';
import type { ExtensionHostServices } from './host';
import { StatementLookup } from './lookup';
import { registerReportCommand } from './report';
import { STATEMENT_SCHEME, StatementDocumentProvider } from './statementDocument';
import { FactStatusBar } from './statusBar';
import { Suppressions } from './suppressions';

/** What activate() returns: lets the integration tests (and other extensions) observe Fact Desk without reaching into its modules. */
export interface FactDeskApi {
  readonly platform: 'node' | 'web';
  readonly corpus: CorpusService;
  readonly diagnostics: DiagnosticsController;
  readonly lookup: StatementLookup;
  readonly suppressions: Suppressions;
  readonly statusBar: FactStatusBar;
  readonly corpusTree: CorpusTreeProvider;
  readonly importReview: ImportReview;
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
      (uri, list, next) => {
        next(uri, list);
        diagnostics?.diagnosticsApplied(uri);
      },
      context.globalStorageUri,
    ),
  );
  const suppressions = new Suppressions(context.workspaceState);
  const controller = new DiagnosticsController(client, suppressions, context.workspaceState);
  diagnostics = controller;
  const corpus = new CorpusService(client, host, output);
  const statusBar = new FactStatusBar(controller);
  const lookup = new StatementLookup(client, corpus);
  const tree = new CorpusTreeProvider(corpus);
  context.subscriptions.push(
    output,
    serveFileReads(client),
    corpus,
    suppressions,
    controller,
    statusBar,
    tree,
    vscode.window.createTreeView(CorpusTreeProvider.viewId, { treeDataProvider: tree, showCollapseAll: true }),
    vscode.workspace.registerTextDocumentContentProvider(STATEMENT_SCHEME, new StatementDocumentProvider(corpus)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('factDesk')) statusBar.update();
    }),
    { dispose: () => void client.dispose() },
  );
  registerCommands(context, controller, corpus, suppressions);
  registerReportCommand(context, controller, corpus);
  registerAddToCorpus(context, corpus);
  lookup.register(context);
  const importReview = new ImportReview(client, corpus, output);
  importReview.register(context);
  void client.start().then(
    () => {
      controller.sendClientState();
      return corpus.ready();
    },
    (error: unknown) => output.appendLine(`The Fact Desk language server did not start: ${String(error)}`),
  );
  return { platform: host.platform, corpus, diagnostics: controller, lookup, suppressions, statusBar, corpusTree: tree, importReview };
}
