// The look-up ("who said what, when and where"): one search for the editor's palette, the CLI's
// `factdesk lookup` and the browser. What matches and how well is Fuse.js's measure, as the look-up
// used before (a unit test holds it to Fuse.js over the whole corpus); an inverted index over the
// corpus's distinct words picks a shortlist, and only the shortlist is scored that way, so a
// keystroke costs the words of the query, not the size of the corpus.
import type { Expression, IFuseOptions } from 'fuse.js';
import { formatStatementDate } from '../citation';
import type { Corpus, Person, Statement } from '../types';
import { ApproximatePattern, MATCH_THRESHOLD } from './approximate';
import { nameOfSpeaker } from '../speakerName';

/** The fields a query word can match, in the order of the index's field numbers. */
export const LOOKUP_FIELDS = ['speaker', 'role', 'text', 'outlet', 'date', 'publisher'] as const;
export type LookupField = (typeof LOOKUP_FIELDS)[number];

/** Fuse.js key weights: the speaker's names and the statement's words count most. */
const WEIGHTS: Record<LookupField, number> = { speaker: 3, role: 1, text: 3, outlet: 1.5, date: 1, publisher: 0.5 };
const WEIGHT_LIST = LOOKUP_FIELDS.map((field) => WEIGHTS[field]);
/** Fields that say whose statement it is or where it ran: a word matched here ranks the statement first. */
const ATTRIBUTION: readonly LookupField[] = ['speaker', 'outlet', 'publisher'];
const ATTRIBUTION_IDS = ATTRIBUTION.map((field) => LOOKUP_FIELDS.indexOf(field));
const FIELD_COUNT = LOOKUP_FIELDS.length;
const FIELD_BITS = 3;
const IS_ATTRIBUTION = LOOKUP_FIELDS.map((_, id) => ATTRIBUTION_IDS.includes(id));
/** Key weight × Fuse.js's field-length norm (1 / sqrt(words), rounded to three decimals), per `field * 256 + words`. */
const WEIGHTED_NORM = Float64Array.from(
  { length: FIELD_COUNT * 256 },
  (_, i) => WEIGHT_LIST[i >> 8] * (Math.round(1000 / Math.sqrt(Math.max(1, i & 255))) / 1000),
);
const LOG_EPSILON = Math.log(Number.EPSILON);
/** Query words this short match the start of a corpus word only. */
const SHORT_WORD = 2;
/** Statement fields matched with fewer edits beyond which fuzzier corpus words are not looked at. */
const ENOUGH_SLOTS = 5_000;
/** Prepared shortlists kept (one- and two-letter words, a few hundred bytes each). */
const SHORT_LIST_CACHE = 2_048;

/** The Fuse.js options every look-up uses (exported so a test can run Fuse.js over a whole corpus the same way). */
export const LOOKUP_FUSE_OPTIONS: IFuseOptions<LookupRecord> = {
  keys: LOOKUP_FIELDS.map((name) => ({ name, weight: WEIGHTS[name] })),
  ignoreLocation: true,
  threshold: MATCH_THRESHOLD,
  includeScore: true,
};

/** A statement as the look-up searches it: one string per field. */
export interface LookupRecord {
  statement: Statement;
  /** Index of the statement in the corpus. */
  doc: number;
  speaker: string;
  role: string;
  text: string;
  outlet: string;
  date: string;
  publisher: string;
}

/** One result: the statement, its speaker's name (null when unattributed) and Fuse.js's score (0 best, 1 worst). */
export interface LookupHit {
  statement: Statement;
  speaker: string | null;
  score: number;
  /** How many query words matched the speaker, the outlet or the publisher: hits are ranked by it first. */
  attributed: number;
}

/** Query words, as Fuse.js's logical search and the index both see them. */
export function queryWords(query: string): string[] {
  return query.trim().toLowerCase().split(/\s+/).filter(Boolean);
}

