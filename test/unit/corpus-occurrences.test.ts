// Occurrences: `occurrence` lines (what an accepted import writes for words already on record) are
// loaded, attached to their statement across files, and a draft's day or outlet that fits another
// occasion of the same words is no conflict.
import * as assert from 'node:assert/strict';
import { FactChecker, mergeCorpora, parseCorpusFile, type LoadProblem } from '../../src/engine';
import { acceptedCorpusLines } from '../../src/engine/import/review';
import type { ProposedStatement } from '../../src/engine/import/types';

const jsonl = (records: object[]) => records.map((record) => JSON.stringify(record)).join('\n');
const where = (problems: LoadProblem[]) =>
  problems.map(({ file, line, field, recordId, severity }) => ({ file, line, field, recordId, severity }));

const RECORDS = [
  { type: 'person', id: 'jane-roe', name: 'Jane Roe', aliases: ['Jane Roe', 'Roe'], roles: [{ title: 'mayor' }] },
  {
    type: 'source',
    id: 'herald-2025-03-04',
    publisher: 'Springfield Herald',
    headline: 'Bridge',
    published: '2025-03-04',
  },
  {
    type: 'source',
    id: 'gazette-2025-03-07',
    publisher: 'Springfield Gazette',
    headline: 'Bridge again',
    published: '2025-03-07',
  },
  {
    type: 'statement',
    id: 'roe-bridge',
    speaker: 'jane-roe',
    text: 'We will open the new bridge before the summer holidays',
    date: '2025-03-03',
    outlet: 'BBC',
    source: 'herald-2025-03-04',
  },
];
const SKY = {
  type: 'occurrence',
  of: 'roe-bridge',
  source: 'gazette-2025-03-07',
  date: '2025-03-06',
  datePrecision: 'day',
  dateBasis: '“on Thursday”',
  outlet: 'Sky News',
};

function corpusOf(...files: [string, object[]][]) {
  const parsed = files.map(([name, records]) => ({ name, result: parseCorpusFile(name, jsonl(records)) }));
  const merged = mergeCorpora(parsed.map(({ name, result }) => ({ name, corpus: result.corpus })));
  return { merged, problems: [...parsed.flatMap(({ result }) => result.problems), ...merged.problems] };
}

