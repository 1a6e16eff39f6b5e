/**
 * The Fact Desk language server in this process, on a pair of in-memory streams, and a JSON-RPC
 * client on the other end: Microsoft's own libraries on both sides, no editor and no mock of one.
 */
import { PassThrough } from 'stream';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import type { ServerHost, SnapshotStore } from '../../src/server/host';
import { startServer } from '../../src/server/server';

export interface Harness {
  client: MessageConnection;
  /** Every publishDiagnostics so far, in order. */
  published: PublishDiagnosticsParams[];
  /** Every factDesk/checked notification so far (uri and the version its result was computed for; null result = cleared). */
  checked: { uri: string; version: number | null }[];
  /** workspace/diagnostic/refresh requests received (pull diagnostics). */
  refreshes: number;
  /** Resolves with the next publishDiagnostics for `uri` that satisfies `test`. */
  nextDiagnostics(uri: string, test?: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  /** Answers workspace/configuration with `settings` (per scope URI, or for all). */
  settings: (scopeUri: string | undefined) => unknown;
  /** When set, workspace/configuration requests wait for this promise. */
  holdConfiguration?: Promise<void>;
  /** Called as each workspace/configuration request arrives, with the scope URIs it asks about. */
  onConfiguration?: (scopeUris: (string | undefined)[]) => void;
  dispose(): void;
}

/** Starts a server on `files` (URI → text) and initializes it with the given workspace folders. */
export async function startHarness(
  files: Map<string, string>,
  workspaceFolders: string[] = [],
  options: { pullDiagnostics?: boolean; snapshots?: SnapshotStore } = {},
): Promise<Harness> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const connection = createConnection(
    ProposedFeatures.all,
    new StreamMessageReader(toServer),
    new StreamMessageWriter(toClient),
  );
  const host: ServerHost = {
    snapshots: options.snapshots,
    async readFile(uri) {
      const text = files.get(uri);
      if (text === undefined) throw new Error(`no such file: ${uri}`);
      return text;
    },
    async bundledDataFiles() {
      return [];
    },
  };
  startServer(connection, host);
  connection.listen();
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const waiters: {
    uri: string;
    test: (params: PublishDiagnosticsParams) => boolean;
    resolve: (params: PublishDiagnosticsParams) => void;
  }[] = [];
  const harness: Harness = {
    client,
    published: [],
    checked: [],
    refreshes: 0,
    settings: () => null,
    nextDiagnostics(uri, test = () => true) {
      return new Promise((resolve) => waiters.push({ uri, test, resolve }));
    },
    dispose() {
      client.dispose();
      connection.dispose();
    },
  };
  client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    harness.published.push(params);
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.test(params)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  client.onRequest('workspace/configuration', async (params: { items: { scopeUri?: string }[] }) => {
    harness.onConfiguration?.(params.items.map((item) => item.scopeUri));
    if (harness.holdConfiguration) await harness.holdConfiguration;
    return params.items.map((item) => harness.settings(item.scopeUri));
  });
  client.onRequest('client/registerCapability', () => null);
  client.onNotification('window/logMessage', () => undefined);
  client.onNotification('factDesk/checked', (params: { uri: string; result: { version: number } | null }) =>
    harness.checked.push({ uri: params.uri, version: params.result ? params.result.version : null }),
  );
  client.onRequest('workspace/diagnostic/refresh', () => {
    harness.refreshes++;
    return null;
  });
  client.onNotification('factDesk/corpusLoaded', () => undefined);
  client.listen();
  await client.sendRequest('initialize', {
    processId: null,
    rootUri: workspaceFolders[0] ?? null,
    workspaceFolders: workspaceFolders.map((uri) => ({ uri, name: uri.split('/').pop() })),
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true },
      ...(options.pullDiagnostics ? { textDocument: { diagnostic: { dynamicRegistration: false } } } : {}),
    },
  });
  await client.sendNotification('initialized', {});
  return harness;
}
