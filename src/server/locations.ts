import type { Location } from 'vscode-languageserver';

/** Records the line of every `"id": "..."` (JSON, JSONL) or first CSV cell, so diagnostics can link to the record. */
export function indexRecordLocations(uri: string, text: string, into: Map<string, Location>): void {
  const isCsv = uri.toLowerCase().endsWith('.csv');
  const lines = text.split(/\r?\n/);
  for (let line = 0; line < lines.length; line++) {
    const content = lines[line];
    const ids = isCsv
      ? [/^"?([^",]+)"?,/.exec(content)?.[1]]
      : [...content.matchAll(/"id"\s*:\s*"([^"\\]+)"/g)].map((match) => match[1]);
    for (const id of ids) {
      if (!id || into.has(id)) continue;
      const column = Math.max(0, content.indexOf(id));
      into.set(id, {
        uri,
        range: { start: { line, character: column }, end: { line, character: column + id.length } },
      });
    }
  }
}

/** A URI joined with a relative path ("a/b"), for file:, vscode-vfs: and any other hierarchical scheme. */
export function joinUri(base: string, relative: string): string {
  return `${base.replace(/\/+$/, '')}/${relative.split(/[\\/]/).map(encodeURIComponent).join('/')}`;
}

/** A file system path as a file: URI. */
export function fileUri(path: string): string {
  const normal = path.replace(/\\/g, '/');
  const withSlash = normal.startsWith('/') ? normal : `/${normal}`;
  return `file://${withSlash
    .split('/')
    .map((part) => encodeURIComponent(part).replace(/%3A/g, ':'))
    .join('/')}`;
}

/** `uri` relative to the folder that holds it, or the URI's path when no folder does (as VS Code's asRelativePath). */
export function relativePath(uri: string, folders: readonly string[]): string {
  for (const folder of folders) {
    const prefix = `${folder.replace(/\/+$/, '')}/`;
    if (uri.startsWith(prefix)) return decodeURIComponent(uri.slice(prefix.length));
  }
  return uri.startsWith('file://') ? decodeURIComponent(uri.slice('file://'.length)) : uri;
}
