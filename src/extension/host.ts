import * as vscode from 'vscode';

/**
 * What differs between the Node entry and the browser entry. Both read corpus files through
 * `vscode.workspace.fs`, so they work on disk, in remote and in virtual workspaces (vscode.dev) alike;
 * `platform` is only reported in the output channel.
 */
export interface ExtensionHostServices {
  readonly platform: 'node' | 'web';
  readFile(uri: vscode.Uri): Promise<Uint8Array>;
}

export function workspaceFsHost(platform: 'node' | 'web'): ExtensionHostServices {
  return {
    platform,
    readFile: (uri) => Promise.resolve(vscode.workspace.fs.readFile(uri)),
  };
}
