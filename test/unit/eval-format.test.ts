/**
 * Guards the eval set (test/eval/cases.jsonl) and the sample draft's list of planted errors:
 * every line well formed, enough cases of each kind, and every planted error really in the draft.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FINDING_KINDS as ALL_KINDS } from '../../src/engine';

// These sets are judged against statement corpora with no fact-checks (ClaimReview): `fact-checked` has its own set.
const FINDING_KINDS = ALL_KINDS.filter((kind) => kind !== 'fact-checked');
import {
  countByKind,
  loadCases,
  validateCase,
  HOLDOUT_2_FILE,
  HOLDOUT_FILE,
  MIN_NO_FINDING,
  MIN_PER_KIND,
  MIN_TOTAL,
} from '../eval/cases';

const REPO = path.join(__dirname, '..', '..');

describe('eval set (test/eval/cases.jsonl)', () => {
  const cases = loadCases();

  it(`has at least ${MIN_TOTAL} well-formed cases with unique ids`, () => {
    assert.ok(cases.length >= MIN_TOTAL, `only ${cases.length} cases`);
    assert.strictEqual(new Set(cases.map((evalCase) => evalCase.id)).size, cases.length);
  });

  it(`has at least ${MIN_PER_KIND} cases per kind and ${MIN_NO_FINDING} that should get no finding`, () => {
    const counts = countByKind(cases);
    for (const kind of FINDING_KINDS) assert.ok(counts[kind] >= MIN_PER_KIND, `${kind}: only ${counts[kind]} cases`);
    assert.ok(counts.none >= MIN_NO_FINDING, `no finding: only ${counts.none} cases`);
  });

  it('labels each case with one expected kind whose id prefix names it', () => {
    const prefixes: Record<string, string> = {
      sup: 'supported',
      mis: 'misquote',
      att: 'misattribution',
      num: 'wrong-number',
      day: 'wrong-date',
      out: 'wrong-outlet',
      neg: 'negation',
      unv: 'unverified-quote',
      none: '',
    };
    for (const evalCase of cases) {
      const prefix = evalCase.id.split('-')[0];
      assert.ok(prefix in prefixes, `${evalCase.id}: unknown prefix`);
      assert.strictEqual(evalCase.expect.join(','), prefixes[prefix], evalCase.id);
    }
  });

  it('gives every conflict and supported case the record fragment it rests on, and no unverified or no-finding case one', () => {
    for (const evalCase of cases) {
      const needsRecord = evalCase.expect.length > 0 && evalCase.expect[0] !== 'unverified-quote';
      assert.strictEqual(evalCase.record !== undefined, needsRecord, evalCase.id);
    }
  });

  it('varies the writing: curly and straight quotes, every spelling of Zelensky, ellipses and brackets', () => {
    const all = cases.map((evalCase) => evalCase.text).join('\n');
    for (const needle of [
      '“',
      '"',
      'Zelensky ',
      'Zelenskyy',
      'Zelenskiy',
      '…',
      '...',
      '[',
      'Kremlin spokesman Dmitry Peskov',
      'the secretary of state',
      ' he said',
    ])
      assert.ok(all.includes(needle), `no case contains ${needle}`);
  });

  it('rejects malformed cases, naming the field', () => {
    assert.deepStrictEqual(validateCase({ id: 'mis-01', text: 'A sentence long enough.', expect: ['misquote'] }), []);
    assert.deepStrictEqual(validateCase({ id: 'mis-01', text: 'A sentence long enough.', expect: ['misquoted'] }), [
      "expect: unknown kind 'misquoted'",
    ]);
    assert.deepStrictEqual(validateCase({ id: 'x', text: 'short', expect: 'none', draftDate: 'Monday', extra: 1 }), [
      "unknown field 'extra'",
      'id: must look like "mis-03"',
      'text: must be a sentence',
      'expect: must be an array of finding kinds',
      'draftDate: must be YYYY-MM-DD',
    ]);
    assert.deepStrictEqual(validateCase([]), ['not a JSON object']);
  });
});

describe('held-out eval set (test/eval/holdout.jsonl)', () => {
  it('is well formed, with at least 6 cases of each kind and 10 with no finding, none repeated from cases.jsonl', () => {
    const holdout = loadCases(HOLDOUT_FILE);
    const counts = countByKind(holdout);
    for (const kind of FINDING_KINDS) assert.ok(counts[kind] >= 6, `${kind}: only ${counts[kind]} cases`);
    assert.ok(counts.none >= 10, `no finding: only ${counts.none} cases`);
    const seen = new Set(loadCases().map((evalCase) => evalCase.text));
    for (const evalCase of holdout) assert.ok(!seen.has(evalCase.text), `${evalCase.id} repeats a case of cases.jsonl`);
  });
});

describe('second held-out eval set (test/eval/holdout-2.jsonl)', () => {
  it('is well formed, with 5 cases of each kind and 16 with no finding, none repeated from the other sets', () => {
    const holdout = loadCases(HOLDOUT_2_FILE);
    const counts = countByKind(holdout);
    for (const kind of FINDING_KINDS) assert.strictEqual(counts[kind], 5, `${kind}: ${counts[kind]} cases`);
    assert.strictEqual(counts.none, 16);
    const seen = new Set([...loadCases(), ...loadCases(HOLDOUT_FILE)].map((evalCase) => evalCase.text));
    for (const evalCase of holdout) assert.ok(!seen.has(evalCase.text), `${evalCase.id} repeats a case of another set`);
  });
});

describe('sample draft expectations (test/eval/sample-draft-expectations.json)', () => {
  const expectations = JSON.parse(
    fs.readFileSync(path.join(REPO, 'test', 'eval', 'sample-draft-expectations.json'), 'utf8'),
  ) as {
    draft: string;
    planted: { kind: string; draft: string; record: string | null }[];
    supported: { draft: string }[];
    noFinding: string[];
  };
  const draft = fs.readFileSync(path.join(REPO, expectations.draft), 'utf8');

  it('plants at least one error of every conflict kind and an unverified quote', () => {
    const kinds = new Set(expectations.planted.map((planted) => planted.kind));
    for (const kind of FINDING_KINDS.filter((kind) => kind !== 'supported'))
      assert.ok(kinds.has(kind), `nothing planted of ${kind}`);
  });

  it('names only text that is in samples/draft.md', () => {
    for (const text of [
      ...expectations.planted.map((planted) => planted.draft),
      ...expectations.supported.map((supported) => supported.draft),
      ...expectations.noFinding,
    ]) {
      assert.ok(draft.includes(text), `not in the draft: ${text}`);
    }
  });

  it('dates the draft in its front matter and keeps it a few hundred words', () => {
    assert.match(draft, /^---\n(?:.*\n)*?date: 2025-08-18\n(?:.*\n)*?---\n/);
    const words = draft.split(/\s+/).filter(Boolean).length;
    assert.ok(words >= 400 && words <= 700, `${words} words`);
  });
});
