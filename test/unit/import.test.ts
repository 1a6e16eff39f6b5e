import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  acceptConfident,
  acceptedCorpusLines,
  importArticle,
  parseProposals,
  proposalsToJsonl,
  readArticle,
} from '../../src/engine/import';
import type { ProposedStatement } from '../../src/engine/import/types';
import { parseCorpusFile } from '../../src/engine';
import { run } from '../../src/cli/main';
import { scoreSeeds } from '../import/seeds';
import { blindDir, dateConsistent, dateWindow, sameDate, scoreBlind, summary } from '../import/blind-score';

const empty = { statements: [], people: [], sources: [] };
const blind = join(import.meta.dirname, '../import/blind');

describe('importer', () => {
  it('recovers the seed corpus: exact text, speaker and date counts (of 49 quotations)', () => {
    const score = scoreSeeds(join(import.meta.dirname, 'fixtures/corpus/seeds'));
    assert.deepEqual(
      {
        quotes: score.quotes,
        found: score.found,
        speaker: score.speaker,
        date: score.date,
        dateConsistent: score.dateConsistent,
        extra: score.extra,
      },
      { quotes: 49, found: 48, speaker: 48, date: 46, dateConsistent: 45, extra: 0 },
    );
  });

  it('scores the blind set as recorded in the README', () => {
    const score = scoreBlind(blind);
    assert.deepEqual(
      {
        quotations: score.quotations,
        found: score.found,
        proposed: score.proposed,
        scare: score.scareTaken,
        speaker: score.speakerRight,
        date: score.dateRight,
        dateConsistent: score.dateConsistent,
        stated: score.dateStated.scored + score.dateNotStated.scored,
      },
      { quotations: 191, found: 187, proposed: 187, scare: 0, speaker: 175, date: 149, dateConsistent: 138, stated: 0 },
    );
  });

  it('scores a date strictly (the same date) and as consistent (the proposal’s window holds the truth’s)', () => {
    const truthDay = { date: '2025-12-18', datePrecision: 'day' };
    assert.equal(dateConsistent({ date: '2025-12-15', datePrecision: 'week' }, truthDay), true);
    assert.equal(dateConsistent({ date: '2025-12-08', datePrecision: 'week' }, truthDay), false);
    assert.equal(dateConsistent({ date: '2025-12', datePrecision: 'month' }, truthDay), true);
    assert.equal(dateConsistent({ date: '2025-12-18', datePrecision: 'day' }, truthDay), true);
    // A day inside a true week claims more than is known; a month does not hold a true year.
    assert.equal(
      dateConsistent({ date: '2025-12-15', datePrecision: 'day' }, { date: '2025-12-15', datePrecision: 'week' }),
      false,
    );
    assert.equal(
      dateConsistent({ date: '2025-12', datePrecision: 'month' }, { date: '2025', datePrecision: 'year' }),
      false,
    );
    assert.equal(dateConsistent({ date: '', datePrecision: 'day' }, truthDay), false);
    assert.deepEqual(dateWindow('2024-02', 'month'), ['2024-02-01', '2024-02-29']);
    assert.deepEqual(dateWindow('2025-12-29', 'week'), ['2025-12-29', '2026-01-04']);
    // Strict: the same string, or the same month at month precision however the annotator wrote it.
    assert.equal(
      sameDate({ date: '2024-02', datePrecision: 'month' }, { date: '2024-02-01', datePrecision: 'month' }),
      true,
    );
    assert.equal(
      sameDate({ date: '2024-02', datePrecision: 'month' }, { date: '2024-02-07', datePrecision: 'day' }),
      false,
    );
    assert.equal(
      sameDate({ date: '2024-02-05', datePrecision: 'week' }, { date: '2024-02-05', datePrecision: 'week' }),
      true,
    );
    assert.equal(
      sameDate({ date: '2024-03', datePrecision: 'month' }, { date: '2024-02-01', datePrecision: 'month' }),
      false,
    );
  });

  it('scores another blind folder (--dir) and splits dates by the annotations’ dateStated', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-blind-'));
    writeFileSync(
      join(dir, 'story.md'),
      [
        '---',
        'title: Council backs ferry',
        'date: 2026-03-05',
        'publisher: Harbour Gazette',
        '---',
        '',
        'Harbour councillors voted 30 to 12 on Wednesday night to back a new ferry across the bay, after a three-hour debate.',
        '',
        '“This ferry will change the town,” Mayor Jane Roe said on Tuesday.',
        '',
        '“We have waited long enough,” said Tom Vale, a councillor.',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'annotations.jsonl'),
      [
        {
          file: 'story.md',
          quote: 'This ferry will change the town,',
          speaker: 'Jane Roe',
          speakerKind: 'person',
          date: '2026-03-03',
          datePrecision: 'day',
          dateStated: true,
        },
        {
          file: 'story.md',
          quote: 'We have waited long enough,',
          speaker: 'Tom Vale',
          speakerKind: 'person',
          date: '2026-03-02',
          datePrecision: 'week',
          dateStated: false,
        },
      ]
        .map((line) => JSON.stringify(line))
        .join('\n'),
    );
    assert.equal(blindDir(['node', 'blind-score.ts', '--dir', dir]), dir);
    const score = scoreBlind(dir);
    assert.deepEqual(
      [score.found, score.speakerRight, score.dateStated, score.dateNotStated],
      [2, 2, { scored: 1, strict: 1, consistent: 1 }, { scored: 1, strict: 0, consistent: 0 }],
    );
    assert.match(
      summary(score),
      /dates the article states: strict 1\.000 \(1\/1\), consistent 1\.000 \(1\/1\)\n {2}dates it does not state: strict 0\.000 \(0\/1\)/,
    );
    assert.throws(() => blindDir(['node', 'blind-score.ts', '--dir']), /--dir needs a folder/);
  });

  it('reads a split quotation, an appositive, a pronoun and a role reference', () => {
    const text = [
      '---',
      'title: Council backs plan',
      'date: 2026-01-06',
      'publisher: Springfield Gazette',
      '---',
      '',
      '“We will not walk away,” Jane Roe, the mayor, said on Monday. “Our friends need us.”',
      '',
      'She added that the council would spend £3m on the twinning.',
      '',
      '“It is the right thing,” the mayor said.',
      '',
    ].join('\n');
    const result = importArticle('story.md', text, empty);
    assert.ok(!('message' in result));
    const statements = result.proposals.filter((p): p is ProposedStatement => p.type === 'statement');
    assert.deepEqual(
      statements.map((s) => [s.kind, s.text, s.speaker, s.date, s.datePrecision, s.negated, s.evidence.line]),
      [
        ['quote', 'We will not walk away', 'jane-roe', '2026-01-05', 'day', true, 7],
        ['quote', 'Our friends need us.', 'jane-roe', '2026-01-05', 'day', false, 7],
        [
          'claim',
          'She added that the council would spend £3m on the twinning',
          'jane-roe',
          '2026-01-05',
          'day',
          false,
          9,
        ],
        ['quote', 'It is the right thing', 'jane-roe', '2026-01-05', 'day', false, 11],
      ],
    );
    const person = result.proposals.find((p) => p.type === 'person');
    assert.deepEqual(person, {
      type: 'person',
      id: 'jane-roe',
      name: 'Jane Roe',
      kind: 'person',
      aliases: ['Jane Roe', 'Roe'],
      roles: [{ title: 'mayor' }],
      status: 'proposed',
    });
    assert.deepEqual(statements[2].numbers, [{ value: 3000000, unit: 'gbp', text: '£3m', tolerance: 500000 }]);
  });

  it('takes no scare quote, title or name in quotation marks for a statement', () => {
    const text =
      'The so-called “platinum standard” package was praised. Fans sang “Coldwell Till I Die” as Roe said the film “The Salt Years” would open.\n';
    const result = importArticle('a.txt', text, empty, { articleDate: '2026-01-06' });
    assert.ok(!('message' in result));
    assert.deepEqual(
      result.proposals.filter((p) => p.type === 'statement'),
      [],
    );
  });

  it('takes no slogan, tagline, report title, nickname or group label for a statement', () => {
    const text =
      'Marchers in Dunholt carried placards reading "Keep our harbour open for everyone" all day. ' +
      'The council website still shows its old tagline: "A town that works for all of us." ' +
      'Tenants fly banners with the motto « Nous restons ici pour toujours » at the gate. ' +
      "The leaflets carry the slogan 'Gwell hwyr na hwyrach eto!' ('Better late than later again!'). " +
      'In a report titled "Ferry Demand in the Outer Isles, Phase Two" the consultancy Brinmoor set out costs. ' +
      'Birdwatchers have long called the Dunholt marsh a "living larder" for the waders. ' +
      'The lawyers have described the ruling for years as "the Kellen doctrine." ' +
      'Locals know the cranes, which fishermen call "the iron herons", well. ' +
      'The harbour is what the trade calls "deep berth capacity" for bulk carriers.\n\n' +
      '"We will keep fighting for this harbour until the very end," said Tomas “Rusty” Brennagh, a retired pilot.\n\n' +
      'Mira Olafsen has long described the harbour as "the front door of the whole island," she said on Monday.\n';
    const result = importArticle('a.txt', text, empty, { articleDate: '2026-01-06' });
    assert.ok(!('message' in result));
    assert.deepEqual(
      result.proposals.filter((p) => p.type === 'statement').map((p) => (p as ProposedStatement).text),
      ['We will keep fighting for this harbour until the very end', 'the front door of the whole island'],
    );
  });

  it('takes no one-word quotation inside a noun phrase for a statement, even beside a speaker', () => {
    const text =
      'THE KESTLE HERALD\nMonday, March 2, 2026 | Local News\n\n' +
      "Ferry board says 'temporary' berthing charges were an accounting slip; skippers say refund them\n\n" +
      'By Ana Ruiz\n\nKESTLE - Berthing charges set last month were a mistake, the Kestle Ferry Board said Friday.\n';
    const result = importArticle('a.txt', text, empty, { articleDate: '2026-01-06' });
    assert.ok(!('message' in result));
    assert.deepEqual(
      result.proposals.filter((p) => p.type === 'statement').map((p) => (p as ProposedStatement).text),
      [],
    );
  });

  it('reads headline, byline, date and publisher from JSON-LD and Open Graph', () => {
    const article = readArticle('carrabee-floods.html', readFileSync(join(blind, 'carrabee-floods.html'), 'utf8'));
    assert.ok(!('message' in article));
    assert.equal(article.meta.published, '2025-01-22');
    assert.ok(
      article.meta.headline && article.meta.publisher && article.meta.byline?.length,
      JSON.stringify(article.meta),
    );
    assert.ok(!/cookie|Read more/i.test(article.text.slice(0, 200)));
  });

  it('refuses what is not an article, with a message', () => {
    assert.match(
      (readArticle('x.html', '<html><body><nav>Home</nav></body></html>') as { message: string }).message,
      /no article body/,
    );
    assert.match((readArticle('x.txt', 'abc\u0000def') as { message: string }).message, /not text/);
    assert.match((readArticle('x.txt', 'a'.repeat(5_000_001)) as { message: string }).message, /million characters/);
  });

  it('marks words already on record as an occurrence, and near words of the same speaker as differing', () => {
    const corpus = {
      people: [{ id: 'jane-roe', name: 'Jane Roe', kind: 'person' as const, aliases: ['Jane Roe', 'Roe'], roles: [] }],
      sources: [],
      statements: [
        {
          id: 'roe-1',
          kind: 'quote' as const,
          speaker: 'jane-roe',
          text: 'We will not walk away from Kyiv.',
          date: '2026-01-05',
          datePrecision: 'day' as const,
          dateBasis: '',
          outlet: '',
          source: 's',
          context: '',
          numbers: [],
          negated: true,
        },
        {
          id: 'roe-2',
          kind: 'quote' as const,
          speaker: 'jane-roe',
          text: 'Our friends in Kyiv need us now more than ever',
          date: '2026-01-05',
          datePrecision: 'day' as const,
          dateBasis: '',
          outlet: '',
          source: 's',
          context: '',
          numbers: [],
          negated: false,
        },
      ],
    };
    const result = importArticle(
      'b.txt',
      '“We will not walk away from Kyiv,” Roe said. “Our friends in Kyiv need us more than ever,” she said.\n',
      corpus,
      { articleDate: '2026-01-06' },
    );
    assert.ok(!('message' in result));
    const statements = result.proposals.filter((p): p is ProposedStatement => p.type === 'statement');
    assert.equal(statements[0].occurrenceOf, 'roe-1');
    assert.equal(statements[1].differsFrom?.id, 'roe-2');
  });

  it('accepts confident proposals, and the accepted lines load as a corpus', () => {
    const result = importArticle(
      'story.md',
      '---\ndate: 2026-01-06\npublisher: Gazette\n---\n\n“We will not walk away,” Jane Roe said.\n\n“Maybe,” someone whispered.\n',
      empty,
    );
    assert.ok(!('message' in result));
    const round = parseProposals(proposalsToJsonl(result.proposals));
    assert.equal(round.problems.length, 0);
    const accepted = acceptConfident(round.proposals);
    assert.equal(accepted.accepted, 1);
    const loaded = parseCorpusFile('accepted.jsonl', acceptedCorpusLines(accepted.proposals).join('\n'));
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(
      loaded.corpus.statements.map((s) => [s.speaker, s.text]),
      [['jane-roe', 'We will not walk away']],
    );
    assert.equal(loaded.corpus.people.length, 1);
    assert.equal(loaded.corpus.sources.length, 1);
  });
});

