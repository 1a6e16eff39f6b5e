import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';

/**
 * What differs between the Node entry and the browser entry: where the language server runs (a child
 * process over IPC, or a web worker) and how files are read (both through `vscode.workspace.fs`, so
 * they work on disk, in remote and in virtual workspaces alike).
 */
export interface ExtensionHostServices {
  readonly platform: 'node' | 'web';
  readFile(uri: vscode.Uri): Promise<Uint8Array>;
  /** Creates (does not start) the language client for the platform's server. */
  createClient(options: LanguageClientOptions): BaseLanguageClient;
  /** The operating system's user name, where the platform has one (not in a browser). */
  userName?(): string | undefined;
}

export function workspaceFsHost(
  platform: 'node' | 'web',
  createClient: ExtensionHostServices['createClient'],
  userName?: () => string | undefined,
): ExtensionHostServices {
  return {
    platform,
    readFile: (uri) => Promise.resolve(vscode.workspace.fs.readFile(uri)),
    createClient,
    userName,
  };
}
