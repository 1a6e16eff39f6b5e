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
  /** ISO date the newsroom added the record to its own corpus (.factdesk/corpus.jsonl), when it did. */
  added?: string;
  /**
   * Set on a claim a fact-checker has rated (read from a ClaimReview): `text` is the claim as the
   * fact-check states it, `speaker` the claim's author, `source` the fact-check article.
   */
  factCheck?: FactCheck;
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

/** What a fact-checker's verdict means for a draft that repeats the claim. */
export type FactCheckRating = 'false' | 'mixed' | 'true';

/** A published fact-check of a claim (schema.org ClaimReview). */
export interface FactCheck {
  /** The verdict as the fact-checker words it (`reviewRating.alternateName`): "False", "Mostly false". */
  verdict: string;
  /** `false` (false, misleading or unsupported), `mixed`, or `true` (true or mostly true). */
  rating: FactCheckRating;
  /** The numeric rating and its scale (`reviewRating`), when the review gives them. */
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
  /** The fact-checking organisation (the ClaimReview's `author`): "Harbour Check". */
  reviewer: string;
  /** ISO date of the fact-check (`datePublished`). */
  reviewed: string;
  /** The fact-check's URL; empty when the review gives none. */
  url: string;
  /** The claim's author as the fact-check names them (`itemReviewed.author`). */
  claimant?: string;
  /** `group` when the claim's author is an Organization (a body is never "Ms Energy"); `person` otherwise. */
  claimantKind?: 'person' | 'group';
  /** The claimant's `jobTitle` ("Energy Secretary"), a role phrase a draft may name them by. */
  claimantTitle?: string;
  /** Where the claim appeared (`itemReviewed.appearance` and `firstAppearance`: URLs or names). */
  appearances?: string[];
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

// The kinds of finding and their lists come from the registry (kinds.ts), so a kind is added in one place.
export type { FindingKind } from './kinds';
export { FINDING_KINDS, CONFLICT_KINDS } from './kinds';
import type { FindingKind } from './kinds';

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
  /** Quick-fix title saying what changes: `Replace “Ukraine” with “Russia”`, `Change “Tuesday” to “Wednesday”`, `Change the speaker to Marco Rubio`. */
  label: string;
}

/**
 * One piece of a word-level comparison of a quotation, in reading order: `same` in both, `added`
 * the draft's words the record lacks or has otherwise, `removed` the record's words the draft lacks
 * or changed (a changed word gives its `added` part first, then its `removed` one). Each part's text
 * keeps its side's punctuation ("give up.").
 */
export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * What differs between the draft and the record, as a message and a hover show it: the draft's
 * words (struck in a hover) and the record's (bold), each with its own punctuation.
 */
export interface Difference {
  /** The draft's words as written: “Ukraine”, “had promised”, “Saturday”, “Mr Rubio”. Empty when the draft lacks words the record has. */
  draft: string;
  /** The record's words in its own spelling: “Russia”, “never promised”, “Sunday”, “Witkoff”. Empty when the draft added words. */
  record: string;
  /** Further changes in the same quotation beyond this first one (0 or absent: none). */
  more?: number;
}

/**
 * One verdict on one claim in the draft.
 *
 * Two ranges: `range` is what is underlined and what the Problems panel points at (the differing
 * words of a conflict: “Ukraine” in a misquote, “had promised” in a flipped sentence, the wrong
 * day, number, outlet or speaker's name; the whole claim for a supported or unverified one);
 * `claimRange` is the whole claim the verdict is on (the quotation's words, or the sentence), which
 * the hover and the quick fixes answer to wherever the cursor is in it. A fix carries its own range.
 */
export interface Finding {
  kind: FindingKind;
  /** The differing words (a conflict) or the claim itself: the diagnostic's range. */
  range: OffsetRange;
  /** The whole claim the verdict is on (the quotation's words, or the sentence); equal to or containing `range`. Absent: `range`. */
  claimRange?: OffsetRange;
  /** The claim as written in the draft (the quotation, or the sentence). */
  claim: string;
  /**
   * One line a reporter understands at a glance, difference first: `Misquote: “Ukraine” where the
   * record has “Russia” — Marco Rubio, CBS’s Face the Nation, 17 Aug 2025.` (see engine/messages.ts).
   */
  message: string;
  /** For a conflict: the draft's words against the record's, as the message leads with them. */
  difference?: Difference;
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
  /** The quotation being typed at `CheckOptions.editingAt` (opening mark to its paragraph's end), left unjudged. */
  held?: OffsetRange;
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
  /**
   * Where the writer's cursor is (a UTF-16 offset into the draft), when the draft is being edited.
   * A quotation whose opening mark comes before it and that has no closing mark before its
   * paragraph's end is still being typed: nothing from the opening mark to the paragraph's end is
   * judged (its findings are left out and the span is returned as `held`), so counters do not jump
   * with each keystroke. The same text and offset always give the same result.
   */
  editingAt?: number;
}