/** Every query word must match some field ("Rubio concessions": Rubio the speaker, concessions in the quote). */
export function lookupExpression(words: readonly string[]): Expression {
  return { $and: words.map((word) => ({ $or: LOOKUP_FIELDS.map((key) => ({ [key]: word })) })) };
}

/** The look-up's records for a corpus, one per statement, in corpus order. */
export function lookupRecords(corpus: Corpus): LookupRecord[] {
  const record = recordMaker(corpus);
  return corpus.statements.map((_, doc) => record(doc));
}

/** Makes the look-up record of the corpus's `doc`-th statement (speaker and publisher strings shared). */
function recordMaker(corpus: Corpus): (doc: number) => LookupRecord {
  const people = new Map<string, { speaker: string; role: string; person: Person }>();
  for (const person of corpus.people)
    people.set(person.id, {
      person,
      speaker: [person.name, ...person.aliases].join(' '),
      role: person.roles.map((role) => role.title).join(' '),
    });
  const publishers = new Map(corpus.sources.map((source) => [source.id, source.publisher ?? '']));
  return (doc) => {
    const statement = corpus.statements[doc];
    const person = statement.speaker ? people.get(statement.speaker) : undefined;
    return {
      statement,
      doc,
      speaker: person?.speaker ?? '',
      role: person?.role ?? '',
      text: statement.text,
      outlet: statement.outlet ?? '',
      date: `${statement.date} ${formatStatementDate(statement)}`,
      publisher: publishers.get(statement.source) ?? '',
    };
  };
}

/**
 * Fuse.js's score of a record for a logical query "every word in some field" with LOOKUP_FUSE_OPTIONS,
 * computed the way Fuse.js computes it (Bitap edits / word length, at least 0.001, 0 for a field equal
 * to the word; each matched field's score raised to key weight × field-length norm, multiplied), and
 * how many words match an attribution field (speaker, outlet, publisher) at least as well as any other
 * field: "Rubio" in the speaker's name outranks "Rubio" in someone's quote. Undefined when a word matches no field.
 */
export function fuseScore(
  record: LookupRecord,
  patterns: readonly ApproximatePattern[],
): { score: number; attributed: number } | undefined {
  const values = LOOKUP_FIELDS.map((field) => record[field].toLowerCase());
  let total = 1;
  let attributed = 0;
  for (const pattern of patterns) {
    let best = Infinity;
    let bestAttributed = Infinity;
    for (let field = 0; field < FIELD_COUNT; field++) {
      const value = values[field];
      const errors = pattern.errorsIn(value);
      if (errors < 0) continue;
      const score = value === pattern.pattern ? 0 : Math.max(0.001, errors / pattern.pattern.length);
      total *= Math.pow(
        score === 0 ? Number.EPSILON : score,
        WEIGHT_LIST[field] * fuseNorm(record[LOOKUP_FIELDS[field]]),
      );
      best = Math.min(best, errors);
      if (IS_ATTRIBUTION[field]) bestAttributed = Math.min(bestAttributed, errors);
    }
    if (best === Infinity) return undefined;
    if (bestAttributed <= best) attributed++;
  }
  return { score: total, attributed };
}

/** How many `words` match an attribution field at least as well as any other field of the record (see fuseScore). */
export function attributedWords(record: LookupRecord, words: readonly string[]): number {
  return (
    fuseScore(
      record,
      words.map((word) => new ApproximatePattern(word)),
    )?.attributed ?? 0
  );
}

/** Fuse.js's field-length norm: 1 / sqrt(words, split at its separators), rounded to three decimals. */
function fuseNorm(value: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const separator = (code >= 9 && code <= 13) || code === 32 || code === 160;
    if (!separator && !inWord) words++;
    inWord = !separator;
  }
  return Math.round(1000 / Math.sqrt(Math.max(1, words))) / 1000;
}

