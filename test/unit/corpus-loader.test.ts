// The corpus loader on bad input, for each format: every problem names the exact file, line, field
// and record; the bad record is skipped and the good ones load.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  detectFormat,
  loadBundledCorpus,
  mergeCorpora,
  parseCorpusFile,
  unreadableFileProblem,
  type CorpusLoadResult,
  type LoadProblem,
} from '../../src/engine';

const FIXTURES = path.join(__dirname, 'fixtures', 'corpus');
const load = (file: string): CorpusLoadResult =>
  parseCorpusFile(file, fs.readFileSync(path.join(FIXTURES, file), 'utf8'));

/** file, line, field, record id and severity of each problem, in order: what a test pins exactly. */
const where = (problems: LoadProblem[]) =>
  problems.map(({ file, line, field, recordId, severity }) => ({ file, line, field, recordId, severity }));
const ids = (result: CorpusLoadResult) => result.corpus.statements.map((statement) => statement.id);

describe('corpus loader', () => {
  describe('JSON', () => {
    const result = load('records.json');

    it('reports a missing field, a wrong type, a bad date and a duplicate id on their own lines, and loads the rest', () => {
      assert.deepEqual(where(result.problems), [
        { file: 'records.json', line: 9, field: 'text', recordId: 'missing-text', severity: 'error' },
        { file: 'records.json', line: 20, field: 'negated', recordId: 'wrong-type', severity: 'error' },
        { file: 'records.json', line: 27, field: 'date', recordId: 'bad-date', severity: 'error' },
        { file: 'records.json', line: 31, field: 'id', recordId: 'good-1', severity: 'error' },
      ]);
      assert.match(result.problems[0].message, /^missing required field "text"; record skipped$/);
      assert.match(result.problems[1].message, /^"negated" must be boolean, not "yes"/);
      assert.match(result.problems[2].message, /2025-02-30 does not exist/);
      assert.match(result.problems[3].message, /duplicate statement id "good-1" \(first defined on line 2\)/);
      assert.deepEqual(ids(result), ['good-1', 'good-2']);
    });

    it('fills the fields a newsroom cannot know with defaults', () => {
      const good = result.corpus.statements[0];
      assert.deepEqual(good, {
        id: 'good-1',
        speaker: 'marco-rubio',
        text: 'It’s just a fact',
        date: '2025-08-17',
        source: 'wapo-2025-08-17',
        kind: 'quote',
        outlet: '',
        context: '',
        dateBasis: '',
        negated: false,
        datePrecision: 'day',
        numbers: [],
      });
      const second = result.corpus.statements[1];
      assert.equal(second.datePrecision, 'month');
      assert.equal(second.kind, 'claim');
      assert.equal(second.negated, true);
    });

    it('reports malformed JSON on the line of the syntax error and loads nothing from the file', () => {
      const malformed = load('malformed.json');
      assert.deepEqual(where(malformed.problems), [
        { file: 'malformed.json', line: 4, field: undefined, recordId: undefined, severity: 'error' },
      ]);
      assert.match(
        malformed.problems[0].message,
        /^Malformed JSON: Expected ',' or '}', found '"' \(missing comma\?\) \(column 49\); nothing was loaded/,
      );
      assert.deepEqual(malformed.corpus, { statements: [], people: [], sources: [] });
    });

    it('finds the line of syntax errors anywhere: trailing commas, unclosed brackets, single quotes, junk after the value', () => {
      const line = (text: string) => parseCorpusFile('x.json', text).problems.map((problem) => problem.line);
      assert.deepEqual(line('[\n {"id": "a"},\n]'), [3]);
      assert.deepEqual(line('[\n {"id": "a"}\n'), [3]);
      assert.deepEqual(line("[\n\n {'id': 'a'}]"), [3]);
      assert.deepEqual(line('[]\n\nx'), [3]);
      assert.deepEqual(line('[\n {"text": "unterminated\n}]'), [2]);
      assert.deepEqual(line('['.repeat(100000)), [1]);
    });

    it('reads an object with statements, people and sources, and says when a record is not an object', () => {
      const text =
        '{\n "$schema": "x",\n "people": [{"id": "p1", "name": "P One"}],\n "sources": [{"id": "s1", "publisher": "P", "headline": "H", "published": "2025"}],\n "statements": [\n  42\n ],\n "notes": []\n}';
      const mixed = parseCorpusFile('mixed.json', text);
      assert.deepEqual(mixed.corpus.people, [
        { id: 'p1', name: 'P One', kind: 'person', roles: [], aliases: ['P One'] },
      ]);
      assert.deepEqual(mixed.corpus.sources, [
        { id: 's1', publisher: 'P', headline: 'H', published: '2025', dateBasis: '', publishedPrecision: 'year' },
      ]);
      assert.deepEqual(where(mixed.problems), [
        { file: 'mixed.json', line: 6, field: undefined, recordId: undefined, severity: 'error' },
        { file: 'mixed.json', line: 8, field: 'notes', recordId: undefined, severity: 'warning' },
      ]);
      assert.match(mixed.problems[0].message, /must be a JSON object, not number/);
    });
  });

  describe('JSON Lines', () => {
    const result = load('records.jsonl');

    it('reports each bad line exactly, skips only that line, and loads statements, people and sources', () => {
      assert.deepEqual(where(result.problems), [
        { file: 'records.jsonl', line: 2, field: 'date', recordId: 'l-missing-date', severity: 'error' },
        { file: 'records.jsonl', line: 3, field: undefined, recordId: undefined, severity: 'error' },
        { file: 'records.jsonl', line: 4, field: 'numbers', recordId: 'l-wrong-type', severity: 'error' },
        { file: 'records.jsonl', line: 6, field: 'date', recordId: 'l-bad-date', severity: 'error' },
        { file: 'records.jsonl', line: 7, field: 'id', recordId: 'l-good-1', severity: 'error' },
      ]);
      assert.match(result.problems[1].message, /^Malformed JSON: .*never closed.*; line skipped$/);
      assert.match(result.problems[2].message, /"numbers" must be array, not "133 drone"/);
      assert.match(result.problems[3].message, /must be an ISO date .* not "16\/12\/2025"/);
      assert.deepEqual(ids(result), ['l-good-1', 'l-good-2']);
      assert.deepEqual(
        result.corpus.people.map((person) => person.id),
        ['jane-roe'],
      );
      assert.deepEqual(
        result.corpus.sources.map((source) => source.id),
        ['newsroom-notes'],
      );
    });

    it('derives the numbers of a record that gives none', () => {
      assert.deepEqual(result.corpus.statements[1].numbers, [{ value: 20, unit: 'drone', text: '20 drones' }]);
    });
  });

  describe('CSV', () => {
    const result = load('records.csv');

    it('reports a missing field, a wrong type, a bad date and a duplicate id with their rows, and loads the rest', () => {
      assert.deepEqual(where(result.problems), [
        { file: 'records.csv', line: 3, field: 'text', recordId: 'c-missing-text', severity: 'error' },
        { file: 'records.csv', line: 4, field: 'negated', recordId: 'c-wrong-type', severity: 'error' },
        { file: 'records.csv', line: 5, field: 'date', recordId: 'c-bad-date', severity: 'error' },
        { file: 'records.csv', line: 6, field: 'id', recordId: 'c-good-1', severity: 'error' },
        { file: 'records.csv', line: 9, field: 'source', recordId: 'c-no-source', severity: 'error' },
      ]);
      assert.match(result.problems[1].message, /"negated" must be true or false, not "maybe"/);
      assert.deepEqual(ids(result), ['c-good-1', 'c-good-2']);
    });

    it('reads typed cells and multi-line quoted fields', () => {
      const [drones, frederiksen] = result.corpus.statements;
      assert.equal(drones.speaker, null);
      assert.equal(drones.kind, 'claim');
      assert.deepEqual(drones.numbers, [{ value: 133, unit: 'drone', text: '133 drones' }]);
      assert.equal(drones.negated, false);
      assert.equal(
        frederiksen.text,
        'I would much prefer that we find a solution in unity,\nbut the clock is ticking.',
      );
      assert.equal(frederiksen.outlet, 'told reporters in Brussels');
    });

    it('reports unbalanced quotes on the row where they start, skips that row and reads on', () => {
      const malformed = load('malformed.csv');
      assert.deepEqual(where(malformed.problems), [
        { file: 'malformed.csv', line: 3, field: undefined, recordId: undefined, severity: 'error' },
      ]);
      assert.match(malformed.problems[0].message, /^Malformed CSV: unbalanced quotes/);
      assert.deepEqual(ids(malformed), ['ok-1', 'ok-2']);
    });

    it('reports a header without the required columns once, and a row with too many cells', () => {
      const noText = parseCorpusFile('x.csv', 'id,speaker,date,source\na,b,2025,s\n');
      assert.deepEqual(where(noText.problems), [
        { file: 'x.csv', line: 1, field: 'text', recordId: undefined, severity: 'error' },
      ]);
      const wide = parseCorpusFile('y.csv', 'id,speaker,text,date,source\na,b,hello, world,2025,s\nb,c,fine,2025,s\n');
      assert.deepEqual(where(wide.problems), [
        { file: 'y.csv', line: 2, field: undefined, recordId: 'a', severity: 'error' },
      ]);
      assert.deepEqual(ids(wide), ['b']);
    });

    it('reports malformed numbers cells', () => {
      const bad = parseCorpusFile('n.csv', 'id,speaker,text,date,source,numbers\na,,x,2025,s,many drones\n');
      assert.deepEqual(where(bad.problems), [
        { file: 'n.csv', line: 2, field: 'numbers', recordId: 'a', severity: 'error' },
      ]);
    });
  });

  for (const format of ['json', 'jsonl', 'csv'] as const) {
    describe(`${format}: empty and binary files`, () => {
      it('reports an empty file as one problem with the whole file', () => {
        const result = load(`empty.${format}`);
        assert.deepEqual(where(result.problems), [
          { file: `empty.${format}`, line: 0, field: undefined, recordId: undefined, severity: 'error' },
        ]);
        assert.equal(result.problems[0].message, 'The corpus file is empty: no records were loaded');
        assert.deepEqual(result.corpus, { statements: [], people: [], sources: [] });
      });

      it('reports binary content (NUL bytes) as an unreadable file, as unreadableFileProblem words it', () => {
        const result = load(`binary.${format}`);
        assert.deepEqual(result.problems, [
          unreadableFileProblem(`binary.${format}`, 'it contains NUL bytes, so it is binary, not a text file'),
        ]);
        assert.deepEqual(result.corpus, { statements: [], people: [], sources: [] });
      });
    });
  }

  it('words an unreadable file uniformly for the CLI and the extension', () => {
    assert.deepEqual(unreadableFileProblem('corpus.json', 'no such file'), {
      file: 'corpus.json',
      line: 0,
      message: 'Cannot read corpus file: no such file',
      severity: 'error',
    });
  });

  it('picks the format from the name, or from the text when the name says nothing, and ignores a byte-order mark', () => {
    assert.equal(detectFormat('a.JSON'), 'json');
    assert.equal(detectFormat('a.ndjson'), 'jsonl');
    assert.equal(detectFormat('a.csv'), 'csv');
    assert.equal(detectFormat('a.txt'), undefined);
    const record = '{"id":"a","speaker":null,"text":"t","date":"2025","source":"s"}';
    assert.deepEqual(ids(parseCorpusFile('notes', `${record}\n${record.replace('"a"', '"b"')}`)), ['a', 'b']);
    assert.deepEqual(ids(parseCorpusFile('notes', `[\n${record}\n]`)), ['a']);
    assert.deepEqual(ids(parseCorpusFile('notes', 'id,speaker,text,date,source\nc,,t,2025,s')), ['c']);
    const bom = parseCorpusFile('bom.json', `\ufeff[\n${record},\n{"id": 5}]`);
    assert.deepEqual(ids(bom), ['a']);
    assert.equal(bom.problems[0].line, 3);
  });

  it('warns about unknown fields and keeps the record; rejects an unknown record type', () => {
    const result = parseCorpusFile(
      'u.jsonl',
      '{"id":"a","speaker":null,"text":"t","date":"2025","source":"s","note":"x"}\n{"type":"video","id":"b"}',
    );
    assert.deepEqual(where(result.problems), [
      { file: 'u.jsonl', line: 1, field: 'note', recordId: 'a', severity: 'warning' },
      { file: 'u.jsonl', line: 2, field: 'type', recordId: 'b', severity: 'error' },
    ]);
    assert.deepEqual(ids(result), ['a']);
  });

  it('rejects a precision that does not fit the date', () => {
    const result = parseCorpusFile(
      'p.jsonl',
      '{"id":"a","speaker":null,"text":"t","date":"2025-08","datePrecision":"day","source":"s"}',
    );
    assert.deepEqual(where(result.problems), [
      { file: 'p.jsonl', line: 1, field: 'datePrecision', recordId: 'a', severity: 'error' },
    ]);
  });
});

