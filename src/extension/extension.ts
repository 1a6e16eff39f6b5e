// Node entry (package.json `main`). All features live in activateShared; this file only picks the host:
// the language server runs as a separate Node process (dist/server.js), over IPC.
import { userInfo } from 'os';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { activateShared, type FactDeskApi } from './activate';
import { workspaceFsHost } from './host';

export function activate(context: vscode.ExtensionContext): FactDeskApi {
  const serverModule = context.asAbsolutePath('dist/server.js');
  return activateShared(
    context,
    workspaceFsHost(
      'node',
      (options) =>
        new LanguageClient(
          'factDesk',
          'Fact Desk',
          {
            run: { module: serverModule, transport: TransportKind.ipc },
            debug: {
              module: serverModule,
              transport: TransportKind.ipc,
              options: { execArgv: ['--nolazy', '--inspect=6011'] },
            },
          },
          options,
        ),
      osUserName,
    ),
  );
}

/** Who is running VS Code, for the report's "Run by" and an ignore's "by" when factDesk.reportAuthor is not set. */
function osUserName(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    // No user database entry (some containers): nobody named.
    return undefined;
  }
}

export function deactivate(): void {
  // Everything, the language client included, is disposed through context.subscriptions.
}