describe('corpus occurrences', () => {
  it('attaches an occurrence line to its statement, with no problem and nothing else changed', () => {
    const { merged, problems } = corpusOf(['c.jsonl', [...RECORDS, SKY]]);
    assert.deepEqual(problems, []);
    assert.equal(merged.corpus.statements.length, 1);
    assert.deepEqual(merged.corpus.statements[0].occurrences, [
      {
        source: 'gazette-2025-03-07',
        date: '2025-03-06',
        datePrecision: 'day',
        dateBasis: '“on Thursday”',
        outlet: 'Sky News',
      },
    ]);
    assert.equal(merged.corpus.statements[0].date, '2025-03-03');
  });

  it('attaches an occurrence to a statement in another file, loaded before or after it, without changing that file’s statement', () => {
    for (const order of ['statement first', 'occurrence first']) {
      const parts: [string, object[]][] = [
        ['records.jsonl', RECORDS],
        ['import.jsonl', [{ ...SKY, datePrecision: undefined, dateBasis: undefined, outlet: undefined }]],
      ];
      if (order === 'occurrence first') parts.reverse();
      const own = parseCorpusFile('records.jsonl', jsonl(RECORDS)).corpus;
      const { merged, problems } = corpusOf(...parts);
      assert.deepEqual(problems, [], order);
      assert.deepEqual(
        merged.corpus.statements[0].occurrences,
        [{ source: 'gazette-2025-03-07', date: '2025-03-06', datePrecision: 'day', dateBasis: '', outlet: '' }],
        order,
      );
      assert.equal(own.statements[0].occurrences, undefined);
    }
  });

  it('reads occurrences given inline on a statement, with the defaults filled in', () => {
    const statement = { ...RECORDS[3], occurrences: [{ source: 'gazette-2025-03-07', date: '2025-03' }] };
    const { merged, problems } = corpusOf(['c.jsonl', [...RECORDS.slice(0, 3), statement]]);
    assert.deepEqual(problems, []);
    assert.deepEqual(merged.corpus.statements[0].occurrences, [
      { source: 'gazette-2025-03-07', date: '2025-03', datePrecision: 'month', dateBasis: '', outlet: '' },
    ]);
  });

  it('reports an occurrence of an unknown statement, a bad date and a missing source on their lines and skips them; an unknown field is a warning', () => {
    const { merged, problems } = corpusOf([
      'c.jsonl',
      [
        ...RECORDS,
        { ...SKY, of: 'nobody-said-this' },
        { ...SKY, date: '2025-02-30' },
        { ...SKY, source: undefined },
        { ...SKY, page: 4 },
      ],
    ]);
    assert.deepEqual(where(problems), [
      { file: 'c.jsonl', line: 6, field: 'date', recordId: 'roe-bridge', severity: 'error' },
      { file: 'c.jsonl', line: 7, field: 'source', recordId: 'roe-bridge', severity: 'error' },
      { file: 'c.jsonl', line: 8, field: 'page', recordId: 'roe-bridge', severity: 'warning' },
      { file: 'c.jsonl', line: 5, field: 'of', recordId: 'nobody-said-this', severity: 'warning' },
    ]);
    assert.equal(
      problems[0].message,
      '"date" is not a real date: 2025-02-30 does not exist (the month has 28 days); occurrence skipped',
    );
    assert.equal(problems[1].message, 'missing required field "source"; occurrence skipped');
    assert.equal(
      problems[3].message,
      'occurrence of statement "nobody-said-this", which is not in any corpus; the occurrence is skipped',
    );
    assert.equal(merged.corpus.statements[0].occurrences?.length, 1, 'the line with an unknown field still loads');
  });

  it('counts the same occasion once (an article imported twice, or the record’s own occasion)', () => {
    const own = { ...SKY, source: 'herald-2025-03-04', date: '2025-03-03', outlet: 'BBC' };
    const { merged } = corpusOf(['c.jsonl', [...RECORDS, SKY, SKY, own]]);
    assert.equal(merged.corpus.statements[0].occurrences?.length, 1);
  });

  it('writes an accepted occurrence proposal as an occurrence line the loader reads back', () => {
    const proposal: ProposedStatement = {
      type: 'statement',
      id: 'roe-we-will-open',
      kind: 'quote',
      speaker: 'jane-roe',
      text: RECORDS[3].text as string,
      date: '2025-03-06',
      datePrecision: 'day',
      dateBasis: '“on Thursday”',
      outlet: 'Sky News',
      source: 'gazette-2025-03-07',
      context: '',
      numbers: [],
      negated: false,
      status: 'accepted',
      confidence: 0.95,
      evidence: { file: 'a.md', line: 3, sentence: '' },
      reason: '',
      occurrenceOf: 'roe-bridge',
    };
    const lines = acceptedCorpusLines([proposal]);
    assert.deepEqual(
      lines.map((line) => JSON.parse(line)),
      [SKY],
    );
    const { merged, problems } = corpusOf(
      ['c.jsonl', RECORDS],
      ['import.jsonl', lines.map((line) => JSON.parse(line))],
    );
    assert.deepEqual(problems, []);
    assert.equal(merged.corpus.statements[0].occurrences?.[0].outlet, 'Sky News');
  });

  describe('verdicts', () => {
    const draft =
      '---\ndate: 2025-03-08\n---\nJane Roe told Sky News on Thursday: "We will open the new bridge before the summer holidays."\n';
    const kinds = (records: object[]) => {
      const { merged } = corpusOf(['c.jsonl', records]);
      return new FactChecker(merged.corpus)
        .check(draft)
        .findings.map((finding) => `${finding.kind} ${draft.slice(finding.range.start, finding.range.end)}`);
    };

    it('without the occurrence, the other day and outlet are conflicts with the record', () => {
      assert.deepEqual(kinds(RECORDS), ['wrong-outlet Sky News', 'wrong-date Thursday']);
    });

    it('a day and outlet that match an occurrence are no conflict', () => {
      assert.deepEqual(kinds([...RECORDS, SKY]), ['supported We will open the new bridge before the summer holidays.']);
    });

    it('a day that matches no occasion is still a conflict, reported against the record', () => {
      const { merged } = corpusOf(['c.jsonl', [...RECORDS, SKY]]);
      const findings = new FactChecker(merged.corpus).check(draft.replace('Thursday', 'Tuesday')).findings;
      assert.deepEqual(
        findings.map((finding) => finding.kind),
        ['wrong-date'],
      );
      assert.match(
        findings[0].message,
        /^Wrong date: “Tuesday” where the record has “Monday” — Jane Roe, BBC, 3 Mar 2025\./,
      );
    });
  });
});
