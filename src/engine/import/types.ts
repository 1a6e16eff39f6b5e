/**
 * What the importer reads and proposes. Proposals are corpus records (statement, person, source)
 * with a review `status`, a `confidence` and the `evidence` they were read from, so a reviewed
 * proposals file is itself a corpus file (JSON Lines).
 */
import type { DatePrecision, Statement } from '../types';

/** Where an article's words came from, and what its markup or front matter says about it. */
export interface ArticleMeta {
  headline?: string;
  byline?: string[];
  /** ISO date (YYYY-MM-DD) the article was published, when the file says. */
  published?: string;
  /** Where in the file `published` was read ("front matter", "markup", "date line"), for the records' dateBasis. */
  publishedFrom?: string;
  publisher?: string;
  url?: string;
}

/** An article ready to read: its text (offsets and lines as in the file for Markdown and plain text), its metadata and format. */
export interface Article {
  /** The file name or URI it came from (for `evidence.file` and the source id). */
  file: string;
  /** The prose to read. For Markdown and plain text, the file itself; for HTML, the article body's paragraphs. */
  text: string;
  format: 'markdown' | 'plaintext' | 'html';
  meta: ArticleMeta;
  /**
   * For HTML: the 1-based line in the original file where each paragraph of `text` starts, in order of
   * `paragraphStarts` (offsets into `text`). Empty for Markdown and plain text (lines are the file's own).
   */
  paragraphStarts: number[];
  paragraphLines: number[];
}

export type ReviewStatus = 'proposed' | 'accepted' | 'rejected';

/** Where a proposal was read: the file, 1-based line, and the article's sentence verbatim. */
export interface Evidence {
  file: string;
  line: number;
  sentence: string;
}

/** Another article that printed words already on record. */
export interface Occurrence {
  source: string;
  date: string;
  outlet: string;
}

/**
 * A proposed statement: a corpus statement (its `speaker` a person id of the corpus or of a
 * proposed person; null when no speaker was found) plus review fields.
 */
export interface ProposedStatement extends Statement {
  type: 'statement';
  status: ReviewStatus;
  /** 0 to 1: how sure the importer is of the speaker and the quotation's bounds. */
  confidence: number;
  evidence: Evidence;
  /** The record (id) whose words these are: accepting adds an occurrence to it instead of a new record. */
  occurrenceOf?: string;
  /** A record of the same speaker with nearly these words: one of the two texts is wrong. */
  differsFrom?: { id: string; text: string; similarity: number };
  /** Why the confidence is what it is, for the reviewer ("named before 'said'", "pronoun 'he' → Zelensky"). */
  reason: string;
}

export interface ProposedPerson {
  type: 'person';
  id: string;
  name: string;
  kind: 'person' | 'anonymous' | 'group';
  aliases: string[];
  roles: { title: string }[];
  status: ReviewStatus;
}

export interface ProposedSource {
  type: 'source';
  id: string;
  publisher: string;
  headline: string;
  byline?: string[];
  published: string;
  publishedPrecision: DatePrecision;
  dateBasis: string;
  url?: string;
  status: ReviewStatus;
}

export type Proposal = ProposedStatement | ProposedPerson | ProposedSource;

/** Options for proposing records from one article. */
export interface ImportOptions {
  /** The article's date (ISO) when its file does not say: what "on Monday" is resolved against. */
  articleDate?: string;
  /** How `articleDate` was established ("the file's modification date"), for the records' dateBasis. */
  articleDateBasis?: string;
  /**
   * True when `articleDate` is a guess (a file's modification date), not the article's date: it
   * dates the source record (flagged) but no remark is dated by it, so "on Monday" in an undated
   * article stays undated rather than wrong.
   */
  articleDateGuessed?: boolean;
  /** Publisher to record when the article does not name one. */
  publisher?: string;
}

/** What reading one article gives: its proposals and anything the reviewer should know. */
export interface ImportResult {
  proposals: Proposal[];
  /** Problems that lost nothing but need a human ("no date: quotes dated to the file's date at year precision"). */
  notes: string[];
}

/** A file that could not be imported, and why, in words for the reporter. Nothing is written for it. */
export interface ImportError {
  file: string;
  message: string;
}
