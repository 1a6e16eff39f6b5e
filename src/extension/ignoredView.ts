import * as vscode from 'vscode';
import type { Finding } from '../engine';
import { truncate } from '../server/conversions';
import { VERDICTS } from '../server/report';
import { COMMAND } from './commandIds';
import { IgnoreFileBroken, IGNORE_FILE_PATH, type IgnoredClaim, type Suppressions } from './suppressions';

/** Options of "Ignore this claim" after the draft and the finding; `reason` given (even empty) means nobody is asked. */
export interface IgnoreOptions {
  reason?: string;
}

/** "Ignored Claims": every entry of .factdesk/ignore.json with who ignored it, when and why; un-ignore inline. */
export class IgnoredClaimsProvider implements vscode.TreeDataProvider<IgnoredClaim>, vscode.Disposable {
  static readonly viewId = 'factDesk.ignored';
  private readonly changeEmitter = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly suppressions: Suppressions) {
    this.subscription = suppressions.onDidChange(() => this.changeEmitter.fire(undefined));
  }

  getChildren(entry?: IgnoredClaim): IgnoredClaim[] {
    if (entry) return [];
    // Newest first: the one just ignored is the one most likely to be taken back.
    return [...this.suppressions.all].sort((a, b) => (b.added ?? '').localeCompare(a.added ?? ''));
  }

  getTreeItem(entry: IgnoredClaim): vscode.TreeItem {
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
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (entry.file && folder)
      item.command = {
        command: 'vscode.open',
        title: 'Open the draft',
        arguments: [vscode.Uri.joinPath(folder.uri, entry.file)],
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
          // From the server's quick fix the draft comes as a URI string; from the API as a Uri.
          const entry = await suppressions.ignore(finding, typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, {
            reason,
            by: who(),
          });
          const where = suppressions.fileUri()
            ? vscode.workspace.asRelativePath(suppressions.fileUri()!)
            : 'workspace state';
          void vscode.window.setStatusBarMessage(`Fact Desk: claim ignored (in ${where}); Ctrl+Z takes it back`, 5000);
          return entry;
        } catch (error) {
          if (error instanceof IgnoreFileBroken) {
            void vscode.window
              .showErrorMessage(`Fact Desk could not ignore the claim: ${error.message}`, 'Open File')
              .then((choice) => {
                if (choice && suppressions.fileUri()) void vscode.window.showTextDocument(suppressions.fileUri()!);
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
      if (!target) return false;
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
    vscode.commands.registerCommand(COMMAND.openIgnoreFile, async () => {
      const uri = suppressions.fileUri();
      if (!uri) {
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
