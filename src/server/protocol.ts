// The Fact Desk language server's own messages, beside the standard LSP ones. Shared by the server
// and the VS Code client; plain data only (no vscode, no Node), so both the Node and the web worker
// builds use it.
import type { Finding, LoadProblem, Statement, Corpus, Person, Source } from '../engine';
import type { Proposal } from '../engine/import';

/** What a check of one draft produced, bound to the document version it was computed for. */
export interface CheckedDraft {
  uri: string;
  /** The document version checked; -1 for a file read from disk. */
  version: number;
  /** Findings shown as diagnostics (ignored claims removed). */
  findings: Finding[];
  /** Findings the desk chose to ignore (.factdesk/ignore.json). */
  ignored: Finding[];
  /** Set when the draft was longer than factDesk.maxFileSize and checked only up to the cap. */
  capMessage?: string;
  /** Milliseconds the engine took. */
  engineMs: number;
  /** A quotation being typed at the cursor (factDesk/editing), left unjudged until it is closed or the cursor leaves it (UTF-16 offsets). */
  held?: { start: number; end: number };
}

/** One "Ignore this claim" entry, as stored in .factdesk/ignore.json. */
export interface IgnoredClaim {
  kind: Finding['kind'];
  claim: string;
  /** Draft path relative to its workspace folder; absent means every draft. */
  file?: string;
  statementId?: string;
  /** ISO timestamp, for the reviewer. */
  added: string;
  /** Why the desk ignores it, when the person who ignored it said. */
  reason?: string;
  /** Who ignored it (factDesk.reportAuthor, else the OS user name), when known. */
  by?: string;
  /** The workspace folder (URI) whose .factdesk/ignore.json holds the entry: it applies to that folder's drafts only. Absent: every folder's. */
  folder?: string;
}

/** A corpus load problem with the URI of the file it is in, when there is one. */
export interface CorpusProblem extends LoadProblem {
  uri?: string;
}

/**
 * URI schemes whose documents can be drafts: files on disk or in a remote or virtual workspace, and
 * unsaved drafts. An allowlist, so diff views, git and pull-request documents, chat code blocks and
 * output panes are never checked (nor listed in Problems twice).
 */
export const DRAFT_SCHEMES = [
  'file',
  'untitled',
  'vscode-vfs',
  'vscode-remote',
  'vscode-notebook-cell',
  'vscode-test-web',
  'vsls',
];

/** Where suppressions live, relative to a workspace folder. */
export const IGNORE_FILE_PATH = '.factdesk/ignore.json';

/** The workspace corpus that "Add Selection to Corpus" writes to, relative to a workspace folder. */
export const WORKSPACE_CORPUS_PATH = '.factdesk/corpus.jsonl';

export const Methods = {
  /** server → client notification, sent just before the draft's diagnostics: the result behind them, each record once (packedResult.ts). */
  checked: 'factDesk/checked',
  /** server → client notification after every corpus (re)load. */
  corpusLoaded: 'factDesk/corpusLoaded',
  /** client → server request: the whole corpus in effect (for other clients; the VS Code client asks for the parts it shows). */
  corpus: 'factDesk/corpus',
  /** client → server request: the corpus view's speakers, or a page of one speaker's statements (CorpusViewParams). */
  corpusView: 'factDesk/corpusView',
  /** client → server request: statements by id, with their speakers and sources (StatementsParams). */
  statements: 'factDesk/statements',
  /** client → server request: the corpus's people and sources and the ids of the newsroom's own records (pickers, citations, the report). */
  corpusDirectory: 'factDesk/corpusDirectory',
  /** client → server request: reload the corpus now; resolves once it is in effect. */
  reloadCorpus: 'factDesk/reloadCorpus',
  /** client → server request: check an open document now (or a file's text from disk). */
  check: 'factDesk/check',
  /** client → server request: check many drafts (open ones as edited, the rest from disk) with work-done progress; cancellable between drafts and paragraphs. */
  checkAll: 'factDesk/checkAll',
  /** client → server request: the look-up, ranked statements for a query. */
  lookup: 'factDesk/lookup',
  /** client → server request: where a record is written. */
  recordLocation: 'factDesk/recordLocation',
  /** client → server notification: state the client keeps (ignored claims, documents turned off). */
  clientState: 'factDesk/clientState',
  /** client → server notification: where the writer's cursor is (EditingParams); a quotation being typed there is not judged yet. */
  editing: 'factDesk/editing',
  /** server → client request: read a file the server cannot read itself (virtual workspaces, the browser). */
  readFile: 'factDesk/readFile',
  /** client → server request: propose corpus records from articles (the importer), against the corpus in effect. */
  importArticles: 'factDesk/importArticles',
} as const;

/** One article to import: its name or URI (for evidence), its text, and the date "on Monday" resolves against when it has none. */
export interface ImportArticleInput {
  file: string;
  text: string;
  /** ISO date (YYYY-MM-DD) used when the article gives no date, and how it was established. */
  articleDate?: string;
  articleDateBasis?: string;
  /** True when `articleDate` is a guess (a file's modification date): it dates the source, not the remarks. */
  articleDateGuessed?: boolean;
}

