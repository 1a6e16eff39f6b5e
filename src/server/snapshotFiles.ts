// Index snapshots on disk for the Node server: in the directory the client names (the VS Code
// extension's global storage), else in the user's cache directory ($XDG_CACHE_HOME/fact-desk, or
// ~/.cache/fact-desk; %LOCALAPPDATA%\fact-desk\cache on Windows). A snapshot is written to a
// temporary name and renamed, so a reader never sees half of one; the few most recent are kept.
import { createHash } from 'crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { homedir } from 'os';
import { join } from 'node:path';
import type { SnapshotStore } from './host';

/** Snapshots kept per directory (a reporter switching between a few desks' corpora keeps each warm). */
const KEEP = 4;
const PREFIX = 'index-';
const SUFFIX = '.snapshot';

/** The default cache directory for the CLI and a server started without one. */
export function defaultSnapshotDir(env: NodeJS.ProcessEnv = process.env): string {
  if (process.platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'fact-desk', 'cache');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'fact-desk');
}

export function snapshotFiles(
  directory = defaultSnapshotDir(),
  log: (message: string) => void = () => undefined,
): SnapshotStore {
  let dir = directory;
  const file = (key: string) => join(dir, `${PREFIX}${key}${SUFFIX}`);
  return {
    useDirectory(path) {
      dir = path;
    },
    hash(parts) {
      const hash = createHash('sha256');
      for (const part of parts) hash.update(`${part.length}:`).update(part);
      return hash.digest('hex').slice(0, 32);
    },
    async read(key) {
      try {
        const bytes = await readFile(file(key));
        return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      } catch {
        return undefined;
      }
    },
    async write(key, bytes) {
      try {
        await mkdir(dir, { recursive: true });
        const temporary = `${file(key)}.${process.pid}.tmp`;
        await writeFile(temporary, bytes);
        await rename(temporary, file(key));
        const names = (await readdir(dir)).filter((name) => name.startsWith(PREFIX) && name.endsWith(SUFFIX));
        const dated = await Promise.all(
          names.map(async (name) => ({ name, time: (await stat(join(dir, name))).mtimeMs })),
        );
        for (const old of dated.sort((a, b) => b.time - a.time).slice(KEEP))
          await unlink(join(dir, old.name)).catch(() => undefined);
      } catch (error) {
        log(`Could not write the index snapshot to ${dir}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
