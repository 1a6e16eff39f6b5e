import * as vscode from 'vscode';
import { registerAddToCorpus } from './addToCorpus';
import { FactCodeActionProvider } from './codeActions';
import { registerCommands } from './commands';
import { CorpusService } from './corpusService';
import { CorpusTreeProvider } from './corpusView';
import { DiagnosticsController } from './diagnostics';
import type { ExtensionHostServices } from './host';
import { FactHoverProvider } from './hover';
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
}

/** Wires every feature; shared by the Node and browser entries, which differ only in `host`. */
export function activateShared(context: vscode.ExtensionContext, host: ExtensionHostServices): FactDeskApi {
  const output = vscode.window.createOutputChannel('Fact Desk');
  output.appendLine(`Fact Desk activated (${host.platform} extension host).`);
  const corpus = new CorpusService(host, context.extensionUri, output);
  const suppressions = new Suppressions(context.workspaceState);
  const diagnostics = new DiagnosticsController(corpus, suppressions, context.workspaceState, context.extensionUri);
  const statusBar = new FactStatusBar(diagnostics);
  const lookup = new StatementLookup(corpus);
  const tree = new CorpusTreeProvider(corpus);
  context.subscriptions.push(
    output,
    corpus,
    suppressions,
    diagnostics,
    statusBar,
    tree,
    vscode.window.createTreeView(CorpusTreeProvider.viewId, { treeDataProvider: tree, showCollapseAll: true }),
    vscode.workspace.registerTextDocumentContentProvider(STATEMENT_SCHEME, new StatementDocumentProvider(corpus)),
    // Every language: which documents are drafts is a setting, checked by the providers through their findings.
    vscode.languages.registerHoverProvider('*', new FactHoverProvider(diagnostics, corpus)),
    vscode.languages.registerCodeActionsProvider('*', new FactCodeActionProvider(diagnostics), FactCodeActionProvider.metadata),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('factDesk.corpusFiles') || event.affectsConfiguration('factDesk.useBundledCorpus')) void corpus.reload();
      if (event.affectsConfiguration('factDesk')) statusBar.update();
    }),
  );
  registerCommands(context, diagnostics, corpus, suppressions);
  registerReportCommand(context, diagnostics, corpus);
  registerAddToCorpus(context, corpus);
  lookup.register(context);
  return { platform: host.platform, corpus, diagnostics, lookup, suppressions, statusBar, corpusTree: tree };
}
