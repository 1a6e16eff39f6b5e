/**
 * The data model shared by the engine, the CLI and the VS Code adapter.
 *
 * Everything here is plain data (JSON-serialisable) so that findings can cross the CLI, the
 * extension host and a web worker unchanged. Offsets are UTF-16 code-unit offsets into the
 * original draft text, as `String.prototype.slice` and `vscode.TextDocument.positionAt` use.
 */

/** How precisely a statement's date is known. */
export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/** A number mentioned in a statement or a draft: `133 drones`, `800,000 troops`, `three hours`. */
export interface NumberMention {
  /** The numeric value (`800000` for "800,000", `3` for "three", `1000000` for "1 million"). */
  value: number;
  /** Normalised unit, singular and lower-case: `drone`, `troop`, `minute`, `hour`, `point`, `nation`, `person`, `week`, `year`. Empty when none. */
  unit: string;
  /** The text as printed ("800,000-strong", "90 minutes"). */
  text: string;
  /** A hedged figure ("about", "nearly", "more than"): compared within the hedge's range. */
  approx?: 'about' | 'above' | 'below';
  /** How far the printed figure may be from the true one by rounding ("£16bn": 0.5bn). */
  tolerance?: number;
}

/** A person (or an unnamed class of speaker, such as "a senior U.S. official"). */
export interface Person {
  /** Stable id, kebab-case: `volodymyr-zelensky`. */
  id: string;
  /** Canonical display name: "Volodymyr Zelensky". */
  name: string;
  /** `person` for a named individual, `anonymous` for an unnamed speaker class, `group` for a body (the Kremlin, European leaders). */
  kind: 'person' | 'anonymous' | 'group';
  /** Every spelling in use, including the canonical one and surname-only forms: "Zelenskyy", "Zelenskiy", "Zelensky". */
  aliases: string[];
  /** Role phrases newsrooms use for them, with the dates they held the role when known. */
  roles: Role[];
  /** Ids of people or role phrases they are commonly confused with and are not (e.g. Ryabkov is not "Kremlin spokesman"). */
  notRoles?: string[];
  /** Free-text note for editors. */
  note?: string;
}

export interface Role {
  /** "Ukrainian President", "Kremlin spokesman", "Secretary of State". */
  title: string;
  /** ISO date the role started, when known. */
  from?: string;
  /** ISO date the role ended, when known; absent while held. */
  to?: string;
}

/** The article a statement was curated from. */
export interface Source {
  /** Stable id: `wapo-2025-08-17`. */
  id: string;
  publisher: string;
  headline: string;
  byline?: string[];
  /** Who distributed it, when different from the publisher (Tribune Content Agency, The Nightly). */
  distributor?: string;
  /** The seed file's name under shared/seeds, or a newsroom's own reference. */
  seedFile?: string;
  /** ISO publication date. */
  published: string;
  publishedPrecision: DatePrecision;
  /** How the publication date was established (the articles carry no dateline). */
  dateBasis: string;
  url?: string;
}

/** One sourced statement: a verbatim quotation, or a claim in the source article's words. */
export interface Statement {
  /** Stable id, kebab-case: `witkoff-article5-fox`. */
  id: string;
  /** `quote` when `text` is verbatim between quotation marks in the source; `claim` when paraphrased or reported. */
  kind: 'quote' | 'claim';
  /** Person id of the speaker; null for a fact the article reports on its own authority (133 drones launched). */
  speaker: string | null;
  /** The quotation exactly as printed (the article's dashes and apostrophes kept), or the claim in the article's words. */
  text: string;
  /** ISO date it was said (YYYY-MM-DD; YYYY-MM when only the month is known). */
  date: string;
  datePrecision: DatePrecision;
  /** How the date was derived ("'on Sunday' in an article written Sunday 17 August 2025"). */
  dateBasis: string;
  /** Outlet or venue: "Fox News Sunday", "CBS's Face the Nation", "audio message to reporters". Empty when not stated. */
  outlet: string;
  /** Source (article) id. */
  source: string;
  /** The surrounding sentence in the source, verbatim. */
  context: string;
  /** The numbers the statement contains. */
  numbers: NumberMention[];
  /** True when the statement asserts a negation ("will not", "never promised", "isn't ready"). */
  negated: boolean;
  /** Optional keywords that help retrieval of short fragments. */
  keywords?: string[];
  /**
   * Other occasions on which these same words were published: said again on another day or to
   * another outlet, or reported by another article. A draft's day or outlet that fits any of them
   * is no conflict. Absent when the words are on record once.
   */
  occurrences?: Occurrence[];
}

