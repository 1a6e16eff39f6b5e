import * as vscode from 'vscode';
import type { Finding } from '../engine';
import { truncate } from '../server/conversions';
import { VERDICTS } from '../server/report';
import { COMMAND } from './commandIds';
import { displayPath, folderForWrite, isMultiRoot } from './folders';
import { IgnoreFileBroken, IGNORE_FILE_PATH, type IgnoredClaim, type Suppressions } from './suppressions';

/** Options of "Ignore this claim" after the draft and the finding; `reason` given (even empty) means nobody is asked. */
export interface IgnoreOptions {
  reason?: string;
  /** The workspace folder (or its URI) whose ignore file gets the entry; by default the draft's, asked for when that is ambiguous. */
  folder?: vscode.WorkspaceFolder | vscode.Uri | string;
}

/** A workspace folder's row in a multi-root workspace: its entries beneath it. */
export interface IgnoredFolderNode {
  type: 'folder';
  folder: vscode.WorkspaceFolder;
}

export type IgnoredNode = IgnoredClaim | IgnoredFolderNode;

function isFolderNode(node: IgnoredNode): node is IgnoredFolderNode {
  return 'type' in node && node.type === 'folder';
}

/**
 * "Ignored Claims": every entry of .factdesk/ignore.json with who ignored it, when and why; un-ignore
 * inline. In a multi-root workspace the entries sit under their folder (each folder has its own file).
 */
export class IgnoredClaimsProvider implements vscode.TreeDataProvider<IgnoredNode>, vscode.Disposable {
  static readonly viewId = 'factDesk.ignored';
  private readonly changeEmitter = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly suppressions: Suppressions) {
    this.subscription = suppressions.onDidChange(() => this.changeEmitter.fire(undefined));
  }

  getChildren(node?: IgnoredNode): IgnoredNode[] {
    if (node && !isFolderNode(node)) return [];
    if (!node && isMultiRoot())
      return (vscode.workspace.workspaceFolders ?? [])
        .filter((folder) => this.suppressions.all.some((entry) => entry.folder === folder.uri.toString()))
        .map((folder) => ({ type: 'folder', folder }));
    const home = node?.folder.uri.toString();
    // Newest first: the one just ignored is the one most likely to be taken back.
    return this.suppressions.all
      .filter((entry) => !home || entry.folder === home)
      .sort((a, b) => (b.added ?? '').localeCompare(a.added ?? ''));
  }

  getTreeItem(node: IgnoredNode): vscode.TreeItem {
    if (isFolderNode(node)) {
      const item = new vscode.TreeItem(node.folder.name, vscode.TreeItemCollapsibleState.Expanded);
      const count = this.suppressions.all.filter((entry) => entry.folder === node.folder.uri.toString()).length;
      item.description = `${count} in ${IGNORE_FILE_PATH}`;
      item.iconPath = vscode.ThemeIcon.Folder;
      item.resourceUri = node.folder.uri;
      item.contextValue = 'ignoredFolder';
      item.id = `folder:${node.folder.uri.toString()}`;
      return item;
    }
    const entry = node;
    const item = new vscode.TreeItem(truncate(`${VERDICTS[entry.kind] ?? entry.kind}: “${entry.claim}”`, 90));
    const when = entry.added ? entry.added.slice(0, 10) : '';
    item.description = [entry.file ?? 'every draft', entry.by, when].filter(Boolean).join(' · ');
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(`**${VERDICTS[entry.kind] ?? entry.kind}**, ignored by the desk\n\n`);
    tooltip.appendText(`“${entry.claim}”`);
    tooltip.appendMarkdown('\n\n');
    tooltip.appendText(
      `Draft: ${entry.file ?? 'every draft'}\nReason: ${entry.reason ?? 'none given'}\nBy: ${entry.by ?? 'not recorded'}\nWhen: ${entry.added ? new Date(entry.added).toUTCString() : 'not recorded'}`,
    );
    item.tooltip = tooltip;
    item.iconPath = new vscode.ThemeIcon('eye-closed');
    item.contextValue = 'ignoredClaim';
    const folder = entry.folder ? vscode.Uri.parse(entry.folder) : vscode.workspace.workspaceFolders?.[0]?.uri;
    if (entry.file && folder)
      item.command = {
        command: 'vscode.open',
        title: 'Open the draft',
        arguments: [vscode.Uri.joinPath(folder, entry.file)],
      };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}

