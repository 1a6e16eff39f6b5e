// What the client's corpus view and record views ask for, served from the corpus the server holds,
// so the editor's extension host never copies the whole corpus (100,000 statements are 50 MB of JSON):
// the view's speakers, a page of one speaker's statements, records by id, the people and sources.
import { nameOfSpeaker, type Person, type Statement } from '../engine';
import type { LoadedCorpus } from './corpusStore';
import { describeStatement, type CorpusDirectory } from './statementInfo';
import type {
  CorpusDirectoryResult,
  CorpusViewParams,
  CorpusViewSpeaker,
  CorpusViewStatement,
  StatementsParams,
  StatementsResult,
} from './protocol';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Where a speaker goes in the view: named people by surname (the last word of the name, a suffix
 * such as "Jr." skipped) among groups by name; then anonymous sources; then reported facts.
 */
export function speakerOrder(person: Person | undefined, id: string): { rank: number; key: string } {
  if (!id) return { rank: 3, key: '' };
  if (!person) return { rank: 0, key: id };
  if (person.kind === 'anonymous') return { rank: 2, key: person.name };
  if (person.kind === 'group') return { rank: 0, key: person.name.replace(/^the\s+/i, '') };
  const words = person.name.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1].toLowerCase().replace(/\./g, ''))) words.pop();
  return { rank: 0, key: `${words[words.length - 1] ?? person.name} ${words.slice(0, -1).join(' ')}` };
}

/** Statements shown per page of one speaker when the client does not say. */
export const CORPUS_VIEW_PAGE = 200;

interface ViewIndex {
  speakers: CorpusViewSpeaker[];
  /** Per speaker id ('' for none): statements, newest first. */
  bySpeaker: Map<string, Statement[]>;
  directory: CorpusDirectory;
}

const views = new WeakMap<LoadedCorpus, ViewIndex>();

function directoryOf(loaded: LoadedCorpus): CorpusDirectory {
  return {
    person: (id) => loaded.checker.person(id),
    source: (id) => loaded.checker.source(id),
    isNewsroomRecord: (id) => loaded.newsroom.has(id),
  };
}

/** The view's grouping of `loaded`, made on its first request (a few tens of milliseconds per 100,000 statements) and kept with it. */
function viewOf(loaded: LoadedCorpus): ViewIndex {
  let view = views.get(loaded);
  if (view) return view;
  const bySpeaker = new Map<string, Statement[]>();
  for (const statement of loaded.corpus.statements) {
    const key = statement.speaker ?? '';
    let list = bySpeaker.get(key);
    if (!list) bySpeaker.set(key, (list = []));
    list.push(statement);
  }
  const directory = directoryOf(loaded);
  const ordered = [...bySpeaker].map(([id, statements]) => {
    // Newest first; the sort is stable, so one day's records keep corpus order.
    statements.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    const person = id ? directory.person(id) : undefined;
    const role = person?.roles[0]?.title;
    return {
      speaker: {
        id,
        name: nameOfSpeaker(id, (known) => directory.person(known)) ?? 'Reported facts (no speaker)',
        statements: statements.length,
        ...(role ? { role } : {}),
      },
      order: speakerOrder(person, id),
    };
  });
  ordered.sort(
    (a, b) =>
      a.order.rank - b.order.rank ||
      collator.compare(a.order.key, b.order.key) ||
      collator.compare(a.speaker.name, b.speaker.name),
  );
  view = { speakers: ordered.map((entry) => entry.speaker), bySpeaker, directory };
  views.set(loaded, view);
  return view;
}

/**
 * factDesk/corpusView: without `speaker`, every speaker of the corpus in the view's order with a count
 * of statements; with one (`''` for reported facts), a page of its statements, newest first, each
 * with the description the view shows. Offsets and limits count statements.
 */
export function corpusView(
  loaded: LoadedCorpus,
  params: CorpusViewParams,
): { speakers: CorpusViewSpeaker[] } | { statements: CorpusViewStatement[]; total: number } {
  const view = viewOf(loaded);
  if (params.speaker === undefined || params.speaker === null) return { speakers: view.speakers };
  const all = view.bySpeaker.get(params.speaker) ?? [];
  const offset = Math.max(0, params.offset ?? 0);
  const limit = Math.max(0, params.limit ?? CORPUS_VIEW_PAGE);
  return {
    total: all.length,
    statements: all.slice(offset, offset + limit).map((statement) => {
      const info = describeStatement(statement, view.directory);
      return {
        statement,
        speakerName: info.speakerName,
        date: info.date,
        ...(info.role ? { role: info.role } : {}),
        ...(info.article ? { article: info.article } : {}),
      };
    }),
  };
}

/** factDesk/statements: the records with these ids (those in the corpus, in the order asked), with their speakers and sources. */
export function statementsById(loaded: LoadedCorpus, params: StatementsParams): StatementsResult {
  const statements: Statement[] = [];
  const people = new Map<string, Person>();
  const sources = new Map<string, NonNullable<ReturnType<LoadedCorpus['checker']['source']>>>();
  for (const id of params.ids) {
    const statement = loaded.checker.statement(id);
    if (!statement) continue;
    statements.push(statement);
    const person = loaded.checker.person(statement.speaker);
    if (person) people.set(person.id, person);
    const source = loaded.checker.source(statement.source);
    if (source) sources.set(source.id, source);
  }
  return {
    statements,
    people: [...people.values()],
    sources: [...sources.values()],
    newsroom: statements.filter((statement) => loaded.newsroom.has(statement.id)).map((statement) => statement.id),
  };
}

/** factDesk/corpusDirectory: the corpus's people and sources, and the ids of the newsroom's own records. */
export function corpusDirectory(loaded: LoadedCorpus): CorpusDirectoryResult {
  return { people: loaded.corpus.people, sources: loaded.corpus.sources, newsroom: [...loaded.newsroom] };
}