/** Sorts Fuse.js's results by attributed words (most first), keeping Fuse.js's order (score, then corpus order) within. */
export function rankByField(
  results: readonly { record: LookupRecord; score: number }[],
  words: readonly string[],
): { record: LookupRecord; score: number; attributed: number }[] {
  return results
    .map((result, order) => ({ ...result, attributed: attributedWords(result.record, words), order }))
    .sort((a, b) => b.attributed - a.attributed || a.order - b.order)
    .map(({ order: _order, ...rest }) => rest);
}

/** Shortlist size for a limit: enough that Fuse.js's own best are in it, small enough to re-rank in a millisecond or two. */
function shortlistSize(limit: number): number {
  return limit + Math.max(40, limit);
}

/** A StatementSearch as arrays: corpus words, each one's posting count, the postings end to end, words per field. */
export interface StatementSearchParts {
  terms: string[];
  counts: Int32Array;
  postings: Int32Array;
  fieldWords: Uint8Array;
}

interface WordMatches {
  terms: Int32Array;
  errors: Uint8Array;
}

/**
 * The look-up over one corpus. Built once per corpus (tens of milliseconds per 10,000 statements);
 * `search` then touches only the postings of the corpus words each query word matches.
 */
export class StatementSearch {
  private readonly records = new Map<number, LookupRecord>();
  private readonly statementCount: number;
  private readonly makeRecord: (doc: number) => LookupRecord;
  private readonly people: Map<string, Person>;
  private readonly terms: string[] = [];
  /** Per term: `doc << 3 | field` for each field of each statement holding it. */
  private postings: Int32Array[] = [];
  /** Words per field (Fuse.js's field-length norm), per `doc * FIELD_COUNT + field`, capped at 255. */
  private readonly fieldWords: Uint8Array;
  private readonly wordCache = new Map<string, WordMatches>();
  /**
   * Shortlists of one-word queries of one or two letters, per `size:word`: such a word's postings are
   * a large part of the corpus's, so the first keystrokes would cost the most without them.
   */
  private readonly shortWordLists = new Map<string, number[]>();
  private scratch?: Scratch;

  /** Indexes `corpus`; with `parts` (from `toParts` on the same corpus, in a snapshot), takes the index as it was. */
  constructor(corpus: Corpus, parts?: StatementSearchParts) {
    this.statementCount = corpus.statements.length;
    this.makeRecord = recordMaker(corpus);
    this.people = new Map(corpus.people.map((person) => [person.id, person]));
    if (parts) {
      if (parts.fieldWords.length !== this.statementCount * FIELD_COUNT || parts.counts.length !== parts.terms.length)
        throw new Error('look-up snapshot does not fit the corpus');
      this.fieldWords = parts.fieldWords;
      this.terms = parts.terms;
      let at = 0;
      for (const count of parts.counts) {
        this.postings.push(parts.postings.subarray(at, at + count));
        at += count;
      }
      if (at !== parts.postings.length) throw new Error('look-up snapshot does not fit the corpus');
      return;
    }
    this.fieldWords = new Uint8Array(this.statementCount * FIELD_COUNT);
    const ids = new Map<string, number>();
    const lists: number[][] = [];
    // Speaker, role and publisher strings repeat across statements: each is split once.
    const split = new Map<string, string[]>();
    for (let doc = 0; doc < this.statementCount; doc++) {
      const record = this.record(doc);
      for (let fieldId = 0; fieldId < FIELD_COUNT; fieldId++) {
        const field = LOOKUP_FIELDS[fieldId];
        const value = record[field];
        if (!value) continue;
        const repeats = field !== 'text' && field !== 'date';
        let words = repeats ? split.get(value) : undefined;
        if (!words) {
          words = value.toLowerCase().split(/\s+/).filter(Boolean);
          if (repeats) split.set(value, words);
        }
        this.fieldWords[doc * FIELD_COUNT + fieldId] = Math.min(255, Math.max(1, words.length));
        const entry = (doc << FIELD_BITS) | fieldId;
        for (const word of words) {
          let id = ids.get(word);
          if (id === undefined) {
            id = lists.length;
            ids.set(word, id);
            lists.push([]);
            this.terms.push(word);
          }
          const list = lists[id];
          // A word twice in one field is one posting.
          if (list[list.length - 1] !== entry) list.push(entry);
        }
      }
    }
    this.postings = lists.map((list) => Int32Array.from(list));
  }

