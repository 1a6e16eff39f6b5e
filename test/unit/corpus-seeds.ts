// Shared helpers for the corpus tests: the seed articles (a copy kept in the fixtures so a fresh
// clone can run the tests) and the one normalisation the verbatim checks allow.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SEED_DIR = path.join(__dirname, 'fixtures', 'corpus', 'seeds');
/** Where the project's seeds live on the curation machine; when present, the copy must match it. */
export const SHARED_SEED_DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'seeds');

export function readSeed(fileName: string): string {
  return fs.readFileSync(path.join(SEED_DIR, fileName), 'utf8');
}

export function seedFiles(): string[] {
  return fs
    .readdirSync(SEED_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

/**
 * Normalises ONLY whitespace and quote/dash/hyphen variants: curly and straight double quotes to ",
 * curly and straight single quotes to ', every hyphen and dash (U+2010–U+2015, U+2212) to -, and
 * any run of whitespace (including no-break spaces) to one space.
 */
export function normalizeForComparison(text: string): string {
  return text
    .replace(/[\u201c\u201d\u201e\u201f\u2033"]/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b\u2032']/g, "'")
    .replace(/[\u2010-\u2015\u2212-]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
