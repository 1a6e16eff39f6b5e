/**
 * npm run eval:all: every eval set in one table (recall per kind, false alarms, wrong-record
 * citations), each set run by run.ts exactly as `npm run eval -- --cases … [--corpus …]` would.
 * The sets: the bundled set, the two held-out sets, the coverage set, and each beat under
 * test/eval/beats/<beat>/ and test/eval/forecast/<beat>/ (corpus.jsonl beside the bundled corpus,
 * cases.jsonl).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { FINDING_KINDS } from '../../src/engine';

const HERE = __dirname;
const sets: { name: string; args: string[] }[] = [
  { name: 'bundled (162)', args: [] },
  { name: 'holdout', args: ['--cases', path.join(HERE, 'holdout.jsonl')] },
  { name: 'holdout-2', args: ['--cases', path.join(HERE, 'holdout-2.jsonl')] },
  { name: 'coverage', args: ['--cases', path.join(HERE, 'coverage.jsonl')] },
  { name: 'coverage-2', args: ['--cases', path.join(HERE, 'coverage-2', 'cases.jsonl')] },
];
// Beats the engine was developed against after their first runs, then the forecast sets (each
// written blind and first run after an engine change; see test/eval/first-runs/).
for (const folder of ['beats', 'forecast']) {
  const root = path.join(HERE, folder);
  for (const beat of fs.existsSync(root) ? fs.readdirSync(root).sort() : []) {
    sets.push({
      name: `${folder}/${beat}`,
      args: ['--corpus', path.join(root, beat, 'corpus.jsonl'), '--cases', path.join(root, beat, 'cases.jsonl')],
    });
  }
}

// Published fact-checks: test/eval/fact-checks/<beat>/ holds a ClaimReview corpus (.jsonld, .json,
// .html, or .jsonl other than cases.jsonl) and cases.jsonl, loaded beside the bundled corpus as the extension does.
const factChecks = path.join(HERE, 'fact-checks');
for (const beat of fs.existsSync(factChecks) ? fs.readdirSync(factChecks).sort() : []) {
  const folder = path.join(factChecks, beat);
  if (!fs.statSync(folder).isDirectory() || !fs.existsSync(path.join(folder, 'cases.jsonl'))) continue;
  const reviews = fs
    .readdirSync(folder)
    .filter((name) => name !== 'cases.jsonl' && /\.(?:jsonld|json|jsonl|html?)$/.test(name));
  sets.push({
    name: `fact-checks/${beat}`,
    args: [
      ...reviews.flatMap((name) => ['--corpus', path.join(folder, name)]),
      '--cases',
      path.join(folder, 'cases.jsonl'),
    ],
  });
}

const KINDS = FINDING_KINDS;
const short = (kind: string) =>
  kind
    .replace('wrong-', 'w-')
    .replace('unverified-quote', 'unverif')
    .replace('misattribution', 'misattr')
    .replace('fact-checked', 'fact-ch');
const rows: string[] = [];
rows.push(`| set | cases | ${KINDS.map(short).join(' | ')} | false alarms | wrong record |`);
rows.push(`| --- | ---: | ${KINDS.map(() => '---:').join(' | ')} | ---: | ---: |`);
for (const set of sets) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(HERE, 'run.ts'), '--json', ...set.args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(out) as {
    cases: number;
    perKind: { kind: string; recall: number | null; expected: number }[];
    falseAlarms: { count: number; of: number };
    wrongRecordCitations: string[];
  };
  const recall = (kind: string) => {
    const score = report.perKind.find((k) => k.kind === kind)!;
    return score.recall === null ? 'n/a' : `${Math.round(score.recall * 100)}%`;
  };
  rows.push(
    `| ${set.name} | ${report.cases} | ${KINDS.map(recall).join(' | ')} | ${report.falseAlarms.count}/${report.falseAlarms.of} | ${report.wrongRecordCitations.length} |`,
  );
}
console.log(rows.join('\n'));