export interface ImportArticlesParams {
  articles: ImportArticleInput[];
  /** The workspace folder (URI) whose corpus the proposals will be written to, and compared with; without it, the only folder's (or every folder's). */
  folder?: string;
}

/** Proposals of every article that could be read (sources first per article); the others with the reason. */
export interface ImportArticlesResult {
  proposals: Proposal[];
  notes: string[];
  failures: { file: string; message: string }[];
}

export interface CorpusLoadedParams {
  statements: number;
  people: number;
  sources: number;
  problems: CorpusProblem[];
  /** Files the corpus was read from (so the client can watch them). */
  files: string[];
  /** Each part of the corpus in effect and its statement count ("bundled corpus", a workspace-relative file), for the report's header. */
  parts?: { name: string; statements: number }[];
  /**
   * The distinct corpora in effect: the workspace folders (URIs; "" for documents in no folder) that
   * share each, its statement count and files. Folders asking for the same records share one.
   */
  corpora?: { scopes: string[]; statements: number; files: string[]; parts: { name: string; statements: number }[] }[];
}

export interface CheckParams {
  uri: string;
  /** The text of a file read from disk, or of an open document the server may not have been sent yet. */
  text?: string;
  /** For an open document: its version and language (the server checks its own copy when it has this version). */
  version?: number;
  languageId?: string;
}

export interface CheckAllParams {
  /** The drafts to check, in order. */
  uris: string[];
  /** LSP work-done progress token from the client; without one the server creates its own progress where the client supports it. */
  workDoneToken?: string | number;
}

/** What "Check All Drafts" found: drafts checked and their findings by verdict. */
export interface CheckAllResult {
  /** Drafts checked before the end or the cancellation (an unreadable or non-draft file counts as checked, with nothing found). */
  files: number;
  supported: number;
  /** Findings that are neither supported nor unverified quotes. */
  conflicts: number;
  unverified: number;
  cancelled: boolean;
}

/** Results a look-up gives when `limit` is not said (the palette's rows); the server prepares first keystrokes for it. */
export const LOOKUP_LIMIT = 50;

export interface LookupParams {
  query: string;
  /** At most this many statements; LOOKUP_LIMIT when not said. */
  limit?: number;
  /** The draft the look-up is for: its workspace folder's corpus is searched. Without it, the only folder's (or every folder's). */
  uri?: string;
}

export interface LookupResult {
  statements: Statement[];
}

export interface ClientStateParams {
  ignored: IgnoredClaim[];
  disabledDocuments: string[];
}

/**
 * The cursor in the active editor, sent as it moves. `offset` is a UTF-16 offset into version
 * `version` of `uri`; null when no draft has the cursor. Optional for other clients: without it
 * every quotation is judged as written.
 */
export interface EditingParams {
  uri: string | null;
  version: number;
  offset: number | null;
}

export interface ReadFileParams {
  uri: string;
}

/** Base64 would be smaller; text keeps the protocol readable and corpus files are text. */
export interface ReadFileResult {
  text?: string;
  error?: string;
}

/** The corpus in effect, with the ids of the newsroom's own records (read from .factdesk/corpus.jsonl). */
export type CorpusResult = Corpus & { newsroom: string[] };

/** factDesk/corpusView: no `speaker` asks for the speakers; a speaker id (`''` for statements without one) for a page of its statements. */
export interface CorpusViewParams {
  speaker?: string | null;
  /** Statements to skip (newest first); 0 when not said. */
  offset?: number;
  /** At most this many statements; 200 when not said. */
  limit?: number;
}

/** A speaker in the corpus view, in the view's order (people by surname, then anonymous sources, then reported facts). */
export interface CorpusViewSpeaker {
  /** Person id; `''` for reported facts (statements without a speaker). */
  id: string;
  name: string;
  /** The speaker's first role's title. */
  role?: string;
  /** How many statements the speaker has. */
  statements: number;
}

/** A statement in the corpus view, with what its row and tooltip show (see statementInfo.ts). */
export interface CorpusViewStatement {
  statement: Statement;
  speakerName: string;
  role?: string;
  /** "Sunday 17 August 2025". */
  date: string;
  article?: string;
}

export type CorpusViewResult = { speakers: CorpusViewSpeaker[] } | { statements: CorpusViewStatement[]; total: number };

export interface StatementsParams {
  ids: string[];
}

/** The statements found (in the order asked), the people and sources they name, and which of them the newsroom added. */
export interface StatementsResult {
  statements: Statement[];
  people: Person[];
  sources: Source[];
  newsroom: string[];
}

export interface CorpusDirectoryResult {
  people: Person[];
  sources: Source[];
  /** Ids of the statements read from .factdesk/corpus.jsonl. */
  newsroom: string[];
}
