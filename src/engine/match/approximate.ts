// Approximate substring matching, the way Fuse.js's Bitap scores it with ignoreLocation: a pattern
// matches a text when some substring of the text is within `k` edits (insert, delete, substitute)
// of it, and its score is edits / pattern length. The look-up uses it to find, among the corpus's
// distinct words, those a query word matches, without scanning the statements themselves.

/** The look-up's fuzziness: a word matches with at most this share of its letters wrong (Fuse.js's threshold). */
export const MATCH_THRESHOLD = 0.35;

/** Edits a word of `length` letters may carry and still match (Fuse.js: errors / length <= threshold). */
export function allowedErrors(length: number): number {
  return Math.floor(MATCH_THRESHOLD * length + 1e-9);
}

/** A lower-cased pattern compiled once and matched against many texts. */
export class ApproximatePattern {
  readonly pattern: string;
  readonly maxErrors: number;
  private readonly ascii = new Int32Array(128);
  private readonly other = new Map<number, number>();
  private readonly rows: Int32Array;

  constructor(pattern: string, maxErrors = allowedErrors(pattern.length)) {
    this.pattern = pattern;
    this.maxErrors = Math.min(maxErrors, Math.max(0, pattern.length - 1));
    this.rows = new Int32Array(this.maxErrors + 1);
    if (pattern.length <= 31) {
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        const bit = 1 << i;
        if (code < 128) this.ascii[code] |= bit;
        else this.other.set(code, (this.other.get(code) ?? 0) | bit);
      }
    }
  }

  /**
   * The fewest edits with which the pattern matches a substring of `text` (lower-cased by the
   * caller), or -1 when it needs more than `maxErrors`. Shift-and with errors (Wu and Manber) for
   * patterns up to 31 characters; dynamic programming beyond.
   */
  errorsIn(text: string): number {
    const m = this.pattern.length;
    if (m === 0) return 0;
    if (text.includes(this.pattern)) return 0;
    const k = this.maxErrors;
    if (k === 0 || text.length < m - k) return -1;
    if (m > 31) return this.errorsByTable(text);
    const rows = this.rows;
    const found = 1 << (m - 1);
    for (let d = 0; d <= k; d++) rows[d] = (1 << d) - 1;
    let best = k + 1;
    for (let j = 0; j < text.length; j++) {
      const code = text.charCodeAt(j);
      const mask = code < 128 ? this.ascii[code] : (this.other.get(code) ?? 0);
      let previousOld = rows[0];
      rows[0] = ((rows[0] << 1) | 1) & mask;
      if (rows[0] & found) return 0;
      for (let d = 1; d <= k; d++) {
        const old = rows[d];
        // match | insertion (extra text char) | substitution | deletion (pattern char skipped)
        rows[d] = (((old << 1) | 1) & mask) | previousOld | (previousOld << 1) | 1 | (rows[d - 1] << 1);
        previousOld = old;
        if (rows[d] & found && d < best) best = d;
      }
      if (best === 1) return 1;
    }
    return best <= k ? best : -1;
  }

  private errorsByTable(text: string): number {
    const m = this.pattern.length;
    let previous = new Int32Array(m + 1);
    let current = new Int32Array(m + 1);
    for (let i = 0; i <= m; i++) previous[i] = i;
    let best = previous[m];
    for (let j = 1; j <= text.length; j++) {
      current[0] = 0;
      const char = text.charCodeAt(j - 1);
      for (let i = 1; i <= m; i++) {
        const cost = this.pattern.charCodeAt(i - 1) === char ? 0 : 1;
        current[i] = Math.min(previous[i - 1] + cost, previous[i] + 1, current[i - 1] + 1);
      }
      if (current[m] < best) best = current[m];
      [previous, current] = [current, previous];
    }
    return best <= this.maxErrors ? best : -1;
  }
}
