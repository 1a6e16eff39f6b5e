// Multi-root workspaces: which workspace folder a document belongs to decides its corpus files,
// its .factdesk/ignore.json and its folder-level settings.

/**
 * The workspace folder (URI) that holds `uri`: the longest folder URI that is `uri` or a parent of
 * it, so a folder nested in another wins. Undefined for a document in no folder (untitled, or a file
 * opened from elsewhere), which gets the workspace-wide settings and no folder's files.
 */
export function folderOf(uri: string, folders: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const folder of folders) {
    const base = folder.replace(/\/+$/, '');
    if ((uri === base || uri.startsWith(`${base}/`)) && (!best || base.length > best.replace(/\/+$/, '').length))
      best = folder;
  }
  return best;
}
