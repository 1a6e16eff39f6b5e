// The language server in a Node process: spawned by the VS Code extension over IPC, or run by any
// editor as `factdesk lsp --stdio` (vscode-languageserver picks the transport from the arguments).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { ServerHost } from './host';
import { Methods, type ReadFileResult } from './protocol';
import { startServer } from './server';
import { snapshotFiles } from './snapshotFiles';

/** Starts the server on this process's transport (--node-ipc, --stdio, --socket=N). `dataDir` holds the bundled records' JSON files. */
export function runNodeServer(dataDir: string): void {
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