/** The commands around ignoring: ignore (asks for an optional reason), undo it (Ctrl+Z right after), un-ignore, show the list. */
export function registerIgnoreCommands(
  context: vscode.ExtensionContext,
  suppressions: Suppressions,
  who: () => string | undefined,
): IgnoredClaimsProvider {
  const provider = new IgnoredClaimsProvider(suppressions);
  const view = vscode.window.createTreeView(IgnoredClaimsProvider.viewId, { treeDataProvider: provider });
  const updateBadge = () => {
    const count = suppressions.all.length;
    view.description = count ? `${count}` : undefined;
  };
  updateBadge();
  context.subscriptions.push(
    provider,
    view,
    suppressions.onDidChange(updateBadge),
    vscode.commands.registerCommand(
      COMMAND.ignoreClaim,
      async (uri: vscode.Uri | string, finding: Finding, options: IgnoreOptions = {}) => {
        // From the server's quick fix the draft comes as a URI string; from the API as a Uri.
        const draft = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
        const folder = await folderForWrite(
          draft,
          'Ignore the claim in which folder’s drafts? (its .factdesk/ignore.json)',
          options.folder,
        );
        if (!folder && vscode.workspace.workspaceFolders?.length) return undefined;
        let reason = options.reason;
        if (reason === undefined) {
          // Optional: Enter on an empty box, or Escape, ignores without a reason (Ctrl+Z takes the ignore back).
          reason = await vscode.window.showInputBox({
            title: 'Fact Desk: ignore this claim',
            prompt: 'Why is the desk ignoring it? Optional: press Enter to skip.',
            placeHolder: 'e.g. confirmed with the speaker’s office by phone',
            ignoreFocusOut: false,
          });
        }
        try {
          const entry = await suppressions.ignore(finding, draft, { reason, by: who() }, folder);
          const where = folder ? displayPath(suppressions.fileUri(folder)!) : 'workspace state';
          void vscode.window.setStatusBarMessage(`Fact Desk: claim ignored (in ${where}); Ctrl+Z takes it back`, 5000);
          return entry;
        } catch (error) {
          if (error instanceof IgnoreFileBroken) {
            void vscode.window
              .showErrorMessage(`Fact Desk could not ignore the claim: ${error.message}`, 'Open File')
              .then((choice) => {
                if (choice && folder) void vscode.window.showTextDocument(suppressions.fileUri(folder)!);
              });
            return undefined;
          }
          throw error;
        }
      },
    ),
    vscode.commands.registerCommand(COMMAND.undoIgnore, async () => {
      const entry = await suppressions.undoLastIgnore();
      if (entry) void vscode.window.setStatusBarMessage('Fact Desk: claim checked again (ignore undone)', 4000);
      else await vscode.commands.executeCommand('undo');
      return entry;
    }),
    vscode.commands.registerCommand(COMMAND.unignoreClaim, async (entry?: IgnoredClaim) => {
      const target = entry ?? view.selection[0];
      if (!target || isFolderNode(target)) return false;
      try {
        const removed = await suppressions.unignore(target);
        if (removed) void vscode.window.setStatusBarMessage('Fact Desk: claim checked again', 4000);
        return removed;
      } catch (error) {
        if (error instanceof IgnoreFileBroken) {
          void vscode.window.showErrorMessage(`Fact Desk could not un-ignore the claim: ${error.message}`);
          return false;
        }
        throw error;
      }
    }),
    vscode.commands.registerCommand(COMMAND.showIgnoredClaims, async () => {
      await vscode.commands.executeCommand(`${IgnoredClaimsProvider.viewId}.focus`);
      return suppressions.all.length;
    }),
    vscode.commands.registerCommand(COMMAND.openIgnoreFile, async (given?: IgnoredFolderNode | vscode.Uri | string) => {
      const draft = vscode.window.activeTextEditor?.document.uri;
      const folder = await folderForWrite(
        draft,
        'Open which folder’s ignore file?',
        given && typeof given !== 'string' && 'type' in given ? given.folder : given,
      );
      const uri = folder && suppressions.fileUri(folder);
      if (!uri) {
        if (vscode.workspace.workspaceFolders?.length) return undefined;
        void vscode.window.showInformationMessage(
          `Fact Desk: with no folder open, ignored claims are kept in workspace state, not ${IGNORE_FILE_PATH}.`,
        );
        return undefined;
      }
      return vscode.window.showTextDocument(uri);
    }),
  );
  return provider;
}