describe('factdesk import', () => {
  const io = (cwd: string) => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd }, out, err };
  };

  it('writes proposals and says how many it accepted and why the rest were held', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fd-import-'));
    const { io: sink, out } = io(dir);
    const code = run(
      [
        'import',
        '--date',
        '2025-08-17',
        '--accept-confident',
        '--out',
        'p.jsonl',
        join(import.meta.dirname, 'fixtures/corpus/seeds/004_67f4fecbd99eee43.txt'),
      ],
      sink,
    );
    assert.equal(code, 0);
    assert.match(
      out.join(''),
      /^\d+ statements proposed from 1 article; accepted \d+ with confidence ≥ 0\.9; held \d+: .*Wrote p\.jsonl\.\n$/,
    );
    assert.ok(parseProposals(readFileSync(join(dir, 'p.jsonl'), 'utf8')).proposals.length > 10);
  });

  it('writes nothing when an input is unreadable, binary, too large or has no article body', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fd-import-'));
    writeFileSync(join(dir, 'empty.html'), '<html><body><nav>Home</nav></body></html>');
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0, 1, 2, 3, 0, 255]));
    writeFileSync(join(dir, 'big.txt'), Buffer.alloc(21_000_000, 97));
    const { io: sink, err } = io(dir);
    const code = run(['import', '--out', 'p.jsonl', 'missing.md', 'empty.html', 'bin.txt', 'big.txt'], sink);
    assert.equal(code, 2);
    const text = err.join('');
    assert.match(text, /missing\.md: cannot read \(no such file\)/);
    assert.match(text, /empty\.html: no article body/);
    assert.match(text, /bin\.txt is not text/);
    assert.match(text, /big\.txt: 21 MB is too large/);
    assert.match(text, /nothing was written to p\.jsonl \(4 of 4 files could not be imported\)/);
    assert.equal(existsSync(join(dir, 'p.jsonl')), false);
  });
});