  get size(): number {
    return this.statementCount;
  }

  /** The index as arrays, for a snapshot. */
  toParts(): StatementSearchParts {
    const counts = Int32Array.from(this.postings, (list) => list.length);
    const postings = new Int32Array(counts.reduce((sum, count) => sum + count, 0));
    let at = 0;
    for (const list of this.postings) {
      postings.set(list, at);
      at += list.length;
    }
    return { terms: this.terms, counts, postings, fieldWords: this.fieldWords };
  }

  /**
   * Up to `limit` statements for `query`, best first: the statements Fuse.js would find over the
   * whole corpus (every word matching some field within its threshold), those whose speaker,
   * outlet or publisher a word matched first, then by Fuse.js's score. An empty query gives the
   * corpus's first `limit` statements. Pure and synchronous; about a millisecond per 10,000
   * statements the query's words touch.
   */
  search(query: string, limit: number): LookupHit[] {
    const words = queryWords(query);
    if (!words.length || limit <= 0)
      return Array.from({ length: Math.min(this.statementCount, Math.max(0, limit)) }, (_, doc) =>
        this.hit(this.record(doc), 1, 0),
      );
    const patterns = words.map((word) => new ApproximatePattern(word));
    const scored: { record: LookupRecord; score: number; attributed: number }[] = [];
    for (const record of this.shortlist(words, shortlistSize(limit))) {
      const score = fuseScore(record, patterns);
      if (score) scored.push({ record, score: score.score, attributed: score.attributed });
    }
    scored.sort((a, b) => b.attributed - a.attributed || a.score - b.score || a.record.doc - b.record.doc);
    return scored.slice(0, limit).map((result) => this.hit(result.record, result.score, result.attributed));
  }

  /** A statement's record, made when first asked for (a snapshot's reader never makes most of them). */
  private record(doc: number): LookupRecord {
    let record = this.records.get(doc);
    if (!record) {
      record = this.makeRecord(doc);
      if (this.records.size >= 50_000) this.records.clear();
      this.records.set(doc, record);
    }
    return record;
  }

  private hit(record: LookupRecord, score: number, attributed: number): LookupHit {
    const speaker = nameOfSpeaker(record.statement.speaker, (id) => this.people.get(id)) ?? null;
    return { statement: record.statement, speaker, score, attributed };
  }

  /**
   * Corpus words a query word matches, fewest edits first, with the edits each needs (cached: typing
   * repeats the earlier words). A word of one or two letters matches the start of a corpus word, as
   * someone typing it means it; Fuse.js would match it anywhere in any word, which is every statement.
   */
  private matchesOf(word: string): WordMatches {
    const cached = this.wordCache.get(word);
    if (cached) return cached;
    const found: { id: number; errors: number }[] = [];
    if (word.length <= SHORT_WORD) {
      for (let id = 0; id < this.terms.length; id++) if (this.terms[id].startsWith(word)) found.push({ id, errors: 0 });
    } else {
      const pattern = new ApproximatePattern(word);
      for (let id = 0; id < this.terms.length; id++) {
        const errors = pattern.errorsIn(this.terms[id]);
        if (errors >= 0) found.push({ id, errors });
      }
      found.sort((a, b) => a.errors - b.errors || a.id - b.id);
    }
    const matches = {
      terms: Int32Array.from(found, (match) => match.id),
      errors: Uint8Array.from(found, (match) => match.errors),
    };
    if (this.wordCache.size >= 256) this.wordCache.delete(this.wordCache.keys().next().value as string);
    this.wordCache.set(word, matches);
    return matches;
  }

