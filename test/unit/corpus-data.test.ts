// The bundled corpus (data/*.json): schema-valid, ids unique, references resolve, dates honest.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Validator } from '@cfworker/json-schema';
import { loadBundledCorpus } from '../../src/engine';
import { seedFiles } from './corpus-seeds';

const DATA = path.resolve(__dirname, '..', '..', 'data');
const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8'));
const corpus = loadBundledCorpus();
const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function isRealDate(date: string): boolean {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** day: YYYY-MM-DD; week: the Monday that starts the week, YYYY-MM-DD; month: YYYY-MM; year: YYYY. */
function dateFitsPrecision(date: string, precision: string): boolean {
  if (precision === 'day') return /^\d{4}-\d{2}-\d{2}$/.test(date);
  if (precision === 'week') return /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(`${date}T00:00:00Z`).getUTCDay() === 1;
  if (precision === 'month') return /^\d{4}-\d{2}$/.test(date);
  return precision === 'year' && /^\d{4}$/.test(date);
}

describe('bundled corpus data (data/*.json)', () => {
  for (const [file, key] of [
    ['statements.json', 'statements'],
    ['people.json', 'people'],
    ['sources.json', 'sources'],
  ] as const) {
    it(`${file} validates against data/schema/${file.replace('.json', '.schema.json')} (every record)`, () => {
      const schema = readJson(`schema/${file.replace('.json', '.schema.json')}`);
      const data = readJson(file);
      assert.equal(data.$schema, `./schema/${file.replace('.json', '.schema.json')}`);
      const whole = new Validator(schema as never, '2020-12', false).validate(data);
      assert.deepEqual(whole.errors, []);
      assert.ok(Array.isArray(data[key]) && (data[key] as unknown[]).length > 0);
    });
  }

  it('loadBundledCorpus returns exactly the records in the files', () => {
    assert.deepEqual(corpus.statements, readJson('statements.json').statements);
    assert.deepEqual(corpus.people, readJson('people.json').people);
    assert.deepEqual(corpus.sources, readJson('sources.json').sources);
    assert.equal(corpus.statements.length, 95);
    assert.equal(corpus.statements.filter((s) => s.kind === 'quote').length, 49);
    assert.equal(corpus.people.length, 38);
    assert.equal(corpus.sources.length, 5);
  });

  it('has unique kebab-case ids in each file', () => {
    for (const records of [corpus.statements, corpus.people, corpus.sources]) {
      const ids = records.map((record) => record.id);
      assert.deepEqual(
        ids.filter((id, index) => ids.indexOf(id) !== index),
        [],
      );
      assert.deepEqual(
        ids.filter((id) => !KEBAB.test(id)),
        [],
      );
    }
  });

  it('resolves every statement speaker to a person and every source to a source', () => {
    const people = new Set(corpus.people.map((person) => person.id));
    const sources = new Set(corpus.sources.map((source) => source.id));
    assert.deepEqual(
      corpus.statements.filter((s) => s.speaker !== null && !people.has(s.speaker)).map((s) => s.id),
      [],
    );
    assert.deepEqual(
      corpus.statements.filter((s) => !sources.has(s.source)).map((s) => s.id),
      [],
    );
    assert.deepEqual(
      corpus.statements.filter((s) => s.speaker === null && s.kind === 'quote').map((s) => s.id),
      [],
      'a quote always has a speaker',
    );
  });

  it('gives every statement and source a real ISO date that matches its precision, and says how it was derived', () => {
    for (const s of corpus.statements) {
      assert.match(s.date, ISO, s.id);
      assert.ok(isRealDate(s.date), `${s.id}: ${s.date}`);
      assert.ok(dateFitsPrecision(s.date, s.datePrecision), `${s.id}: ${s.date} / ${s.datePrecision}`);
      assert.ok(s.dateBasis.length > 20, `${s.id} has no dateBasis`);
    }
    for (const source of corpus.sources) {
      assert.ok(
        isRealDate(source.published) && dateFitsPrecision(source.published, source.publishedPrecision),
        source.id,
      );
      assert.ok(source.dateBasis.length > 20, source.id);
    }
    for (const person of corpus.people) {
      for (const role of person.roles) {
        for (const bound of [role.from, role.to])
          if (bound !== undefined) assert.ok(ISO.test(bound) && isRealDate(bound), `${person.id}: ${bound}`);
        if (role.from && role.to) assert.ok(role.from < role.to, `${person.id}: ${role.title}`);
      }
    }
  });

  it('dates the statements against the fixed facts of the issue', () => {
    const date = (id: string): string => {
      const statement = corpus.statements.find((s) => s.id === id);
      assert.ok(statement, id);
      return `${statement.date}/${statement.datePrecision}`;
    };
    assert.equal(date('witkoff-article-5-fox'), '2025-08-17/day');
    assert.equal(date('trump-met-putin-anchorage-friday'), '2025-08-15/day');
    assert.equal(date('zelenskyy-not-ready-withdraw-donbas'), '2025-12-18/day');
    assert.equal(date('putin-by-military-means'), '2025-12-17/day');
    assert.equal(date('zelensky-sanctions-pressure-more-weapons'), '2025-12-16/day');
    assert.equal(date('ryabkov-no-nato-troops'), '2025-12-15/day');
    assert.equal(date('ryabkov-verge-of-resolving'), '2025-12-15/day');
    assert.equal(date('drones-133-overnight'), '2025-02-14/day');
    assert.equal(date('oped-four-years-aid-calibrated'), '2026-01/month');
    assert.equal(date('trump-keep-fighting'), '2025/year');
    const published = Object.fromEntries(corpus.sources.map((s) => [s.id, `${s.published}/${s.publishedPrecision}`]));
    assert.deepEqual(published, {
      'latestnewsx-2025-12-16': '2025-12-15/week',
      'world-defense-2025-02-14': '2025-02-10/week',
      'bloomberg-2025-12-18': '2025-12-18/day',
      'oped-2026-01': '2026-01/month',
      'wapo-2025-08-17': '2025-08-17/day',
    });
  });

  it('keeps every number mention inside its statement text, and marks the negated statements', () => {
    for (const s of corpus.statements)
      for (const n of s.numbers) assert.ok(s.text.includes(n.text), `${s.id}: ${n.text}`);
    const numbers = (id: string) =>
      corpus.statements.find((s) => s.id === id)?.numbers.map((n) => `${n.value} ${n.unit}`);
    assert.deepEqual(numbers('drones-133-overnight'), ['133 drone']);
    assert.deepEqual(numbers('officials-800000-army'), ['800000 troop']);
    assert.deepEqual(numbers('trump-putin-call-90-minutes'), ['90 minute']);
    assert.deepEqual(numbers('anchorage-three-hour-discussion'), ['3 hour', '2 person']);
    assert.deepEqual(numbers('us-20-point-plan-discussion'), ['20 point']);
    assert.deepEqual(numbers('frederiksen-vote-without-belgium'), ['27 nation']);
    assert.deepEqual(numbers('ukrainian-official-1-million-occupation'), ['1000000 person']);
    assert.deepEqual(numbers('trump-two-or-three-weeks'), ['2 week', '3 week']);
    for (const id of [
      'us-no-ground-troops',
      'zelenskyy-not-ready-withdraw-donbas',
      'rubio-never-promised-ceasefire',
      'ryabkov-no-deal-foreign-forces',
      'witkoff-russia-no-additional-land',
    ]) {
      assert.equal(corpus.statements.find((s) => s.id === id)?.negated, true, id);
    }
    assert.equal(corpus.statements.find((s) => s.id === 'drones-133-overnight')?.negated, false);
  });

  it('lists every spelling and role newsrooms use for the main speakers', () => {
    const person = (id: string) => corpus.people.find((p) => p.id === id);
    for (const spelling of ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Volodymyr Zelensky', 'Volodymyr Zelenskyy'])
      assert.ok(person('volodymyr-zelensky')?.aliases.includes(spelling), spelling);
    assert.ok(person('sergey-ryabkov')?.aliases.includes('Sergei Ryabkov'));
    assert.deepEqual(
      person('marco-rubio')?.roles.find((r) => r.title === 'Secretary of State'),
      { title: 'Secretary of State', from: '2025-01-21' },
    );
    assert.deepEqual(
      person('jd-vance')?.roles.find((r) => r.title === 'Vice President'),
      { title: 'Vice President', from: '2025-01-20' },
    );
    assert.ok(person('sergey-ryabkov')?.notRoles?.includes('Kremlin spokesman'));
    assert.equal(person('senior-us-official')?.kind, 'anonymous');
    for (const p of corpus.people) assert.ok(p.aliases.includes(p.name), `${p.id}: aliases must include the name`);
    // People who are named but never speak are there too, so a misattribution to them can be judged.
    for (const id of ['pete-hegseth', 'keir-starmer', 'mark-rutte', 'maria-bartiromo', 'jared-kushner'])
      assert.ok(person(id), id);
  });

  it('names each seed file once, as an existing seed', () => {
    assert.deepEqual(corpus.sources.map((s) => s.seedFile).sort(), seedFiles());
  });
});
