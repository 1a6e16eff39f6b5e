/**
 * The corpus view's and record views' requests: the server groups and pages the corpus it holds, so
 * the editor's extension never copies it (factDesk/corpusView, factDesk/statements, factDesk/corpusDirectory).
 */
import * as assert from 'assert';
import { loadBundledCorpus, nameOfSpeaker, type Statement } from '../../src/engine';
import type {
  CorpusDirectoryResult,
  CorpusViewSpeaker,
  CorpusViewStatement,
  StatementsResult,
} from '../../src/server/protocol';
import { speakerOrder } from '../../src/server/corpusView';
import { describeStatement } from '../../src/server/statementInfo';
import { learnFrom, syntheticCorpus, toJsonl } from '../bench/synthetic';
import { startHarness, type Harness } from './server-harness';

const folder = 'file:///newsroom';
const corpusUri = `${folder}/.factdesk/corpus.jsonl`;
const bundled = loadBundledCorpus();
const corpus = syntheticCorpus(bundled, 1_500, 0xc0de, learnFrom(bundled));
const people = new Map(corpus.people.map((person) => [person.id, person]));
const sources = new Map(corpus.sources.map((source) => [source.id, source]));
const directory = {
  person: (id: string | null | undefined) => (id ? people.get(id) : undefined),
  source: (id: string) => sources.get(id),
  isNewsroomRecord: () => true,
};

/** A speaker's statements as the view lists them: newest first, one day's in corpus order. */
function newestFirst(speaker: string): Statement[] {
  return corpus.statements
    .filter((statement) => (statement.speaker ?? '') === speaker)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

describe('language server: corpus view and records by id', function () {
  this.timeout(60_000);
  let harness: Harness;
  before(async () => {
    harness = await startHarness(new Map([[corpusUri, toJsonl(corpus)]]), [folder]);
  });
  after(() => harness.dispose());

  it('lists every speaker once, in the view order, with its number of statements', async () => {
    const { speakers } = (await harness.client.sendRequest('factDesk/corpusView', {})) as {
      speakers: CorpusViewSpeaker[];
    };
    const counts = new Map<string, number>();
    for (const statement of corpus.statements)
      counts.set(statement.speaker ?? '', (counts.get(statement.speaker ?? '') ?? 0) + 1);
    assert.deepStrictEqual(
      new Map(speakers.map((speaker) => [speaker.id, speaker.statements])),
      counts,
      'one row per speaker, with its count',
    );
    assert.strictEqual(speakers.length, counts.size);
    for (const speaker of speakers) {
      assert.strictEqual(speaker.name, nameOfSpeaker(speaker.id, directory.person) ?? 'Reported facts (no speaker)');
      assert.strictEqual(speaker.role, directory.person(speaker.id)?.roles[0]?.title);
    }
    const ranks = speakers.map((speaker) => speakerOrder(directory.person(speaker.id), speaker.id).rank);
    assert.deepStrictEqual(
      ranks,
      [...ranks].sort((a, b) => a - b),
      'named speakers, then anonymous sources, then reported facts',
    );
  });

  it('pages a speaker’s statements newest first, each with what its row shows', async () => {
    const speaker = corpus.statements.find((statement) => statement.speaker)!.speaker!;
    const expected = newestFirst(speaker);
    assert.ok(expected.length >= 3, `${speaker} has ${expected.length} statements`);
    const pages: CorpusViewStatement[] = [];
    for (let offset = 0; offset < expected.length + 2; offset += 2) {
      const page = (await harness.client.sendRequest('factDesk/corpusView', { speaker, offset, limit: 2 })) as {
        statements: CorpusViewStatement[];
        total: number;
      };
      assert.strictEqual(page.total, expected.length);
      pages.push(...page.statements);
    }
    assert.deepStrictEqual(
      pages.map((entry) => entry.statement.id),
      expected.map((statement) => statement.id),
    );
    const info = describeStatement(expected[0], directory);
    const { statement: _statement, ...shown } = pages[0];
    assert.deepStrictEqual(shown, {
      speakerName: info.speakerName,
      date: info.date,
      ...(info.role ? { role: info.role } : {}),
      ...(info.article ? { article: info.article } : {}),
    });
    const none = (await harness.client.sendRequest('factDesk/corpusView', { speaker: 'nobody-at-all' })) as {
      statements: CorpusViewStatement[];
      total: number;
    };
    assert.deepStrictEqual(none, { statements: [], total: 0 });
  });

  it('answers statements by id in the order asked, skipping unknown ids, with their people and sources', async () => {
    const [a, b] = [corpus.statements[7], corpus.statements[3]];
    const result = (await harness.client.sendRequest('factDesk/statements', {
      ids: [a.id, 'no-such-record', b.id],
    })) as StatementsResult;
    assert.deepStrictEqual(
      result.statements.map((statement) => statement.id),
      [a.id, b.id],
    );
    assert.deepStrictEqual(
      new Set(result.people.map((person) => person.id)),
      new Set([a.speaker, b.speaker].filter(Boolean)),
    );
    assert.deepStrictEqual(new Set(result.sources.map((source) => source.id)), new Set([a.source, b.source]));
    // Every record here was read from the folder's .factdesk/corpus.jsonl: the newsroom's own.
    assert.deepStrictEqual(result.newsroom, [a.id, b.id]);
  });

  it('gives the people and sources of the corpus in effect for pickers and citations', async () => {
    const result = (await harness.client.sendRequest('factDesk/corpusDirectory')) as CorpusDirectoryResult;
    assert.deepStrictEqual(
      result.people.map((person) => person.id).sort(),
      corpus.people.map((person) => person.id).sort(),
    );
    assert.deepStrictEqual(
      result.sources.map((source) => source.id).sort(),
      corpus.sources.map((source) => source.id).sort(),
    );
    assert.strictEqual(result.newsroom.length, corpus.statements.length);
  });
});
