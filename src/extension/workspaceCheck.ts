import * as vscode from 'vscode';
import type { FindingCounts } from './statusBar';

export interface WorkspaceCheckSummary extends FindingCounts {
  files: number;
  cancelled: boolean;
}

/** The part of the language client "Check All" needs: the server's factDesk/checkAll, with its work-done progress. */
export interface CheckAllServer {
  checkAll(
    files: readonly vscode.Uri[],
    onProgress: (message: string, percentage: number) => void,
    token: vscode.CancellationToken,
  ): Promise<WorkspaceCheckSummary>;
}

/**
 * The loop behind "Check All Drafts in Workspace", run by the language server (factDesk/checkAll):
 * each draft it starts is reported on `progress`, and once `token` is cancelled (the notification's
 * Cancel button) it stops between drafts, or between paragraphs of the one it is checking. Kept apart
 * from the command so its cancellation can be tested without a person to click.
 */
export async function checkDraftFiles(
  files: readonly vscode.Uri[],
  server: CheckAllServer,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<WorkspaceCheckSummary> {
  if (files.length === 0)
    return { files: 0, supported: 0, conflicts: 0, unverified: 0, cancelled: token.isCancellationRequested };
  return server.checkAll(
    files,
    // As before the server ran it: one equal step as each draft starts.
    (message) => progress.report({ message, increment: 100 / files.length }),
    token,
  );
}
