import * as vscode from 'vscode';
import type { Finding } from '../engine';
import { countFindings, type FindingCounts } from './statusBar';

export interface WorkspaceCheckSummary extends FindingCounts {
  files: number;
  cancelled: boolean;
}

/**
 * The loop behind "Check All Drafts in Workspace": checks `files` one by one, reporting each on
 * `progress`, and stops before the next file once `token` is cancelled (the notification's Cancel
 * button). Kept apart from the command so its cancellation can be tested without a person to click.
 */
export async function checkDraftFiles(
  files: readonly vscode.Uri[],
  checkFile: (uri: vscode.Uri) => Promise<{ findings: Finding[] } | undefined>,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<WorkspaceCheckSummary> {
  const summary: WorkspaceCheckSummary = { files: 0, supported: 0, conflicts: 0, unverified: 0, cancelled: false };
  for (const [index, uri] of files.entries()) {
    if (token.isCancellationRequested) {
      summary.cancelled = true;
      break;
    }
    progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
    const result = await checkFile(uri);
    summary.files = index + 1;
    if (!result) continue;
    const counts = countFindings(result.findings);
    summary.supported += counts.supported;
    summary.conflicts += counts.conflicts;
    summary.unverified += counts.unverified;
  }
  return summary;
}
