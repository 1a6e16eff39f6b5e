// An index snapshot: the statement index and the look-up's index of one corpus as bytes, so reopening
// a workspace whose corpus files have not changed skips building them. The engine turns indexes into
// bytes and back; where the bytes live (global storage, a cache directory) is the adapter's business.
import { FactChecker } from './checker';
import { StatementSearch, type StatementSearchParts } from './match/lookup';
import type { StatementIndexParts } from './match/statementIndex';
import type { Corpus } from './types';

/** Bumped whenever the layout or what the indexes hold changes: an older snapshot is then stale. */
export const SNAPSHOT_FORMAT = 3;
const MAGIC = 0x46445331; // "FDS1"

type Typed = Int32Array | Float32Array | Uint8Array;
interface ArrayEntry {
  name: string;
  type: 'i32' | 'f32' | 'u8';
  length: number;
}
interface Header {
  format: number;
  key: string;
  statements: number;
  indexTerms: string[];
  averageLength: number;
  searchTerms: string[];
  arrays: ArrayEntry[];
}

/** What reopening needs: the checker and the look-up over the corpus. */
export interface IndexedCorpus {
  checker: FactChecker;
  search: StatementSearch;
}

/**
 * The snapshot of `checker`'s and `search`'s indexes (both over the same corpus), labelled with `key`
 * (the adapter's: the corpus files' content hashes, say). Bytes, little-endian: magic, header
 * length (bytes), a JSON header (UTF-16), 4-byte-aligned typed arrays, and a checksum of all that.
 */
export function writeSnapshot(key: string, checker: FactChecker, search: StatementSearch): Uint8Array {
  const index = checker.indexParts();
  const lookup = search.toParts();
  const arrays: [string, Typed][] = [
    ['documentFrequency', index.documentFrequency],
    ['docLength', index.docLength],
    ['docs', index.docs],
    ['weights', index.weights],
    ['counts', lookup.counts],
    ['postings', lookup.postings],
    ['fieldWords', lookup.fieldWords],
  ];
  const header: Header = {
    format: SNAPSHOT_FORMAT,
    key,
    statements: checker.corpus.statements.length,
    indexTerms: index.terms,
    averageLength: index.averageLength,
    searchTerms: lookup.terms,
    arrays: arrays.map(([name, array]) => ({
      name,
      type: array instanceof Int32Array ? 'i32' : array instanceof Float32Array ? 'f32' : 'u8',
      length: array.length,
    })),
  };
  const json = utf16(JSON.stringify(header));
  let size = align(8 + json.length);
  for (const [, array] of arrays) size = align(size + array.byteLength);
  const bytes = new Uint8Array(size + 4);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  bytes.set(json, 8);
  let at = align(8 + json.length);
  for (const [, array] of arrays) {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at = align(at + array.byteLength);
  }
  view.setUint32(size, checksum(bytes, size), true);
  return bytes;
}

/**
 * The checker and look-up over `corpus` from a snapshot, or undefined when the bytes are not a
 * snapshot, are damaged (checksum, lengths), were written by another format, or are for another
 * corpus (`key` or the statement count differ): the caller then builds from scratch.
 */
export function readSnapshot(input: Uint8Array, key: string, corpus: Corpus): IndexedCorpus | undefined {
  // Typed arrays need 4-byte alignment; a file read into a pooled buffer may not have it.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  try {
    if (bytes.length < 12 || bytes.length % 4 !== 0) return undefined;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(0, true) !== MAGIC) return undefined;
    const size = bytes.length - 4;
    if (view.getUint32(size, true) !== checksum(bytes, size)) return undefined;
    const jsonLength = view.getUint32(4, true);
    if (8 + jsonLength > size || jsonLength % 2) return undefined;
    const header = JSON.parse(fromUtf16(bytes, 8, jsonLength)) as Header;
    if (header.format !== SNAPSHOT_FORMAT || header.key !== key || header.statements !== corpus.statements.length)
      return undefined;
    // Every typed array is a view on the bytes read: no copy.
    const { buffer, byteOffset } = bytes;
    const arrays = new Map<string, Typed>();
    let at = align(8 + jsonLength);
    for (const entry of header.arrays) {
      const width = entry.type === 'u8' ? 1 : 4;
      if (at + entry.length * width > size) return undefined;
      const offset = byteOffset + at;
      arrays.set(
        entry.name,
        entry.type === 'i32'
          ? new Int32Array(buffer, offset, entry.length)
          : entry.type === 'f32'
            ? new Float32Array(buffer, offset, entry.length)
            : new Uint8Array(buffer, offset, entry.length),
      );
      at = align(at + entry.length * width);
    }
    const index: StatementIndexParts = {
      terms: header.indexTerms,
      averageLength: header.averageLength,
      documentFrequency: arrays.get('documentFrequency') as Int32Array,
      docLength: arrays.get('docLength') as Float32Array,
      docs: arrays.get('docs') as Int32Array,
      weights: arrays.get('weights') as Float32Array,
    };
    const lookup: StatementSearchParts = {
      terms: header.searchTerms,
      counts: arrays.get('counts') as Int32Array,
      postings: arrays.get('postings') as Int32Array,
      fieldWords: arrays.get('fieldWords') as Uint8Array,
    };
    if (
      Object.values(index).some((part) => part === undefined) ||
      Object.values(lookup).some((part) => part === undefined)
    )
      return undefined;
    return { checker: new FactChecker(corpus, index), search: new StatementSearch(corpus, lookup) };
  } catch {
    // A header that is not JSON, arrays that do not fit the corpus: not a usable snapshot.
    return undefined;
  }
}

/** The header as UTF-16 code units, little-endian (TextEncoder is not in the engine's ES-only library). */
function utf16(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), true);
  return bytes;
}

function fromUtf16(bytes: Uint8Array, offset: number, length: number): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, length);
  const parts: string[] = [];
  const units: number[] = [];
  for (let i = 0; i < length; i += 2) {
    units.push(view.getUint16(i, true));
    if (units.length === 8192) parts.push(String.fromCharCode(...units.splice(0)));
  }
  parts.push(String.fromCharCode(...units));
  return parts.join('');
}

function align(offset: number): number {
  return (offset + 3) & ~3;
}

/**
 * FNV-1a over 32-bit words (the first `length` bytes, a multiple of 4) in four interleaved lanes, then
 * the lanes folded the same way: catches a damaged or truncated file (any changed word changes its
 * lane), and the lanes' independent multiplies keep the processor busy: about four times the speed
 * of one chain, for hundreds of MB.
 */
function checksum(bytes: Uint8Array, length: number): number {
  const words = new Int32Array(bytes.buffer, bytes.byteOffset, length >> 2);
  const prime = 0x01000193;
  let a = 0x811c9dc5 | 0;
  let b = a ^ 1;
  let c = a ^ 2;
  let d = a ^ 3;
  const end = words.length & ~3;
  for (let i = 0; i < end; i += 4) {
    a = Math.imul(a ^ words[i], prime);
    b = Math.imul(b ^ words[i + 1], prime);
    c = Math.imul(c ^ words[i + 2], prime);
    d = Math.imul(d ^ words[i + 3], prime);
  }
  for (let i = end; i < words.length; i++) a = Math.imul(a ^ words[i], prime);
  let hash = Math.imul(a ^ b, prime);
  hash = Math.imul(hash ^ c, prime);
  hash = Math.imul(hash ^ d, prime);
  return hash >>> 0;
}
