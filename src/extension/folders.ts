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
  return pickFolder(folders, placeHolder);
}

type FolderItem = vscode.QuickPickItem & { folder: vscode.WorkspaceFolder };

const pickEmitter = new vscode.EventEmitter<
  vscode.QuickPick<vscode.QuickPickItem & { folder: vscode.WorkspaceFolder }>
>();
/** Fires as the folder pick is shown (for the tests that answer it). */
export const onDidShowFolderPick = pickEmitter.event;
/** Disposes the pick's event (activate() adds it to the extension's subscriptions). */
export const folderPickEvents: vscode.Disposable = pickEmitter;

/** The workspace folders as a pick (name, and where it is); undefined when dismissed. */
function pickFolder(
  folders: readonly vscode.WorkspaceFolder[],
  placeHolder: string,
): Promise<vscode.WorkspaceFolder | undefined> {
  const pick = vscode.window.createQuickPick<FolderItem>();
  pick.title = 'Fact Desk';
  pick.placeholder = placeHolder;
  pick.ignoreFocusOut = true;
  pick.items = folders.map((folder) => ({
    label: `$(root-folder) ${folder.name}`,
    description: folder.uri.scheme === 'file' ? folder.uri.fsPath : folder.uri.toString(),
    folder,
  }));
  return new Promise((resolve) => {
    const done = (folder: vscode.WorkspaceFolder | undefined) => {
      subscriptions.forEach((subscription) => subscription.dispose());
      pick.dispose();
      resolve(folder);
    };
    const subscriptions = [
      pick.onDidAccept(() => done((pick.selectedItems[0] ?? pick.activeItems[0])?.folder)),
      pick.onDidHide(() => done(undefined)),
    ];
    pick.show();
    pickEmitter.fire(pick);
  });
}

/** True in a workspace of two or more folders. */
export function isMultiRoot(): boolean {
  return (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
}

/** A path as the writer reads it: relative to its folder, with the folder's name first in a multi-root workspace. */
export function displayPath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, isMultiRoot());
}
