/**
 * Property tests (issue 9): random Markdown structure around known quotations (paragraphs, list
 * items and their continuations, hard-wrapped blockquotes, table cells, transcript lines, fenced
 * and indented code, HTML comments, front matter). Every finding lies in prose, never in code,
 * front matter or markers; every quotation in prose gets a finding on exactly its words.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { FactChecker } from '../../src/engine';
import { READING_CORPUS } from './fixtures/readingCorpus';

const checker = new FactChecker(READING_CORPUS);

/** A recorded quotation and its speaker's surname. */
const QUOTES = READING_CORPUS.statements.map((s) => ({
  id: s.id,
  words: s.text,
  speaker: s.speaker === 'jane-roe' ? 'Roe' : 'Doe',
}));
const MARKS: [string, string][] = [
  ['“', '”'],
  ['‘', '’'],
  ['"', '"'],
  ["'", "'"],
  ['«', '»'],
  ['„', '“'],
  ['“', '"'],
];

type Kind =
  'paragraph' | 'list' | 'listContinuation' | 'blockquote' | 'table' | 'transcript' | 'fence' | 'indented' | 'comment';

interface Spec {
  kind: Kind;
  quote: number;
  marks: number;
  /** Where a hard-wrapped blockquote breaks its words (indices of spaces). */
  wraps: number[];
}

interface Piece {
  text: string;
  /** Offsets (in `text`) of quoted words a finding must cover exactly; none for code. */
  expected: { start: number; end: number; id: string }[];
  prose: boolean;
}

function quoted(spec: Spec): { text: string; start: number; end: number } {
  const { words, speaker } = QUOTES[spec.quote];
  const [open, close] = MARKS[spec.marks];
  const said = `${open}${words},${close} ${speaker} said.`;
  return { text: said, start: open.length, end: open.length + words.length + 1 };
}

function piece(spec: Spec): Piece {
  const q = quoted(spec);
  const id = QUOTES[spec.quote].id;
  const prose = (prefix: string, text = q.text, start = q.start, end = q.end): Piece => ({
    text: prefix + text,
    expected: [{ start: prefix.length + start, end: prefix.length + end, id }],
    prose: true,
  });
  switch (spec.kind) {
    case 'paragraph':
      return prose('');
    case 'list':
      return prose('- ');
    case 'listContinuation': {
      const item = '1. The council met on Monday.\n\n    ';
      return prose(item);
    }
    case 'blockquote': {
      // Hard-wrap at the chosen spaces, `> ` on every line.
      let text = '';
      let start = q.start;
      let end = q.end;
      const spaces = [...q.text.matchAll(/ /g)].map((m) => m.index);
      const breaks = new Set(spec.wraps.map((w) => spaces[w % spaces.length]));
      for (let i = 0; i < q.text.length; i++) {
        if (breaks.has(i)) {
          text += '\n> ';
          if (i < q.start) start += 2;
          if (i < q.end) end += 2;
        } else text += q.text[i];
      }
      return prose('> ', text, start, end);
    }
    case 'table': {
      const head = '| Who | Said |\n| --- | :---: |\n| x | ';
      return { ...prose(head), text: `${head}${q.text} |` };
    }
    case 'transcript': {
      const { words, speaker } = QUOTES[spec.quote];
      const label = `${speaker.toUpperCase()}: `;
      return {
        text: `${label}${words}.`,
        expected: [{ start: label.length, end: label.length + words.length + 1, id }],
        prose: true,
      };
    }
    case 'fence':
      return { text: '```\n' + q.text + '\n```', expected: [], prose: false };
    case 'indented':
      return { text: 'Code follows.\n\n    ' + q.text, expected: [], prose: false };
    case 'comment':
      return { text: `<!-- ${q.text} -->`, expected: [], prose: false };
  }
}

const spec: fc.Arbitrary<Spec> = fc.record({
  kind: fc.constantFrom<Kind>(
    'paragraph',
    'list',
    'listContinuation',
    'blockquote',
    'table',
    'transcript',
    'fence',
    'indented',
    'comment',
  ),
  quote: fc.nat(QUOTES.length - 1),
  marks: fc.nat(MARKS.length - 1),
  wraps: fc.array(fc.nat(20), { maxLength: 3 }),
});

interface Draft {
  text: string;
  expected: { start: number; end: number; id: string }[];
  prose: { start: number; end: number }[];
  notProse: { start: number; end: number }[];
}

function build(specs: Spec[], frontMatter: boolean, lineEnding: string): Draft {
  const draft: Draft = { text: '', expected: [], prose: [], notProse: [] };
  if (frontMatter) {
    const matter = `---\ntitle: '“${QUOTES[0].words},” Roe said.'\ndate: 2025-10-08\n---\n`;
    draft.notProse.push({ start: 0, end: matter.length });
    draft.text = matter;
  }
  for (const s of specs) {
    // A paragraph closes any list, so an indented block after it is code.
    const p = piece(s);
    const at = draft.text.length;
    draft.text += p.text + '\n\n';
    (p.prose ? draft.prose : draft.notProse).push({ start: at, end: at + p.text.length });
    for (const e of p.expected) draft.expected.push({ start: at + e.start, end: at + e.end, id: e.id });
    if (s.kind === 'list' || s.kind === 'listContinuation') draft.text += 'The meeting ended.\n\n';
  }
  if (lineEnding !== '\n') {
    // Same length for CR-only; CRLF shifts every offset after each line break.
    const shift = (offset: number) =>
      offset + (lineEnding.length - 1) * (draft.text.slice(0, offset).match(/\n/g)?.length ?? 0);
    const move = <R extends { start: number; end: number }>(r: R): R => ({
      ...r,
      start: shift(r.start),
      end: shift(r.end),
    });
    draft.expected = draft.expected.map(move);
    draft.prose = draft.prose.map(move);
    draft.notProse = draft.notProse.map(move);
    draft.text = draft.text.replace(/\n/g, lineEnding);
  }
  return draft;
}

describe('engine: reading random Markdown structure (issue 9, properties)', function () {
  this.timeout(60_000);

  it('every finding lies in prose and every quotation in prose is found on exactly its words', () => {
    fc.assert(
      fc.property(
        fc.array(spec, { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.constantFrom('\n', '\r\n', '\r'),
        (specs, frontMatter, lineEnding) => {
          const draft = build(specs, frontMatter, lineEnding);
          const { findings } = checker.check(draft.text);
          for (const finding of findings) {
            const { start, end } = finding.range;
            assert.ok(
              draft.prose.some((r) => start >= r.start && end <= r.end),
              `finding ${finding.kind} at ${start}-${end} (${JSON.stringify(draft.text.slice(start, end))}) is not in prose`,
            );
            assert.ok(
              !draft.notProse.some((r) => start < r.end && end > r.start),
              `finding ${finding.kind} in code or front matter`,
            );
            assert.ok(
              !/^[\s>|#*+-]/.test(draft.text[start]) && !/[\s>|]/.test(draft.text[end - 1]),
              `finding starts or ends on a marker: ${JSON.stringify(draft.text.slice(start, end))}`,
            );
          }
          for (const quote of draft.expected) {
            const found = findings.find((f) => f.range.start === quote.start && f.range.end === quote.end);
            assert.ok(
              found,
              `no finding on ${JSON.stringify(draft.text.slice(quote.start, quote.end))} in ${JSON.stringify(draft.text)}`,
            );
            assert.strictEqual(
              found.kind,
              'supported',
              `${found.kind} on ${JSON.stringify(draft.text.slice(quote.start, quote.end))}`,
            );
            assert.strictEqual(found.statement?.id, quote.id);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
