// Browser entry (package.json `browser`, vscode.dev and the web worker extension host): same features,
// no Node built-ins. The language server runs in a web worker (dist/web/server.js).
// The shim must load before the engine (see webLocationShim.ts).
import { restoreWorkerLocation } from './webLocationShim';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { runBrowserServer, type ServerPort } from '../server/browserServer';
import { activateShared, type FactDeskApi } from './activate';
import { workspaceFsHost } from './host';

restoreWorkerLocation();

type Port = ConstructorParameters<typeof LanguageClient>[3];
// The web worker extension host has Worker and MessageChannel; this project compiles without the DOM's types.
declare const Worker: new (url: string) => Port;
declare const MessageChannel: new () => { port1: Port; port2: ServerPort };

export function activate(context: vscode.ExtensionContext): FactDeskApi {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
  return activateShared(
    context,
    workspaceFsHost(
      'web',
      (options) => new LanguageClient('factDesk', 'Fact Desk', options, serverPort(serverMain.toString(true))),
    ),
  );
}

/**
 * A worker running the server; or, where the host refuses to start one (VS Code's web host does for an
 * extension served from a remote, as code-server serves one under development), the same server on a
 * MessageChannel in this thread: every feature stays, only the thread is shared.
 */
function serverPort(url: string): Port {
  try {
    return new Worker(url);
  } catch (error) {
    console.warn(
      `Fact Desk: no web worker for the language server (${String(error)}); running it in the extension host.`,
    );
    const channel = new MessageChannel();
    runBrowserServer(channel.port2);
    return channel.port1;
  }
}

export function deactivate(): void {
  // Everything, the language client included, is disposed through context.subscriptions.
}