/** Another occasion of a statement's words: the article that printed them, when and where they were said. */
export interface Occurrence {
  /** Source (article) id. */
  source: string;
  /** ISO date of this occasion (as `Statement.date`). */
  date: string;
  datePrecision: DatePrecision;
  /** How the date was derived; empty when not given. */
  dateBasis: string;
  /** Outlet or venue of this occasion; empty when not stated. */
  outlet: string;
}

/** An `occurrence` line of a corpus file: another occasion of the statement `of`, attached when corpora are merged. */
export interface OccurrenceRecord extends Occurrence {
  /** The id of the statement whose words these are. */
  of: string;
}

/** A whole corpus: what the bundled data and a newsroom's files add up to. */
export interface Corpus {
  statements: Statement[];
  people: Person[];
  sources: Source[];
  /** `occurrence` lines read from a file, not yet attached to their statements (mergeCorpora attaches them). */
  occurrences?: OccurrenceRecord[];
}

/** A problem found while loading a corpus file: which file, line and field, and what is wrong. */
export interface LoadProblem {
  file: string;
  /** 1-based line in the file; 0 when the problem is with the file as a whole. */
  line: number;
  /** The record field at fault (`date`, `speaker`), when one is. */
  field?: string;
  /** The record's id when it has one. */
  recordId?: string;
  message: string;
  severity: 'error' | 'warning';
}

/** The kinds of finding, in the order a reporter cares about them. */
export type FindingKind =
  | 'supported'
  | 'misquote'
  | 'misattribution'
  | 'wrong-number'
  | 'wrong-date'
  | 'wrong-outlet'
  | 'negation'
  | 'unverified-quote';

export const FINDING_KINDS: readonly FindingKind[] = [
  'supported',
  'misquote',
  'misattribution',
  'wrong-number',
  'wrong-date',
  'wrong-outlet',
  'negation',
  'unverified-quote',
];

/** Kinds that mean the draft disagrees with the record. */
export const CONFLICT_KINDS: readonly FindingKind[] = [
  'misquote',
  'misattribution',
  'wrong-number',
  'wrong-date',
  'wrong-outlet',
  'negation',
];

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Half-open range of UTF-16 offsets into the draft. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** A suggested correction: replace `range` of the draft with `text`. */
export interface Fix {
  range: OffsetRange;
  text: string;
  /** Short label for a quick-fix menu: "Restore the verbatim quote", "Change speaker to Marco Rubio". */
  label: string;
}

/**
 * One piece of a word-level comparison, read from the record to the draft: `same` in both,
 * `removed` the record's words the draft lacks or changed, `added` the draft's words the record lacks.
 */
export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** One verdict on one claim in the draft. */
export interface Finding {
  kind: FindingKind;
  /** Where the claim (or the part of it that is wrong) sits in the draft. */
  range: OffsetRange;
  /** The claim as written in the draft (the quotation, or the sentence). */
  claim: string;
  /** One line a reporter understands at a glance. */
  message: string;
  /** The record the verdict rests on; null for an unverified quote. */
  statement: Statement | null;
  /** The speaker the draft names for the claim (canonical person id), when one was found. */
  draftSpeaker?: string | null;
  /** A correction, when one exists. */
  fix: Fix | null;
  /** Word-level difference between the draft's words and the record's, for conflicts on quotations. */
  diff?: DiffPart[];
  /** Match confidence in [0, 1]. */
  score: number;
}

/** What a check returns. */
export interface CheckResult {
  findings: Finding[];
  /** Set when a cap was hit (size, findings), saying which and what was left unchecked. */
  capMessage?: string;
  /** Set when `isCancelled` stopped the check: `findings` cover only the paragraphs before `capMessage`'s offset. */
  cancelled?: boolean;
}

/** Options for a check. */
export interface CheckOptions {
  /** The draft's own date (ISO), against which "on Monday" resolves; front matter `date:` wins over this. */
  draftDate?: string;
  /** Minimum match score in [0, 1] for a claim to be tied to a record. */
  minScore?: number;
  /** Maximum characters of draft to check; the rest is skipped with a cap message. */
  maxChars?: number;
  /** Maximum findings to return; more are dropped with a cap message. */
  maxFindings?: number;
  /**
   * How the draft is written: `markdown` (the default: code, front matter, link targets and
   * markers are not prose) or `plaintext` (a .txt draft: every line is prose, indented or not;
   * only front matter is skipped).
   */
  format?: 'markdown' | 'plaintext';
  /**
   * Asked before each paragraph (an LSP request's cancellation token, say); once it returns true the
   * check stops there and returns what it judged so far, with `cancelled` and a `capMessage`.
   */
  isCancelled?: () => boolean;
}
