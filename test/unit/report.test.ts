/**
 * The fact-check report's builder (src/server/report.ts), Fact Desk's own-document exclusion, the
 * plural helper and the tolerant reader of .factdesk/ignore.json: pure functions, asserted exactly.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Corpus, Finding, Statement } from '../../src/engine';
import {
  buildReport,
  reportHtml,
  reportMarkdown,
  sha256Hex,
  SIGN_OFF,
  type ReportInput,
} from '../../src/server/report';
import {
  DOCUMENT_MARKER,
  hasReportMarker,
  isOwnDocumentName,
  ownDocumentReason,
  REPORT_MARKER,
} from '../../src/server/ownDocuments';
import { plural } from '../../src/server/plural';
import { readIgnoreFile, writeIgnoreFile } from '../../src/server/ignoreFile';
import { run, type CliIo } from '../../src/cli/main';

const record: Statement = {
  id: 'rubio-russia-holding',
  kind: 'quote',
  speaker: 'marco-rubio',
  text: 'there are things that maybe Russia is holding',
  date: '2025-08-17',
  datePrecision: 'day',
  dateBasis: 'fixture',
  outlet: 'CBS’s Face the Nation',
  source: 'wapo',
  context: '',
  numbers: [],
  negated: false,
};
const supportedRecord: Statement = { ...record, id: 'rubio-sovereign', text: 'Ukraine is a sovereign country.' };
const corpus: Corpus = {
  statements: [record, supportedRecord],
  people: [
    {
      id: 'marco-rubio',
      name: 'Marco Rubio',
      kind: 'person',
      aliases: ['Rubio'],
      roles: [{ title: 'Secretary of State' }],
    },
  ],
  sources: [
    {
      id: 'wapo',
      publisher: 'The Washington Post',
      headline: 'Talks <live> & “updates”',
      published: '2025-08-17',
      publishedPrecision: 'day',
      dateBasis: 'fixture',
    },
  ],
};

const draft = [
  '# Talks',
  '',
  'Rubio said: “Ukraine is a sovereign country.”',
  '',
  'He added “there are things that maybe Ukraine is holding”.',
  '',
  'Smith said “we *never* met”.',
  '',
].join('\n');
const at = (needle: string) => ({ start: draft.indexOf(needle), end: draft.indexOf(needle) + needle.length });
const misquote: Finding = {
  kind: 'misquote',
  range: at('there are things that maybe Ukraine is holding'),
  claim: 'there are things that maybe Ukraine is holding',
  message: 'Misquote: “Ukraine” where the record has “Russia”',
  statement: record,
  fix: {
    range: at('there are things that maybe Ukraine is holding'),
    text: 'there are things that maybe Russia is holding',
    label: 'Replace “Ukraine” with “Russia”',
  },
  diff: [
    { op: 'same', text: 'there are things that maybe ' },
    { op: 'removed', text: 'Russia' },
    { op: 'added', text: 'Ukraine' },
    { op: 'same', text: ' is holding' },
  ],
  score: 0.9,
};
const supported: Finding = {
  kind: 'supported',
  range: at('Ukraine is a sovereign country.'),
  claim: 'Ukraine is a sovereign country.',
  message: 'Supported',
  statement: supportedRecord,
  fix: null,
  score: 1,
};
const unsourced: Finding = {
  kind: 'unverified-quote',
  range: at('we *never* met'),
  claim: 'we *never* met',
  message: 'No record',
  statement: null,
  draftSpeaker: null,
  fix: null,
  score: 0,
};

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    draftName: 'stories/talks.md',
    draftText: draft,
    draftHash: 'ab'.repeat(32),
    draftDate: '2025-08-18',
    findings: [supported, unsourced, misquote],
    ignored: [],
    corpus,
    corpusParts: [
      { name: 'bundled corpus', statements: 1 },
      { name: '.factdesk/corpus.jsonl', statements: 1 },
    ],
    generated: new Date('2026-11-30T23:05:00Z'),
    author: 'Jane Reporter',
    tool: 'Fact Desk 0.1.0',
    ...overrides,
  };
}

describe('report builder', () => {
  it('labels a record the newsroom added itself, never as a sourced record', () => {
    const plain = reportMarkdown(buildReport(input({ findings: [supported] })));
    assert.ok(!plain.includes("newsroom's corpus"), plain);
    const labelled = reportMarkdown(
      buildReport(input({ findings: [supported], isNewsroomRecord: (id) => id === supported.statement!.id })),
    );
    assert.ok(labelled.includes("from your newsroom's corpus"), labelled);
  });

  it('orders the sections corrections, unsourced quotations, supported claims, and ends with the sign-off line', () => {
    const text = reportMarkdown(buildReport(input()));
    const headings = text.split('\n').filter((line) => line.startsWith('#'));
    assert.deepStrictEqual(headings, [
      '# Fact-check report: stories/talks.md',
      '## Corrections (1)',
      '### 1. Line 5: Misquote',
      '## Unsourced quotations (1)',
      '## Supported claims (1)',
    ]);
    assert.ok(text.endsWith(`---\n\n${SIGN_OFF}\n`), text);
    assert.strictEqual(SIGN_OFF, 'Checked by: ____________________  Date: ____________');
  });

  it('gives each correction the draft’s words, the record’s, the source and the fix', () => {
    const text = reportMarkdown(buildReport(input()));
    const block = text.slice(text.indexOf('### 1.'), text.indexOf('## Unsourced'));
    assert.strictEqual(
      block,
      [
        '### 1. Line 5: Misquote',
        '',
        'Misquote: “Ukraine” where the record has “Russia”',
        '',
        '- **Change:** the draft has ~~Ukraine~~ where the record has **Russia**',
        '- **The draft:** “there are things that maybe Ukraine is holding”',
        '- **The record:** “there are things that maybe Russia is holding” (Marco Rubio, Secretary of State · Sunday 17 August 2025 · CBS’s Face the Nation)',
        '- **Source:** The Washington Post, “Talks \\<live\\> & “updates””, Sunday 17 August 2025',
        '- **Fix:** Replace “Ukraine” with “Russia”: “there are things that maybe Russia is holding”',
        '',
        '',
      ].join('\n'),
    );
  });

  it('without a word diff, shows the change from the fix (short ones), and lists supported claims with who, when, where and the publisher', () => {
    const outlet: Finding = {
      ...misquote,
      kind: 'wrong-outlet',
      diff: undefined,
      fix: { range: at('Ukraine is holding'), text: 'Russia is holding', label: 'Change outlet' },
    };
    const text = reportMarkdown(buildReport(input({ findings: [supported, outlet] })));
    assert.ok(text.includes('### 1. Line 5: Wrong outlet\n'), text);
    assert.ok(
      text.includes('- **Change:** the draft has ~~Ukraine is holding~~ where the record has **Russia is holding**\n'),
    );
    assert.ok(
      text.includes(
        '- **Line 3:** “Ukraine is a sovereign country.” — Marco Rubio, Secretary of State · Sunday 17 August 2025 · CBS’s Face the Nation (The Washington Post)\n',
      ),
      text,
    );
  });

  it('heads the report with the marker, draft, SHA-256, dates, corpus with counts and who ran it; counts in words', () => {
    const text = reportMarkdown(buildReport(input()));
    const lines = text.split('\n');
    assert.strictEqual(lines[0], REPORT_MARKER);
    assert.deepStrictEqual(lines.slice(5, 11), [
      '| **Draft** | stories/talks.md |',
      `| **Draft text (SHA-256)** | ${'ab'.repeat(32)} |`,
      '| **Draft date** | Monday 18 August 2025 |',
      '| **Report date** | Monday 30 November 2026, 23:05 UTC |',
      '| **Corpus** | 2 statements: bundled corpus (1 statement); .factdesk/corpus.jsonl (1 statement) |',
      '| **Run by** | Jane Reporter (Fact Desk 0.1.0) |',
    ]);
    assert.strictEqual(lines[12], '3 claims checked: 1 correction to make, 1 unsourced quotation, 1 supported.');
    const none = reportMarkdown(
      buildReport(
        input({
          findings: [misquote, { ...misquote, range: { start: 1, end: 2 } }],
          author: undefined,
          draftDate: undefined,
        }),
      ),
    );
    assert.ok(none.includes('2 claims checked: 2 corrections to make, 0 unsourced quotations, 0 supported.'), none);
    assert.ok(none.includes('| **Run by** | Fact Desk 0.1.0 (no name: set factDesk.reportAuthor) |'));
    assert.ok(!none.includes('Draft date'));
    assert.ok(!/\(s\)/.test(none));
  });

  it('escapes the draft’s Markdown in the Markdown report and lists ignored claims with reason, who and when', () => {
    const text = reportMarkdown(
      buildReport(
        input({
          findings: [supported, misquote],
          ignored: [
            {
              finding: unsourced,
              entry: {
                kind: 'unverified-quote',
                claim: 'we *never* met',
                added: '2026-11-29T10:00:00Z',
                reason: 'on tape',
                by: 'Ed',
              },
            },
          ],
        }),
      ),
    );
    assert.ok(
      text.includes(
        '## Ignored by the desk (1)\n\n- **Line 7, unsourced quotation:** “we \\*never\\* met” — Reason: on tape, by Ed, on 2026-11-29\n',
      ),
      text,
    );
    assert.ok(
      text.includes(
        '3 claims checked: 1 correction to make, 0 unsourced quotations, 1 supported, 1 ignored by the desk.',
      ),
    );
  });

  it('renders the same sections in HTML, escaped, self-contained, with the marker near the top', () => {
    const html = reportHtml(buildReport(input({ draftName: 'a <b> & c.md' })));
    assert.ok(html.startsWith(`<!DOCTYPE html>\n${REPORT_MARKER}\n`));
    assert.deepStrictEqual(
      [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((match) => match[1]),
      ['Corrections (1)', 'Unsourced quotations (1)', 'Supported claims (1)'],
    );
    assert.ok(
      html.includes(
        '<dt>Change</dt><dd>the draft has <del>Ukraine</del> where the record has <strong>Russia</strong></dd>',
      ),
    );
    assert.ok(
      html.includes('<title>Fact-check report: a &#60;b&#62; &#38; c.md</title>'),
      'the draft’s name is escaped',
    );
    assert.ok(html.includes(`<p class="sign-off">${SIGN_OFF}</p>`));
    assert.ok(!/<(script|link|img)\b/i.test(html));
    assert.ok(hasReportMarker(html));
  });

  it('hashes the draft text with SHA-256 (Web Crypto)', async () => {
    assert.strictEqual(await sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('Fact Desk’s own documents', () => {
  it('are recognised by name: reports and files under .factdesk/ or fact-check-reports/', () => {
    for (const name of [
      'talks.factcheck.md',
      'talks.fact-check.html',
      'fact-check-report.md',
      'Fact-Check-Report-2026.HTML',
      'file:///w/.factdesk/notes.md',
      'w/fact-check-reports/a.md',
      'file:///w/fact%2Dcheck%2Dreports/a.md',
    ])
      assert.ok(isOwnDocumentName(name), name);
    for (const name of [
      'talks.md',
      'factcheck.md',
      'fact-checking-the-mayor.md',
      'file:///w/reports/talks.md',
      'untitled:Untitled-1',
    ])
      assert.ok(!isOwnDocumentName(name), name);
  });

  it('are recognised by the marker in their first five lines, and only there', () => {
    assert.ok(hasReportMarker(`${REPORT_MARKER}\n# x`));
    assert.ok(hasReportMarker(`---\ntitle: x\n---\n\n${REPORT_MARKER}`));
    assert.ok(!hasReportMarker(`1\n2\n3\n4\n5\n${REPORT_MARKER}`));
    assert.strictEqual(
      ownDocumentReason('file:///w/renamed.md', `${REPORT_MARKER}\n`),
      `a Fact Desk report (it carries ${REPORT_MARKER})`,
    );
    assert.strictEqual(ownDocumentReason('file:///w/talks.md', 'Rubio said “x”.'), undefined);
  });

  it("Fact Desk's documentation is not a draft: every docs/*.md carries the documentation marker", () => {
    const docs = path.join(__dirname, '..', '..', 'docs');
    for (const name of fs.readdirSync(docs).filter((file) => file.endsWith('.md'))) {
      const text = fs.readFileSync(path.join(docs, name), 'utf8');
      assert.strictEqual(
        ownDocumentReason(`file:///ext/docs/${name}`, text),
        `Fact Desk's documentation (it carries ${DOCUMENT_MARKER})`,
        name,
      );
    }
  });
});

describe('plural', () => {
  it('says "1 conflict" and "2 conflicts", with an irregular plural when given', () => {
    assert.deepStrictEqual(
      [
        plural(0, 'conflict'),
        plural(1, 'conflict'),
        plural(2, 'conflict'),
        plural(1, 'person', 'people'),
        plural(1200, 'person', 'people'),
      ],
      ['0 conflicts', '1 conflict', '2 conflicts', '1 person', '1,200 people'],
    );
  });
});

describe('ignore file reader', () => {
  const good = (claim: string) => `{ "kind": "misquote", "claim": "${claim}", "added": "2026-11-30T10:00:00Z" }`;

  it('round-trips what it writes', () => {
    const entries = [{ kind: 'misquote' as const, claim: 'a', added: 'x', reason: 'why', by: 'Ed', file: 'd.md' }];
    assert.deepStrictEqual(readIgnoreFile(writeIgnoreFile(entries)), { entries, problems: [] });
  });

  it('reports a missing comma with its line and column and keeps every entry it could read', () => {
    const text = `{\n  "version": 1,\n  "ignored": [\n    ${good('a')}\n    ${good('b')},\n    ${good('c')}\n  ]\n}\n`;
    const read = readIgnoreFile(text);
    assert.deepStrictEqual(
      read.entries.map((entry) => entry.claim),
      ['a', 'b', 'c'],
    );
    assert.deepStrictEqual(
      read.problems.map((problem) => [problem.line, problem.column, problem.message]),
      [[5, 5, 'a comma is missing']],
    );
  });

  it('keeps the entries before a file cut off mid-entry, and names unusable entries', () => {
    const text = `{"ignored": [\n${good('a')},\n{ "kind": "nonsense", "claim": "x" },\n${good('b')},\n{ "kind": "misquote", "claim": "cut`;
    const read = readIgnoreFile(text);
    assert.deepStrictEqual(
      read.entries.map((entry) => entry.claim),
      ['a', 'b'],
    );
    assert.deepStrictEqual(
      read.problems.map(
        (problem) => `${problem.line}:${problem.column} ${problem.message.replace(/ must be one of .*;/, ' …;')}`,
      ),
      [
        '5:32 unfinished string (a closing " is missing)',
        '5:36 a closing } is missing',
        '5:36 a closing ] is missing',
        '5:36 a closing } is missing',
        '3:1 entry 2: "kind" …; it is not applied',
        '5:1 entry 4: it has a syntax error; it is not applied',
      ],
    );
    assert.ok(
      read.problems.some(
        (problem) =>
          problem.line === 3 && problem.column === 1 && problem.message.startsWith('entry 2: "kind" must be one of'),
      ),
    );
  });

  it('treats an empty file as no entries and no problem', () => {
    assert.deepStrictEqual(readIgnoreFile('  \n'), { entries: [], problems: [] });
  });
});

describe('factdesk report', () => {
  function runCli(args: string[], cwd: string) {
    let stdout = '';
    let stderr = '';
    const io: CliIo = { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), cwd };
    const code = run(args, io, { bundledCorpus: () => corpus });
    return { code, stdout, stderr };
  }

  it('writes the shared report for one draft and refuses to report on a report', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factdesk-report-'));
    fs.writeFileSync(path.join(dir, 'talks.md'), draft);
    const out = runCli(['report', '--author', 'Jane', 'talks.md'], dir);
    assert.strictEqual(out.stderr, '');
    assert.ok(out.stdout.startsWith(`${REPORT_MARKER}\n# Fact-check report: talks.md\n`), out.stdout);
    assert.ok(out.stdout.includes('| **Run by** | Jane (Fact Desk '));
    assert.ok(out.stdout.includes('| **Corpus** | 2 statements: bundled corpus (2 statements) |'));
    const written = runCli(['report', '--format', 'html', '--out', 'talks.factcheck.html', 'talks.md'], dir);
    assert.strictEqual(written.stdout, '');
    const html = fs.readFileSync(path.join(dir, 'talks.factcheck.html'), 'utf8');
    assert.ok(html.startsWith('<!DOCTYPE html>'));
    fs.writeFileSync(path.join(dir, 'renamed.md'), out.stdout);
    const again = runCli(['report', 'renamed.md'], dir);
    assert.strictEqual(again.code, 2);
    assert.strictEqual(
      again.stderr,
      `factdesk: renamed.md is a Fact Desk report (it carries ${REPORT_MARKER}); reports are not checked as drafts\n`,
    );
    const checked = runCli(['check', 'talks.factcheck.html', 'renamed.md'], dir);
    assert.strictEqual(
      checked.stderr,
      `factdesk: skipped talks.factcheck.html: a Fact Desk report or workspace file (by its name), not a draft\nfactdesk: skipped renamed.md: a Fact Desk report (it carries ${REPORT_MARKER}), not a draft\n`,
    );
    assert.strictEqual(checked.stdout, '0 files checked: 0 conflicts, 0 unverified quotes, 0 supported\n');
  });
});
