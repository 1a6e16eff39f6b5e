import * as vscode from 'vscode';

/**
 * The workspace folder a write about `draft` goes to (its .factdesk/corpus.jsonl, its
 * .factdesk/ignore.json): the draft's own folder; else the only folder; else, in a multi-root
 * workspace (an untitled draft, a file from elsewhere), the folder the writer picks. `given` (a
 * folder or its URI, from the API or a test) wins. Undefined when no folder is open or the pick was
 * dismissed.
 */
export async function folderForWrite(
  draft: vscode.Uri | undefined,
  placeHolder: string,
  given?: vscode.WorkspaceFolder | vscode.Uri | string,
): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (given !== undefined) {
    if (typeof given !== 'string' && 'index' in given) return given;
    const uri = typeof given === 'string' ? vscode.Uri.parse(given) : given;
    return (
      folders.find((folder) => folder.uri.toString() === uri.toString()) ?? vscode.workspace.getWorkspaceFolder(uri)
    );
  }
  const own = draft && draft.scheme !== 'untitled' ? vscode.workspace.getWorkspaceFolder(draft) : undefined;
  if (own) return own;
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder, ignoreFocusOut: true });
}

/** True in a workspace of two or more folders. */
export function isMultiRoot(): boolean {
  return (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
}

/** A path as the writer reads it: relative to its folder, with the folder's name first in a multi-root workspace. */
export function displayPath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, isMultiRoot());
}
