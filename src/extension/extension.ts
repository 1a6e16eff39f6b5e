// Node entry (package.json `main`). All features live in activateShared; this file only picks the host.
import type * as vscode from 'vscode';
import { activateShared, type FactDeskApi } from './activate';
import { workspaceFsHost } from './host';

export function activate(context: vscode.ExtensionContext): FactDeskApi {
  return activateShared(context, workspaceFsHost('node'));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
