/**
 * One way to name a speaker (src/engine/speakerName.ts) for the look-up's hits and the importer's
 * reasons: a person's name, the id itself for a speaker the corpus lacks. An invented corpus;
 * exact results.
 */
import * as assert from 'node:assert/strict';
import { mergeCorpora, parseCorpusFile, StatementSearch } from '../../src/engine';

const CORPUS = [
  '{"type": "source", "id": "gazette-2026-03-02", "publisher": "Fenmoor Gazette", "headline": "Lock gates", "published": "2026-03-02"}',
  '{"type": "person", "id": "oona-hartley", "name": "Oona Hartley", "aliases": [], "roles": [{"title": "harbourmaster"}]}',
  '{"id": "s1", "kind": "quote", "speaker": "oona-hartley", "text": "The lock gates will be rebuilt before the spring tides", "date": "2026-03-01", "source": "gazette-2026-03-02"}',
  '{"id": "s2", "kind": "quote", "speaker": "tobias-wrenn", "text": "The lock gates were never inspected after the flood", "date": "2026-03-01", "source": "gazette-2026-03-02"}',
].join('\n');

describe('speaker names: one way for the look-up', () => {
  it('names a hit’s speaker by the person’s name, else by the id', () => {
    const loaded = parseCorpusFile('fenmoor.jsonl', CORPUS);
    const corpus = mergeCorpora([{ name: 'fenmoor.jsonl', corpus: loaded.corpus }]).corpus;
    const hits = new StatementSearch(corpus).search('lock gates', 10);
    const byId = Object.fromEntries(hits.map((hit) => [hit.statement.id, hit.speaker]));
    assert.deepEqual(byId, { s1: 'Oona Hartley', s2: 'tobias-wrenn' });
  });
});
