// Browser entry (package.json `browser`, vscode.dev and the web worker extension host): same features,
// no Node built-ins. Corpus files are read through vscode.workspace.fs, as in the Node entry.
// The shim must load before the engine (see webLocationShim.ts).
import { restoreWorkerLocation } from './webLocationShim';
import type * as vscode from 'vscode';
import { activateShared, type FactDeskApi } from './activate';
import { workspaceFsHost } from './host';

restoreWorkerLocation();

export function activate(context: vscode.ExtensionContext): FactDeskApi {
  return activateShared(context, workspaceFsHost('web'));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