  /**
   * The `size` statements most likely best by Fuse.js's measure, in corpus order: every word must
   * match some field; each field a word matches adds weight × field-length norm × log(score), as
   * Fuse.js multiplies it; attribution matches first, as `search` ranks.
   */
  private shortlist(words: readonly string[], size: number): LookupRecord[] {
    if (words.length !== 1 || words[0].length > SHORT_WORD)
      return this.shortlistDocs(words, size).map((doc) => this.record(doc));
    const key = `${size}:${words[0]}`;
    let docs = this.shortWordLists.get(key);
    if (!docs) {
      docs = this.shortlistDocs(words, size);
      if (this.shortWordLists.size >= SHORT_LIST_CACHE)
        this.shortWordLists.delete(this.shortWordLists.keys().next().value as string);
      this.shortWordLists.set(key, docs);
    }
    return docs.map((doc) => this.record(doc));
  }

  /**
   * The one- and two-letter words worth preparing with `prepare`, most postings first: every corpus
   * word's first letter, and the first two letters shared by at least a fortieth of the postings.
   */
  shortWords(): string[] {
    const postings = new Map<string, number>();
    let total = 0;
    for (let id = 0; id < this.terms.length; id++) {
      const term = this.terms[id];
      const count = this.postings[id].length;
      total += count;
      for (const prefix of new Set([term.slice(0, 1), term.slice(0, SHORT_WORD)]))
        postings.set(prefix, (postings.get(prefix) ?? 0) + count);
    }
    return [...postings]
      .filter(([prefix, count]) => prefix.length === 1 || count * 40 >= total)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([prefix]) => prefix);
  }

  /**
   * Prepares the shortlist of a one- or two-letter query `word` for `limit` results (what a first
   * keystroke asks for), so that keystroke costs a re-rank of the shortlist only. A few milliseconds
   * per 10,000 statements per word; the server prepares `shortWords()` a word at a time after building.
   */
  prepare(word: string, limit: number): void {
    const words = queryWords(word);
    if (words.length === 1 && words[0].length <= SHORT_WORD && limit > 0) this.shortlist(words, shortlistSize(limit));
  }

  /**
   * The statements every word matches, best first by the estimate of Fuse.js's score, up to `size`,
   * in corpus order. Its loops are module functions, each optimised whole: as one long method, its
   * first hot loop was compiled on the fly before the later words' code had ever run, and every
   * two-word query then fell back to the interpreter there (tens of milliseconds a keystroke).
   */
  private shortlistDocs(words: readonly string[], size: number): number[] {
    const n = this.statementCount;
    this.scratch ??= {
      best: new Uint8Array(n * FIELD_COUNT),
      slots: new Int32Array(n * FIELD_COUNT),
      log: new Float64Array(n),
      words: new Uint16Array(n),
      attributed: new Uint8Array(n),
      seen: new Int32Array(n).fill(-1),
      fewest: new Uint8Array(n),
      exact: new Uint8Array(n * FIELD_COUNT),
      first: new Int32Array(n),
      later: new Int32Array(n),
    };
    const scratch = this.scratch;
    // The first word's statements (every candidate), then each later word's, without growing arrays.
    let candidateCount = 0;
    for (let w = 0; w < words.length; w++) {
      const word = words[w];
      const matches = this.matchesOf(word);
      // log(Fuse.js's score) for each number of edits: edits / length, at least 0.001.
      const logScore = new Float64Array(32);
      for (let errors = 0; errors < 32; errors++) logScore[errors] = Math.log(Math.max(0.001, errors / word.length));
      // The corpus word that is the query word itself, if any (it matches with no edits).
      let exactTerm = -1;
      for (let t = 0; t < matches.terms.length && matches.errors[t] === 0; t++)
        if (this.terms[matches.terms[t]] === word) exactTerm = matches.terms[t];
      const slotCount = markFields(this.postings, matches, exactTerm, w, scratch);
      const docs = w === 0 ? scratch.first : scratch.later;
      const docCount = collectDocs(slotCount, w, docs, scratch);
      scoreFields(slotCount, w, logScore, this.fieldWords, scratch);
      markMatched(docs, docCount, w + 1, scratch.words);
      if (w === 0) candidateCount = docCount;
    }
    const complete = completeDocs(scratch.first, candidateCount, words.length, scratch.words);
    const chosen = complete.length > size ? bestOf(complete, size, scratch) : complete;
    chosen.sort((a, b) => a - b);
    resetDocs(scratch.first, candidateCount, scratch);
    return chosen;
  }
}

