// What differs between the places the server runs: a Node process (spawned by VS Code over IPC, or
// `factdesk lsp --stdio` for any editor) and a web worker (vscode.dev). The server core sees only this.

/** File access for the server: corpus files, the bundled records' files, .factdesk/ignore.json. */
export interface ServerHost {
  /** The text of a file by URI; rejects with an Error whose message says why (missing, unreadable). */
  readFile(uri: string): Promise<string>;
  /**
   * URIs of the bundled corpus's JSON files (for record locations); empty when they cannot be listed.
   * `dataDir` is the data folder's URI when the client sent it (the VS Code extension does).
   */
  bundledDataFiles(dataDir?: string): Promise<string[]>;
  /**
   * Where index snapshots are kept between sessions (Node only: the client's global storage or a
   * cache directory); absent in the browser, which then builds every time.
   */
  snapshots?: SnapshotStore;
}

/** Index snapshots by key (a hash of the corpus files' contents). Reads and writes never throw: a failure is a miss. */
export interface SnapshotStore {
  read(key: string): Promise<Uint8Array | undefined>;
  write(key: string, bytes: Uint8Array): Promise<void>;
  /** A content hash (hex) of strings, for the key. */
  hash(parts: readonly string[]): string;
  /** The client named a directory for snapshots (VS Code: the extension's global storage). */
  useDirectory(path: string): void;
}
