import * as vscode from 'vscode';
import type { ExtensionHostServices } from './host';

/** What activate() returns: used by the integration tests (and other extensions) to reach internals safely. */
export interface FactDeskApi {
  readonly platform: 'node' | 'web';
}

/** Wires every feature; shared by the Node and browser entries. */
export function activateShared(context: vscode.ExtensionContext, host: ExtensionHostServices): FactDeskApi {
  const output = vscode.window.createOutputChannel('Fact Desk');
  context.subscriptions.push(output);
  output.appendLine(`Fact Desk activated (${host.platform} extension host).`);
  return { platform: host.platform };
}