describe('docs/corpus-format.md examples', () => {
  const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'corpus-format.md'), 'utf8');
  const block = (language: string): string => {
    const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(doc);
    assert.ok(match, `no ${language} example`);
    return match[1];
  };
  const bundled = { name: 'bundled', corpus: loadBundledCorpus() };

  it('load with no problem at all, merged with the bundled corpus', () => {
    const json = parseCorpusFile('example.json', block('json'));
    const jsonl = parseCorpusFile('example.jsonl', block('jsonl'));
    const csv = parseCorpusFile('example.csv', block('csv'));
    assert.deepEqual([...json.problems, ...jsonl.problems, ...csv.problems], []);
    assert.deepEqual(
      [json, jsonl, csv].map((result) => result.corpus.statements.length),
      [2, 2, 2],
    );
    assert.deepEqual(mergeCorpora([bundled, { name: 'example.json', corpus: json.corpus }]).problems, []);
    assert.deepEqual(mergeCorpora([bundled, { name: 'example.jsonl', corpus: jsonl.corpus }]).problems, []);
    const withCsv = mergeCorpora([
      bundled,
      { name: 'example.json', corpus: json.corpus },
      { name: 'example.csv', corpus: csv.corpus },
    ]);
    assert.deepEqual(withCsv.problems, []);
    assert.equal(withCsv.corpus.statements.find((s) => s.id === 'roe-council-quote')?.speaker, 'jane-roe');
    assert.deepEqual(csv.corpus.statements[1].numbers, [{ value: 133, unit: 'drone', text: '133 drones' }]);
  });
});
