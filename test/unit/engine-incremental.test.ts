/** Re-checking an edited draft with a warm cache gives what a fresh checker gives. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FactChecker, loadBundledCorpus, type Finding } from '../../src/engine';

const corpus = loadBundledCorpus();
const sample = fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'draft.md'), 'utf8');

const summary = (draft: string, findings: Finding[]) =>
  findings.map((f) => ({
    kind: f.kind,
    range: f.range,
    text: draft.slice(f.range.start, f.range.end),
    statement: f.statement?.id ?? null,
    fix: f.fix,
    message: f.message,
  }));

function freshCheck(draft: string) {
  return summary(draft, new FactChecker(corpus).check(draft).findings);
}

describe('engine: incremental re-checks', () => {
  it('after editing one paragraph, a warm checker agrees with a fresh one', () => {
    const warm = new FactChecker(corpus);
    warm.check(sample);
    const edited = sample.replace(
      'Trump and Putin met for a roughly two-hour discussion',
      'Trump and Putin met for a roughly four-hour discussion, aides said,',
    );
    assert.notStrictEqual(edited, sample);
    const result = summary(edited, warm.check(edited).findings);
    assert.deepStrictEqual(result, freshCheck(edited));
    const number = result.find((f) => f.statement === 'anchorage-three-hour-discussion');
    assert.deepStrictEqual(number && [number.kind, number.text, number.fix?.text], ['wrong-number', 'four', 'three']);
  });

  it('findings after the edited paragraph shift by the length change', () => {
    const warm = new FactChecker(corpus);
    const before = warm.check(sample).findings;
    const insert = ' The envoy spoke for a long time about many things.';
    const anchor = sample.indexOf('Steve Witkoff said Sunday');
    const paragraphEnd = sample.indexOf('\n', anchor);
    const edited = sample.slice(0, paragraphEnd) + insert + sample.slice(paragraphEnd);
    const after = warm.check(edited).findings;
    assert.deepStrictEqual(summary(edited, after), freshCheck(edited));
    const moved = (f: Finding) => (f.range.start >= paragraphEnd ? insert.length : 0);
    assert.deepStrictEqual(
      after.map((f) => [f.kind, f.range.start, f.range.end]),
      before.map((f) => [f.kind, f.range.start + moved(f), f.range.end + moved(f)]),
    );
  });

  it('adding text before a finding shifts its range and its fix', () => {
    const checker = new FactChecker(corpus);
    const draft =
      '“The United States is potentially prepared to be able to give Article 5 security guarantees, but not from NATO,” Witkoff told CNN.';
    const [first] = checker.check(draft).findings;
    assert.deepStrictEqual(
      [first.kind, first.range, first.fix?.range],
      ['wrong-outlet', { start: 126, end: 129 }, { start: 126, end: 129 }],
    );
    const prefix = 'A new opening paragraph about nothing much.\n\n';
    const [second] = checker.check(prefix + draft).findings.filter((f) => f.kind === 'wrong-outlet');
    const shifted = { start: 126 + prefix.length, end: 129 + prefix.length };
    assert.deepStrictEqual([second.range, second.fix?.range], [shifted, shifted]);
    assert.strictEqual((prefix + draft).slice(second.range.start, second.range.end), 'CNN');
  });

  it('adding text inside the same paragraph before a finding shifts it too', () => {
    const checker = new FactChecker(corpus);
    const draft = 'Russia launched 183 drones overnight, officials said.';
    assert.deepStrictEqual(
      checker.check(draft).findings.map((f) => f.range),
      [{ start: 16, end: 19 }],
    );
    const edited = `Overnight, ${draft}`;
    assert.deepStrictEqual(
      checker.check(edited).findings.map((f) => [edited.slice(f.range.start, f.range.end), f.range]),
      [['183', { start: 27, end: 30 }]],
    );
  });

  it('a speaker carried into the next paragraph is re-judged when the earlier paragraph changes', () => {
    const checker = new FactChecker(corpus);
    const quote = '“It will require both sides to make concessions,” he said.';
    const first = `Rubio spoke to reporters.\n\n${quote}`;
    assert.deepStrictEqual(
      checker.check(first).findings.map((f) => [f.kind, f.draftSpeaker]),
      [['supported', 'marco-rubio']],
    );
    const second = `Witkoff spoke to reporters.\n\n${quote}`;
    const warm = summary(second, checker.check(second).findings);
    assert.deepStrictEqual(warm, freshCheck(second));
    assert.deepStrictEqual(
      warm.map((f) => [f.kind, f.text]),
      [['misattribution', '“It will require both sides to make concessions,”'.slice(1, -1)]],
    );
  });

  it('repeated checks of the same text give the same result', () => {
    const checker = new FactChecker(corpus);
    const one = summary(sample, checker.check(sample).findings);
    const two = summary(sample, checker.check(sample).findings);
    assert.deepStrictEqual(two, one);
  });
});
