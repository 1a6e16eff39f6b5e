// The language server in a Node process: spawned by the VS Code extension over IPC, or run by any
// editor as `factdesk lsp --stdio` (vscode-languageserver picks the transport from the arguments).
import { readdir, readFile } from 'node:fs/promises';
import * as os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { ServerHost } from './host';
import { Methods, type ReadFileResult } from './protocol';
import { startServer } from './server';
import { snapshotFiles } from './snapshotFiles';

/** Starts the server on this process's transport (--node-ipc, --stdio, --socket=N). `dataDir` holds the bundled records' JSON files. */
export function runNodeServer(dataDir: string): void {
  yieldToTheEditor();
  const connection = createConnection(ProposedFeatures.all);
  const host: ServerHost = {
    snapshots: snapshotFiles(undefined, (message) => connection.console.warn(message)),
    async readFile(uri) {
      if (uri.startsWith('file:')) return readFile(fileURLToPath(uri), 'utf8');
      // Virtual and remote workspaces: only the client can read these.
      const result = await connection.sendRequest<ReadFileResult>(Methods.readFile, { uri });
      if (result.text === undefined) throw new Error(result.error ?? `cannot read ${uri}`);
      return result.text;
    },
    async bundledDataFiles() {
      const names = await readdir(dataDir);
      return names
        .filter((name) => /\.(json|jsonl)$/.test(name) && !name.includes('schema'))
        .map((name) => pathToFileURL(join(dataDir, name)).href);
    },
  };
  startServer(connection, host);
  connection.listen();
}

/**
 * Checking is background work: run the server below normal OS priority (nice 10 on Linux and macOS, the
 * "below normal" class on Windows), so that when the cores are busy the editor's own processes (the
 * extension host, the window) are scheduled before a long check. bench:host's check window measured the
 * extension host waiting for a core behind the server while its own work was under 35 ms. Best effort:
 * a platform that refuses leaves the priority as it was.
 */
function yieldToTheEditor(): void {
  try {
    os.setPriority(os.constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // Not permitted here (some containers): checking still works, at the editor's priority.
  }
}
