// The language server on a browser message port: a web worker's global scope (dist/web/server.js), or
// one end of a MessageChannel when the extension host cannot start workers. Every file is read through
// the client (vscode.workspace.fs); no Node built-ins.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import type { ServerHost } from './host';
import { joinUri } from './locations';
import { Methods, type ReadFileResult } from './protocol';
import { startServer } from './server';

/** What the server listens on: a worker scope or a MessagePort. */
export type ServerPort = ConstructorParameters<typeof BrowserMessageReader>[0];

/** The bundled records' files, as the engine imports them (src/engine/corpus/bundled.ts). */
const BUNDLED_FILES = ['statements.json', 'people.json', 'sources.json'];

export function runBrowserServer(port: ServerPort): void {
  const connection = createConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port));
  const host: ServerHost = {
    async readFile(uri) {
      const result = await connection.sendRequest<ReadFileResult>(Methods.readFile, { uri });
      if (result.text === undefined) throw new Error(result.error ?? `cannot read ${uri}`);
      return result.text;
    },
    async bundledDataFiles(dataDir) {
      return dataDir ? BUNDLED_FILES.map((name) => joinUri(dataDir, name)) : [];
    },
  };
  startServer(connection, host);
  connection.listen();
}
