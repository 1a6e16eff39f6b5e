// mergeCorpora: duplicates across files, speakers given by name, unknown sources; and the loader's
// quick check held to the JSON Schema it stands in for.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { loadBundledCorpus, mergeCorpora, parseCorpusFile, type LoadProblem } from '../../src/engine';
import { quickCheck } from '../../src/engine/corpus/quickCheck';
import { schemaErrors, type RecordType } from '../../src/engine/corpus/validate';

const FIXTURES = path.join(__dirname, 'fixtures', 'corpus');
const load = (file: string) => parseCorpusFile(file, fs.readFileSync(path.join(FIXTURES, file), 'utf8'));
const where = (problems: LoadProblem[]) =>
  problems.map(({ file, line, field, recordId, severity }) => ({ file, line, field, recordId, severity }));

describe('mergeCorpora', () => {
  const bundled = loadBundledCorpus();
  const bundledSnapshot = JSON.stringify(bundled);
  const people = load('user-people.json');
  const statements = load('user-statements.jsonl');
  const merged = mergeCorpora([
    { name: 'bundled corpus', corpus: bundled },
    { name: 'user-people.json', corpus: people.corpus },
    { name: 'user-statements.jsonl', corpus: statements.corpus },
  ]);
  const speakerOf = (id: string) => merged.corpus.statements.find((statement) => statement.id === id)?.speaker;

  it('loads the user files cleanly on their own', () => {
    assert.deepEqual(people.problems, []);
    assert.deepEqual(statements.problems, []);
  });

  it('reports ids duplicated across files with the later file and line, and keeps the first', () => {
    const duplicates = merged.problems.filter((problem) => problem.field === 'id');
    assert.deepEqual(where(duplicates), [
      { file: 'user-people.json', line: 4, field: 'id', recordId: 'marco-rubio', severity: 'error' },
      { file: 'user-statements.jsonl', line: 8, field: 'id', recordId: 'witkoff-article-5-fox', severity: 'error' },
    ]);
    assert.match(duplicates[1].message, /already defined in bundled corpus/);
    assert.equal(merged.corpus.people.find((person) => person.id === 'marco-rubio')?.name, 'Marco Rubio');
    const witkoff = merged.corpus.statements.filter((statement) => statement.id === 'witkoff-article-5-fox');
    assert.equal(witkoff.length, 1);
    assert.match(witkoff[0].text, /^The United States is potentially prepared/);
  });

  it('resolves a speaker given by any name or alias, in any case, with or without an honorific', () => {
    assert.equal(speakerOf('u-ryabkov'), 'sergey-ryabkov');
    assert.equal(speakerOf('u-witkoff'), 'steve-witkoff');
    assert.equal(speakerOf('u-zelenskiy'), 'volodymyr-zelensky');
    assert.equal(speakerOf('u-roe'), 'jane-roe');
    assert.equal(speakerOf('u-by-id'), 'marco-rubio');
  });

  it('turns an unknown name into one new person, with one warning', () => {
    assert.equal(speakerOf('u-smith-1'), 'john-smith');
    assert.equal(speakerOf('u-smith-2'), 'john-smith');
    assert.deepEqual(
      merged.corpus.people.filter((person) => person.id.startsWith('john-smith')),
      [{ id: 'john-smith', name: 'John Smith', kind: 'person', aliases: ['John Smith'], roles: [] }],
    );
    const warnings = merged.problems.filter((problem) => problem.field === 'speaker');
    assert.deepEqual(where(warnings), [
      { file: 'user-statements.jsonl', line: 5, field: 'speaker', recordId: 'u-smith-1', severity: 'warning' },
      { file: 'user-statements.jsonl', line: 7, field: 'speaker', recordId: 'u-lee', severity: 'warning' },
    ]);
    assert.match(warnings[0].message, /"John Smith" is not a known person; added as a new person "john-smith"/);
    assert.match(warnings[1].message, /"Lee" could be lee-a or lee-b; using lee-a/);
  });

  it('keeps statements whose source is unknown, with one warning per source and file', () => {
    const warnings = merged.problems.filter((problem) => problem.field === 'source');
    assert.deepEqual(where(warnings), [
      { file: 'user-statements.jsonl', line: 6, field: 'source', recordId: 'u-smith-2', severity: 'warning' },
    ]);
    assert.match(
      warnings[0].message,
      /source "notes-123" is not defined in any corpus \(and 1 more statement in this file\)/,
    );
    assert.ok(merged.corpus.statements.some((statement) => statement.id === 'u-lee'));
  });

  it('reports nothing else, keeps the order (bundled first) and leaves the bundled corpus untouched', () => {
    assert.equal(merged.problems.length, 5);
    assert.deepEqual(merged.corpus.statements.slice(0, bundled.statements.length), bundled.statements);
    assert.equal(merged.corpus.statements.length, bundled.statements.length + 8);
    assert.equal(JSON.stringify(bundled), bundledSnapshot);
    assert.deepEqual(mergeCorpora([{ name: 'bundled corpus', corpus: bundled }]).problems, []);
  });
});

describe('quick record check', () => {
  const valid: Record<RecordType, Record<string, unknown>> = {
    statement: {
      id: 's-1',
      kind: 'quote',
      speaker: 'p',
      text: 'We want peace',
      date: '2025-02-14',
      datePrecision: 'day',
      dateBasis: '',
      outlet: '',
      source: 'src',
      context: '',
      numbers: [{ value: 133, unit: 'drone', text: '133 drones' }],
      negated: false,
      keywords: ['k'],
    },
    person: {
      id: 'p',
      name: 'P',
      kind: 'person',
      aliases: ['P'],
      roles: [{ title: 'Mayor', from: '2024-01-01' }],
      notRoles: ['x'],
      note: 'n',
    },
    source: {
      id: 'src',
      publisher: 'P',
      headline: 'H',
      byline: ['B'],
      distributor: 'D',
      seedFile: 'f',
      published: '2025',
      publishedPrecision: 'year',
      dateBasis: '',
      url: 'u',
    },
  };
  const strange = fc.oneof(
    fc.jsonValue(),
    fc.constantFrom(
      '',
      'x',
      '2025-13-01',
      '2025-02-14',
      'day',
      'quote',
      'anonymous',
      'has space',
      'ABC',
      null,
      [],
      {},
      [{}],
      [''],
      [{ value: 1, unit: 'X', text: 't' }],
      [{ title: '' }],
    ),
  );

  for (const type of ['statement', 'person', 'source'] as const) {
    it(`agrees with the ${type} schema on valid and broken records`, () => {
      assert.equal(quickCheck(type, valid[type]), true);
      assert.deepEqual(schemaErrors(type, valid[type]), []);
      const fields = [...Object.keys(valid[type]), 'extra'];
      fc.assert(
        fc.property(fc.constantFrom(...fields), strange, fc.boolean(), (field, value, remove) => {
          const record = { ...valid[type] };
          if (remove) delete record[field];
          else record[field] = value;
          assert.equal(quickCheck(type, record), schemaErrors(type, record).length === 0, JSON.stringify(record));
        }),
        { numRuns: 400 },
      );
    });
  }

  it('accepts every bundled record', () => {
    const corpus = loadBundledCorpus();
    for (const statement of corpus.statements) assert.ok(quickCheck('statement', statement as never), statement.id);
    for (const person of corpus.people) assert.ok(quickCheck('person', person as never), person.id);
    for (const source of corpus.sources) assert.ok(quickCheck('source', source as never), source.id);
  });
});