/** StatementSearch's reusable arrays, one entry per statement or per statement field (`doc * FIELD_COUNT + field`). */
interface Scratch {
  /** Per field: 1 + the fewest edits with which the current word matches it; 0 when it does not. */
  best: Uint8Array;
  log: Float64Array;
  /** Per statement: how many of the query's words (in order) it matched so far. */
  words: Uint16Array;
  attributed: Uint8Array;
  seen: Int32Array;
  fewest: Uint8Array;
  slots: Int32Array;
  /** 1 where the field's word is the query word itself (for Fuse.js's exact match, without making the record). */
  exact: Uint8Array;
  first: Int32Array;
  later: Int32Array;
}

/**
 * Walks the postings of the corpus words `matches` holds, fewest edits first, and marks each field
 * they occur in with its fewest edits (`best`); after the first word, only statements every earlier
 * word matched. Returns how many fields it marked (listed in `slots`).
 */
function markFields(
  postings: readonly Int32Array[],
  matches: WordMatches,
  exactTerm: number,
  w: number,
  scratch: Scratch,
): number {
  const { best, slots, exact, words: wordCount } = scratch;
  let slotCount = 0;
  for (let t = 0; t < matches.terms.length; t++) {
    const errors = matches.errors[t] + 1;
    // Enough statements match with fewer edits: Fuse.js scores an exact match about a thousand
    // times better than a one-edit one, so statements only a fuzzier corpus word matches would rank below them all.
    if (t > 0 && errors !== matches.errors[t - 1] + 1 && slotCount >= ENOUGH_SLOTS) break;
    const term = matches.terms[t];
    const list = postings[term];
    const same = term === exactTerm ? 1 : 0;
    for (let p = 0; p < list.length; p++) {
      const entry = list[p];
      const doc = entry >>> FIELD_BITS;
      if (w > 0 && wordCount[doc] !== w) continue;
      const slot = doc * FIELD_COUNT + (entry & 7);
      const previous = best[slot];
      if (same) exact[slot] = 1;
      if (previous === 0) {
        slots[slotCount++] = slot;
        best[slot] = errors;
      } else if (errors < previous) best[slot] = errors;
    }
  }
  return slotCount;
}

/** Lists in `docs` the statements of the marked fields, once each, with the fewest edits of any of their fields; returns how many. */
function collectDocs(slotCount: number, w: number, docs: Int32Array, scratch: Scratch): number {
  const { slots, seen, best, fewest } = scratch;
  let docCount = 0;
  for (let i = 0; i < slotCount; i++) {
    const slot = slots[i];
    const doc = (slot / FIELD_COUNT) | 0;
    if (seen[doc] !== w) {
      seen[doc] = w;
      docs[docCount++] = doc;
      fewest[doc] = best[slot];
    } else if (best[slot] < fewest[doc]) fewest[doc] = best[slot];
  }
  return docCount;
}

/**
 * Adds each marked field's weight × field-length norm × log(score) to its statement's estimate, as
 * Fuse.js multiplies scores; counts a word matched in an attribution field at least as well as
 * anywhere else once per statement; clears the marks.
 */
function scoreFields(
  slotCount: number,
  w: number,
  logScore: Float64Array,
  fieldWords: Uint8Array,
  scratch: Scratch,
): void {
  const { slots, best, exact, log, fewest, seen, attributed } = scratch;
  for (let i = 0; i < slotCount; i++) {
    const slot = slots[i];
    const doc = (slot / FIELD_COUNT) | 0;
    const field = slot - doc * FIELD_COUNT;
    const errors = best[slot] - 1;
    best[slot] = 0;
    const count = fieldWords[slot];
    // Fuse.js's exact match (the whole field is the word) scores Number.EPSILON: a one-word field
    // whose word is the query word (both split at white space, as trim() trims).
    const whole = count === 1 && exact[slot] === 1;
    exact[slot] = 0;
    log[doc] += WEIGHTED_NORM[field * 256 + count] * (whole ? LOG_EPSILON : logScore[Math.min(errors, 31)]);
    if (IS_ATTRIBUTION[field] && errors + 1 <= fewest[doc] && seen[doc] === w) {
      attributed[doc]++;
      // Counted once per word.
      seen[doc] = -2 - w;
    }
  }
}

function markMatched(docs: Int32Array, docCount: number, matched: number, wordCount: Uint16Array): void {
  for (let i = 0; i < docCount; i++) wordCount[docs[i]] = matched;
}

/** The candidates every one of `wordTotal` words matched. */
function completeDocs(
  candidates: Int32Array,
  candidateCount: number,
  wordTotal: number,
  wordCount: Uint16Array,
): number[] {
  const complete: number[] = [];
  for (let i = 0; i < candidateCount; i++) if (wordCount[candidates[i]] === wordTotal) complete.push(candidates[i]);
  return complete;
}

/**
 * The `size` best of `complete`: attribution first, then the estimate of Fuse.js's score (its
 * logarithm; lower is better). A typed-array selection finds the cut: every statement better than it,
 * then those that tie with it, earliest first.
 */
function bestOf(complete: readonly number[], size: number, scratch: Scratch): number[] {
  const keys = rankKeys(complete, scratch);
  const cut = nthSmallest(keys.slice(), size - 1);
  const chosen = better(complete, keys, cut);
  // Ties at the cut, earliest in the corpus first (a one- or two-letter word ties tens of thousands).
  const tied = Int32Array.from(tiedWith(complete, keys, cut)).sort();
  for (let i = 0; chosen.length < size; i++) chosen.push(tied[i]);
  return chosen;
}

// One loop per function (here and above): V8 compiles a hot loop on the fly and reuses that code on
// the next call, so code after the loop that had not run yet would leave it for the interpreter on every call.

/** Each statement's ranking key: attribution first, then the estimate of Fuse.js's score (its logarithm; lower is better). */
function rankKeys(complete: readonly number[], scratch: Scratch): Float64Array {
  const { log, attributed } = scratch;
  const keys = new Float64Array(complete.length);
  for (let i = 0; i < complete.length; i++) keys[i] = log[complete[i]] - attributed[complete[i]] * 1e6;
  return keys;
}

/** The statements whose key is below `cut`. */
function better(complete: readonly number[], keys: Float64Array, cut: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < complete.length; i++) if (keys[i] < cut) out.push(complete[i]);
  return out;
}

/** The statements whose key is `cut`. */
function tiedWith(complete: readonly number[], keys: Float64Array, cut: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < complete.length; i++) if (keys[i] === cut) out.push(complete[i]);
  return out;
}

/** Clears the per-statement scratch of every candidate, for the next search. */
function resetDocs(candidates: Int32Array, candidateCount: number, scratch: Scratch): void {
  const { log, words, attributed, seen } = scratch;
  for (let i = 0; i < candidateCount; i++) {
    const doc = candidates[i];
    log[doc] = 0;
    words[doc] = 0;
    attributed[doc] = 0;
    seen[doc] = -1;
  }
}

/** The `n`-th smallest of `values` (0-based), reordering them: Hoare's selection, linear on average. */
function nthSmallest(values: Float64Array, n: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1];
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const swap = values[i];
        values[i++] = values[j];
        values[j--] = swap;
      }
    }
    if (n <= j) high = j;
    else if (n >= i) low = i;
    else return values[n];
  }
  return values[n];
}
