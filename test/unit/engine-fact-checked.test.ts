// The `fact-checked` kind: a draft that repeats a rated claim (ClaimReview in the corpus), word for word
// or in other words, gets a finding naming verdict, fact-checker and date; a debunking sentence gets none.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  defaultFindingSeverity,
  FactChecker,
  mergeCorpora,
  parseCorpusFile,
  severityKeyOf,
  type Finding,
} from '../../src/engine';
import { reportsAsFalse } from '../../src/engine/judge/factCheck';
import { compareFigures, readFigures, sameFigure } from '../../src/engine/judge/factFigures';
import { tokenize } from '../../src/engine/text/tokens';
import { run } from '../../src/cli/main';
import { settingsFrom } from '../../src/server/settings';
import { severityFor } from '../../src/server/conversions';

const DIR = path.join(__dirname, 'fixtures', 'claimreview');
const FIXTURE = path.join(DIR, 'harbour-check.jsonld');
const parsed = parseCorpusFile('harbour-check.jsonld', fs.readFileSync(FIXTURE, 'utf8'));
const { corpus } = mergeCorpora([{ name: 'harbour-check.jsonld', corpus: parsed.corpus }]);
const checker = new FactChecker(corpus);
const check = (draft: string): Finding[] => checker.check(draft, { draftDate: '2025-04-01' }).findings;
const summary = (draft: string) =>
  check(draft).map((finding) => [finding.kind, finding.claim, finding.message, finding.statement?.id ?? null]);

const TUNNEL = 'factcheck-https-harbourcheck-example-checks-tunnel-cost';
const TUNNEL_MESSAGE = 'Rated False by Harbour Check on 3 March 2025: “The harbour tunnel cost £2 billion to build.”';

function cli(args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = run(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: DIR,
  });
  return { code, stdout, stderr };
}

describe('fact-checked: repeats of rated claims', () => {
  it('flags the claim repeated word for word, over the whole sentence, with the verdict, fact-checker and date', () => {
    const draft = 'Councillor Dana Roe said the harbour tunnel cost £2 billion to build.';
    assert.deepEqual(summary(draft), [['fact-checked', draft, TUNNEL_MESSAGE, TUNNEL]]);
    assert.deepEqual(check(draft)[0].range, { start: 0, end: draft.length });
    assert.equal(check(draft)[0].draftSpeaker, 'dana-roe');
  });

  it('flags the claim in other words, and inside a quotation', () => {
    assert.deepEqual(summary('Building the harbour tunnel cost the city £2bn, Roe said.'), [
      ['fact-checked', 'Building the harbour tunnel cost the city £2bn, Roe said.', TUNNEL_MESSAGE, TUNNEL],
    ]);
    assert.deepEqual(
      summary('Okafor said crime had risen twofold in Port Ellis after the harbour reopened.').map((row) =>
        row.slice(2),
      ),
      [
        [
          'Rated Misleading by Harbour Check on 10 March 2025: “Crime in Port Ellis has doubled since the harbour reopened.”',
          'factcheck-https-harbourcheck-example-checks-crime-doubled',
        ],
      ],
    );
    const quoted = 'Roe said: “The harbour tunnel cost £2 billion to build.”';
    assert.deepEqual(
      check(quoted).map((finding) => [finding.kind, finding.claim]),
      // The fact-check records Roe saying it: no `unverified-quote` beside the repeat.
      [['fact-checked', 'The harbour tunnel cost £2 billion to build.']],
    );
  });

  it('does not flag a sentence that reports the claim as false or unsupported, or states its negation', () => {
    for (const draft of [
      'Roe falsely claimed that the harbour tunnel cost £2 billion to build.',
      'There is no evidence that the harbour tunnel cost £2 billion to build.',
      'Fact-checkers rejected the claim that the harbour tunnel cost £2 billion to build.',
      'The claim that the harbour tunnel cost £2 billion to build is false.',
      'Contrary to what Roe said, the harbour tunnel cost £2 billion to build is a figure nobody could source.',
      'The harbour tunnel did not cost £2 billion to build.',
      'Okafor wrongly said crime in Port Ellis has doubled since the harbour reopened.',
    ]) {
      assert.deepEqual(summary(draft), [], draft);
    }
  });

  it('compares numbers as the other kinds do: another figure is another claim; unrelated sentences on the topic are silent', () => {
    assert.deepEqual(summary('The harbour tunnel cost £3 billion to build.'), []);
    assert.deepEqual(summary('The harbour tunnel opened in 2019 and carries 20,000 cars a day.'), []);
    assert.deepEqual(summary('The new harbour ferry carries 250 passengers.'), []);
    assert.deepEqual(
      summary('Roe said the harbour tunnel, at roughly £2bn, was worth building.').map((row) => row[0]),
      ['fact-checked'],
    );
  });

  it('takes its severity from the rating: false warning, mixed information, true hint; each configurable', () => {
    const [falseRated] = check('Councillor Dana Roe said the harbour tunnel cost £2 billion to build.');
    const [trueRated] = check('The new harbour ferry carries 400 passengers.');
    assert.deepEqual([severityKeyOf(falseRated), defaultFindingSeverity(falseRated)], ['fact-checked', 'warning']);
    assert.deepEqual([severityKeyOf(trueRated), defaultFindingSeverity(trueRated)], ['fact-checked-true', 'hint']);
    assert.equal(
      trueRated.message,
      'Rated True by Harbour Check on 12 March 2025: “The new harbour ferry carries 400 passengers.”',
    );
    const mixed = {
      ...falseRated,
      statement: {
        ...falseRated.statement!,
        factCheck: { ...falseRated.statement!.factCheck!, rating: 'mixed' as const },
      },
    };
    assert.deepEqual([severityKeyOf(mixed), defaultFindingSeverity(mixed)], ['fact-checked-mixed', 'information']);
    const settings = settingsFrom({ severity: { 'fact-checked': 'error', 'fact-checked-true': 'off' } });
    assert.deepEqual(
      [severityFor(falseRated, settings), severityFor(trueRated, settings), severityFor(mixed, settings)],
      ['error', undefined, 'information'],
    );
  });

  it('the debunking cues, one sentence each', () => {
    assert.deepEqual(
      [
        'Roe falsely claimed it.',
        'There is no evidence for it.',
        'Fact-checkers rejected the claim.',
        'The figure was wrong, the audit found.',
        'The myth that tolls fund schools persists.',
        'Roe repeated the baseless claim that tolls fund schools.',
        'Roe said tolls fund schools.',
        'The council claimed tolls fund schools.',
      ].map(reportsAsFalse),
      [true, true, true, true, true, true, false, false],
    );
  });
});

describe('fact-checked through the CLI', () => {
  it('check --corpus FILE.jsonld: text lines with the kind, and exit 0 (a repeat is not a conflict with the record)', () => {
    const { code, stdout, stderr } = cli([
      'check',
      '--no-bundled',
      '--corpus',
      'harbour-check.jsonld',
      '--date',
      '2025-04-01',
      'draft.md',
    ]);
    assert.equal(stderr, '');
    assert.equal(
      stdout,
      `draft.md:3:1 fact-checked ${TUNNEL_MESSAGE}\ndraft.md:7:1 fact-checked Rated True by Harbour Check on 12 March 2025: “The new harbour ferry carries 400 passengers.”\n\n1 file checked: 0 conflicts, 0 unverified quotes, 0 supported\n`,
    );
    assert.equal(code, 0);
  });

  it('SARIF has the fact-checked rule and a level per rating; JSON gives the severity', () => {
    const sarif = JSON.parse(
      cli(['check', '--format', 'sarif', '--no-bundled', '--corpus', 'harbour-check.jsonld', 'draft.md']).stdout,
    );
    const [runLog] = sarif.runs;
    const rule = runLog.tool.driver.rules.find((candidate: { id: string }) => candidate.id === 'fact-checked');
    assert.deepEqual(
      [rule.name, rule.shortDescription.text, rule.defaultConfiguration.level],
      ['FactChecked', 'The draft repeats a claim a fact-checker has rated.', 'warning'],
    );
    assert.deepEqual(
      runLog.results.map((result: { ruleId: string; level: string; ruleIndex: number }) => [
        result.ruleId,
        result.level,
        runLog.tool.driver.rules[result.ruleIndex].id,
      ]),
      [
        ['fact-checked', 'warning', 'fact-checked'],
        ['fact-checked', 'none', 'fact-checked'],
      ],
    );
    const json = JSON.parse(
      cli(['check', '--format', 'json', '--no-bundled', '--corpus', 'harbour-check.jsonld', 'draft.md']).stdout,
    );
    assert.deepEqual(
      json.files[0].findings.map((finding: { kind: string; severity: string }) => [finding.kind, finding.severity]),
      [
        ['fact-checked', 'warning'],
        ['fact-checked', 'hint'],
      ],
    );
  });

  it('lookup finds fact-checks; import takes a ClaimReview corpus', () => {
    const lookup = cli(['lookup', '--no-bundled', '--corpus', 'harbour-check.jsonld', 'ferry']);
    assert.equal(lookup.code, 0);
    assert.match(
      lookup.stdout,
      /^factcheck-https-harbourcheck-example-checks-ferry-passengers .*Port Ellis Ferries\n {2}The new harbour ferry carries 400 passengers\.\n/,
    );
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fd-')), 'proposals.jsonl');
    const imported = cli([
      'import',
      '--no-bundled',
      '--corpus',
      'harbour-check.jsonld',
      '--date',
      '2025-04-01',
      '--publisher',
      'Port Ellis Post',
      '--out',
      out,
      'draft.md',
    ]);
    assert.equal(imported.stderr.includes('harbour-check.jsonld'), false, imported.stderr);
    assert.equal(imported.code, 0, imported.stderr);
  });
});

describe('the eval runner on a ClaimReview corpus', () => {
  it('accepts --corpus FILE.jsonld and cases expecting fact-checked; a repeat on a case expecting nothing is a false alarm', () => {
    const cases = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fd-eval-')), 'cases.jsonl');
    const lines = [
      {
        id: 'fc-01',
        text: 'Councillor Dana Roe said the harbour tunnel cost £2 billion to build.',
        expect: ['fact-checked'],
        statementId: 'https://harbourcheck.example/checks/tunnel-cost',
      },
      {
        id: 'fc-02',
        text: 'The new harbour ferry carries 400 passengers.',
        expect: ['fact-checked'],
        statementId: 'https://harbourcheck.example/checks/tunnel-cost',
      },
      { id: 'none-01', text: 'Roe falsely claimed that the harbour tunnel cost £2 billion to build.', expect: [] },
      { id: 'none-02', text: 'Building the harbour tunnel cost the city £2bn, Roe said.', expect: [] },
    ];
    fs.writeFileSync(cases, lines.map((line) => JSON.stringify(line)).join('\n'));
    const output = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(__dirname, '..', 'eval', 'run.ts'),
        '--json',
        '--corpus',
        FIXTURE,
        '--cases',
        cases,
      ],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(output);
    const kind = report.perKind.find((score: { kind: string }) => score.kind === 'fact-checked');
    assert.deepEqual([kind.expected, kind.truePositives, kind.falsePositives], [2, 2, 1]);
    assert.deepEqual([report.falseAlarms.count, report.falseAlarms.of, report.falseAlarms.ids], [1, 2, ['none-02']]);
    // fc-02 cites the ferry's fact-check, not the tunnel's it names (by URL): a wrong-record citation.
    assert.deepEqual(report.wrongRecordCitations, ['fc-02']);
  });
});

describe('fact-checked: paraphrase, debunking scope, other claims (round 2)', () => {
  // Another beat than the eval set's: schools and buses in an invented county.
  const review = (slug: string, claim: string, author: string, verdict: string) => ({
    '@type': 'ClaimReview',
    url: `https://riverside-verify.example/${slug}`,
    claimReviewed: claim,
    datePublished: '2025-05-02',
    author: { '@type': 'Organization', name: 'Riverside Verify' },
    itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: author } },
    reviewRating: { '@type': 'Rating', alternateName: verdict },
  });
  const reviews = [
    review('swim', 'A third of pupils in Marlow County leave primary school unable to swim.', 'Ada Penrose', 'False'),
    review('fares', 'Bus fares in Eastmoor have doubled since 2019.', 'Tom Hale', 'Misleading'),
    review('parking', 'Residents of Eastmoor pay £1,000 a year in parking charges.', 'Tom Hale', 'False'),
  ];
  const file = parseCorpusFile(
    'riverside.jsonld',
    JSON.stringify({ '@context': 'https://schema.org', '@graph': reviews }),
  );
  const riverside = new FactChecker(mergeCorpora([{ name: 'riverside.jsonld', corpus: file.corpus }]).corpus);
  const kinds = (draft: string) =>
    riverside
      .check(draft, { draftDate: '2025-06-01' })
      .findings.map((finding) => [finding.kind, finding.statement?.text ?? null]);
  const SWIM = 'A third of pupils in Marlow County leave primary school unable to swim.';
  const FARES = 'Bus fares in Eastmoor have doubled since 2019.';
  const PARKING = 'Residents of Eastmoor pay £1,000 a year in parking charges.';

  it('meets a figure however it is written: a third, one in three, 33 per cent; doubled, rose 100 per cent; £1k', () => {
    for (const draft of [
      'One in three Marlow County pupils cannot swim when they leave primary school.',
      'In Marlow County, 33 per cent of pupils leave primary school unable to swim.',
    ])
      assert.deepEqual(kinds(draft), [['fact-checked', SWIM]], draft);
    assert.deepEqual(kinds('Since 2019 Eastmoor bus fares have risen by 100 per cent.'), [['fact-checked', FARES]]);
    // Passive voice, words in another order.
    assert.deepEqual(kinds('In Eastmoor, £1,000 a year is paid in parking charges by residents.'), [
      ['fact-checked', PARKING],
    ]);
    assert.deepEqual(kinds('Eastmoor residents pay £1k a year in parking charges, Hale said.'), [
      ['fact-checked', PARKING],
    ]);
  });

  it('gives no finding for another figure, year, subject or direction: a different claim', () => {
    for (const draft of [
      'A quarter of pupils in Marlow County leave primary school unable to swim.',
      'Bus fares in Eastmoor have doubled since 2016.',
      'Train fares in Eastmoor have doubled since 2019.',
      'Bus fares in Eastmoor have halved since 2019.',
      'Residents of Eastmoor pay £1,400 a year in parking charges.',
      'A third of pupils in Marlow County leave primary school unable to read.',
    ])
      assert.deepEqual(kinds(draft), [], draft);
  });

  it('reads debunking cues: mistaken, does not stand up, corrected, denied, disputed, rated false', () => {
    for (const draft of [
      'Hale was mistaken when he said bus fares in Eastmoor have doubled since 2019.',
      "Hale's line that bus fares in Eastmoor have doubled since 2019 does not stand up.",
      'Hale has since corrected his statement that bus fares in Eastmoor have doubled since 2019.',
      'The council denied that bus fares in Eastmoor have doubled since 2019.',
      'The claim that bus fares in Eastmoor have doubled since 2019 is disputed.',
      'Bus fares in Eastmoor have doubled since 2019, Hale said, a figure that Riverside Verify rated false.',
    ])
      assert.deepEqual(kinds(draft), [], draft);
  });

  it('keeps a cue to its own clause: an aside debunking another claim does not hide the repeat', () => {
    const draft =
      'Hale, whose claim about school dinner portions was rated false in March, said on Friday that bus fares in Eastmoor have doubled since 2019.';
    assert.deepEqual(kinds(draft), [['fact-checked', FARES]]);
    // An aside made of cue words is about the claim around it.
    assert.deepEqual(kinds('Bus fares in Eastmoor, fact-checkers found, have not doubled since 2019.'), []);
    assert.deepEqual(kinds("Hale's claim, since debunked, that bus fares in Eastmoor have doubled since 2019."), []);
  });

  it('does not call a quotation unverified when a fact-check records its speaker saying it', () => {
    assert.deepEqual(kinds('“Bus fares in Eastmoor have doubled since 2019,” Hale said.'), [['fact-checked', FARES]]);
    // Reported as false: no repeat, and still the words are on record as Hale's.
    assert.deepEqual(
      kinds('“Bus fares in Eastmoor have doubled since 2019,” Hale said — a figure Riverside Verify rated false.'),
      [],
    );
    // Given to someone else than the fact-check's claimant, the attribution is still unverified.
    assert.deepEqual(kinds('“Bus fares in Eastmoor have doubled since 2019,” Ada Penrose said.'), [
      ['unverified-quote', null],
      ['fact-checked', FARES],
    ]);
  });
});

describe('fact-checked: figures (factFigures)', () => {
  const read = (text: string) =>
    readFigures(text, tokenize(text)).map((figure) => [figure.kind, Number(figure.value.toFixed(3))]);

  it('reads shares, multiples, amounts and years in their usual spellings', () => {
    assert.deepEqual(read('a quarter'), [['share', 0.25]]);
    assert.deepEqual(read('three-quarters of them'), [['share', 0.75]]);
    assert.deepEqual(read('one in four'), [['share', 0.25]]);
    assert.deepEqual(read('two-thirds'), [['share', 0.667]]);
    assert.deepEqual(read('prices tripled'), [['share', 2]]);
    assert.deepEqual(read('it cost £1k in 2023'), [
      ['amount', 1000],
      ['year', 2023],
    ]);
    assert.deepEqual(read('199.2p a litre'), [['amount', 199.2]]);
    // Not shares: "half a million" is an amount; "a decade and a half" a duration.
    assert.deepEqual(read('half a million'), [['amount', 500000]]);
    assert.deepEqual(read('a decade and a half'), [['amount', 1.5]]);
    assert.deepEqual(read('two and a half years'), [['amount', 2.5]]);
    assert.equal(
      sameFigure(
        readFigures('a decade and a half', tokenize('a decade and a half'))[0],
        readFigures('15 years', tokenize('15 years'))[0],
      ),
      true,
    );
    // Durations in one measure: "two weeks" is "14 days".
    const [weeks, days] = [
      readFigures('two weeks', tokenize('two weeks'))[0],
      readFigures('14 days', tokenize('14 days'))[0],
    ];
    assert.equal(sameFigure(weeks, days), true);
  });

  it('compares them: a third is 33 per cent, not 29; a different year conflicts', () => {
    const figures = (text: string) => readFigures(text, tokenize(text));
    assert.deepEqual(compareFigures(figures('a third'), figures('33 per cent')), { shared: 1, conflict: false });
    assert.deepEqual(compareFigures(figures('more than half'), figures('29 per cent')), { shared: 0, conflict: true });
    assert.deepEqual(compareFigures(figures('£18 billion in 2022'), figures('£18bn in 2021')), {
      shared: 1,
      conflict: true,
    });
    // The draft's own extra figure of another kind is no conflict ("in its first 12 months").
    assert.deepEqual(compareFigures(figures('£18 billion'), figures('£18bn in 12 months')), {
      shared: 1,
      conflict: false,
    });
    assert.equal(sameFigure(figures('£1k')[0], figures('£1,000')[0]), true);
  });
});

describe('fact-checked: debunking frames, clause scope, paraphrase and near misses by kind (round 3)', () => {
  // Housing, schools and transport in an invented borough: topics neither eval set covers.
  const review = (
    slug: string,
    claim: string,
    author: Record<string, string>,
    verdict: string,
    claimDate?: string,
  ) => ({
    '@type': 'ClaimReview',
    url: `https://bay-verify.example/${slug}`,
    claimReviewed: claim,
    datePublished: '2025-05-02',
    author: { '@type': 'Organization', name: 'Bay Verify' },
    itemReviewed: { '@type': 'Claim', author, ...(claimDate ? { datePublished: claimDate } : {}) },
    reviewRating: { '@type': 'Rating', alternateName: verdict },
  });
  const REEVE = { '@type': 'Person', name: 'Nadia Reeve', jobTitle: 'Housing Minister' };
  const TULLY = { '@type': 'Person', name: 'Owen Tully', jobTitle: 'Transport Secretary' };
  const PARENTS = { '@type': 'Organization', name: 'Parents First' };
  const NORTHLINE = { '@type': 'Organization', name: 'Northline Transport' };
  const RENTS = 'Rents in Calder Bay have risen by 40 per cent since 2020.';
  const PHYSICS = 'A quarter of secondary schools in Wexley have no qualified physics teacher.';
  const TRAM = 'The Northline tram extension will cost £900 million.';
  const EVICTIONS = 'Evictions in Calder Bay doubled in 2024.';
  const BUSES = 'Wexley spends £12 million a year on school buses.';
  const ADMISSIONS = 'Wexley admitted 2,400 pupils to its grammar schools in 2024.';
  const PASSENGERS = 'Northline Transport carried 30 million passengers in 2024.';
  const COUNCIL_TAX = 'Council tax in Wexley has been frozen for 15 years.';
  const HOUSE = 'A new council house in Calder Bay costs £250,000 to build.';
  const file = parseCorpusFile(
    'bay-verify.jsonld',
    JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        review('rents', RENTS, REEVE, 'False', '2025-04-20'),
        review('physics', PHYSICS, PARENTS, 'Misleading'),
        review('tram', TRAM, TULLY, 'False', '2025-04-11'),
        review('evictions', EVICTIONS, REEVE, 'Mostly false', '2025-04-20'),
        review('buses', BUSES, PARENTS, 'Unsupported', '2025-04-02'),
        review('admissions', ADMISSIONS, PARENTS, 'False', '2025-04-02'),
        review('passengers', PASSENGERS, NORTHLINE, 'True', '2025-03-30'),
        review('council-tax', COUNCIL_TAX, TULLY, 'Mostly true', '2025-03-30'),
        review('house', HOUSE, REEVE, 'Misleading', '2025-03-30'),
      ],
    }),
  );
  const bay = new FactChecker(mergeCorpora([{ name: 'bay-verify.jsonld', corpus: file.corpus }]).corpus);
  const found = (draft: string) =>
    bay
      .check(draft, { draftDate: '2025-06-01' })
      .findings.map((finding) => [finding.kind, finding.statement?.text ?? null]);

  it('gives no finding for a debunking in any of its frames', () => {
    for (const draft of [
      "Reeve's claim that rents in Calder Bay have risen by 40 per cent since 2020 has been repeatedly shown to be wrong.",
      'Rents in Calder Bay have risen by 40 per cent since 2020, Reeve said; the figure is wrong.',
      "Reeve's assertion, rated false by Bay Verify, that rents in Calder Bay have risen by 40 per cent since 2020 keeps circulating.",
      'Despite claims that rents in Calder Bay have risen by 40 per cent since 2020, the council says the market has cooled.',
      'The oft-repeated but inaccurate claim that a quarter of secondary schools in Wexley have no qualified physics teacher appeared again.',
      'Is it true that a quarter of secondary schools in Wexley have no qualified physics teacher?',
      'The claim that the Northline tram extension will cost £900 million has been widely debunked.',
      'Tully said, without evidence, that the Northline tram extension will cost £900 million.',
      "Parents First's baseless claim that a quarter of secondary schools in Wexley have no qualified physics teacher is back.",
      'Tully misleadingly said the Northline tram extension will cost £900 million.',
      "Nothing in the council's budget papers supports Tully's claim that the Northline tram extension will cost £900 million.",
      "Reeve's claim that evictions in Calder Bay doubled in 2024 was only half true, Bay Verify found.",
      "Tully's figure — that the Northline tram extension will cost £900 million — is three years out of date, Bay Verify found.",
      "Parents First's claim that Wexley spends £12 million a year on school buses overstates the cost, auditors said.",
      'Reeve offered no evidence for her claim that evictions in Calder Bay doubled in 2024.',
      'Evictions in Calder Bay doubled in 2024, Reeve claimed, but court figures do not bear that out.',
      'Evictions in Calder Bay doubled in 2024, Reeve claimed, but court records tell a different story.',
      "Bay Verify gave Tully's claim that the Northline tram extension will cost £900 million its lowest rating.",
    ])
      assert.deepEqual(found(draft), [], draft);
    // A debunking inside a quotation: no repeat. Given to someone else than the claimant, the quotation is still unchecked.
    assert.deepEqual(
      found('“It is a lie that the Northline tram extension will cost £900 million,” Nadia Reeve said.'),
      [['unverified-quote', null]],
    );
  });

  it('reads a short answer in the next sentence: "That is false.", "It is not."; a new topic there does not count', () => {
    for (const draft of [
      'Reeve claimed evictions in Calder Bay doubled in 2024. That is false.',
      'Reeve claimed evictions in Calder Bay doubled in 2024. It is not.',
      'Did evictions in Calder Bay double in 2024? No.',
      '“Evictions in Calder Bay doubled in 2024,” Reeve said. The council disputes that.',
      'Reeve said evictions in Calder Bay doubled in 2024. Court records show otherwise.',
      // A correction points back by itself; a fresh count in words after "in fact".
      'Reeve said evictions in Calder Bay doubled in 2024. Court filings tell a different story.',
      'Reeve said evictions in Calder Bay doubled in 2024. In fact, there were eleven.',
      'Reeve said evictions in Calder Bay doubled in 2024. In fact, there were 40 fewer.',
    ])
      assert.deepEqual(found(draft), [], draft);
    // "In fact" with no figure of its own corrects nothing.
    assert.deepEqual(found('Reeve said evictions in Calder Bay doubled in 2024. In fact, there were protests.'), [
      ['fact-checked', EVICTIONS],
    ]);
    assert.deepEqual(
      found(
        'Evictions in Calder Bay doubled in 2024, Reeve said. Separately, fact-checkers found her claim about bus routes false.',
      ),
      [['fact-checked', EVICTIONS]],
    );
    assert.deepEqual(
      found('Reeve said evictions in Calder Bay doubled in 2024. The mayor rejected calls for a rent freeze.'),
      [['fact-checked', EVICTIONS]],
    );
  });

  it('keeps a cue to its clause: a clause debunking another claim does not hide the repeat', () => {
    assert.deepEqual(
      found(
        'Evictions in Calder Bay doubled in 2024, said Reeve, who falsely claimed last month that the mayor had cut bus routes.',
      ),
      [['fact-checked', EVICTIONS]],
    );
    // A refuting verb whose object is another topic: the claimant dismissing someone else's objections.
    assert.deepEqual(
      found(
        '“The Northline tram extension will cost £900 million,” Tully wrote in a newsletter, dismissing the council’s objections as scaremongering.',
      ),
      [['fact-checked', TRAM]],
    );
    // Words of falsity that assert: "contrary to popular belief", a wh-question.
    assert.deepEqual(
      found('Contrary to popular belief, a quarter of secondary schools in Wexley have no qualified physics teacher.'),
      [['fact-checked', PHYSICS]],
    );
    assert.deepEqual(found('Why have rents in Calder Bay risen by 40 per cent since 2020?'), [['fact-checked', RENTS]]);
  });

  it('finds a paraphrase: attribution is not the topic, what a figure counts is, verbs’ nouns, synonyms, light nouns', () => {
    // A long attribution after the claim.
    assert.deepEqual(
      found(
        'Evictions in Calder Bay doubled in 2024, a spokeswoman for the housing ministry, Nadia Reeve, told reporters at a briefing in Leith.',
      ),
      [['fact-checked', EVICTIONS]],
    );
    // An attribution in the middle; the claim's words after it stay the claim's.
    assert.deepEqual(
      found('A quarter of secondary schools, Parents First told parents, have no qualified physics teacher in Wexley.'),
      [['fact-checked', PHYSICS]],
    );
    // "the number of tenants evicted" for "evictions": a verb's noun and a light noun.
    assert.deepEqual(found('The number of tenants evicted in Calder Bay rose twofold in 2024, Reeve said.'), [
      ['fact-checked', EVICTIONS],
    ]);
    // "on 2020 levels" for "since 2020"; "rent" for "rents"; a number in words.
    assert.deepEqual(found('Reeve says rents in Calder Bay are up forty per cent on 2020 levels.'), [
      ['fact-checked', RENTS],
    ]);
    // Another verb is a paraphrase, not another claim.
    assert.deepEqual(found('In 2024, Wexley took 2,400 pupils into its grammar schools.'), [
      ['fact-checked', ADMISSIONS],
    ]);
    // The attribution's date (a day, a year) is when it was said, not another period of the claim.
    assert.deepEqual(
      found('Evictions in Calder Bay doubled in 2024, Reeve told a housing conference on 3 March 2025.'),
      [['fact-checked', EVICTIONS]],
    );
    // An undated claim in the year it was made (or the one before): the same claim.
    assert.deepEqual(found('Wexley was spending £12 million a year on school buses in 2024.'), [
      ['fact-checked', BUSES],
    ]);
    // The same measure in other words: "to construct" for "to build".
    assert.deepEqual(found('A new council house in Calder Bay costs £250,000 to construct.'), [
      ['fact-checked', HOUSE],
    ]);
    // A duration however written: "a decade and a half" is 15 years.
    assert.deepEqual(found('Council tax in Wexley has stayed the same for a decade and a half, Tully said.'), [
      ['fact-checked', COUNCIL_TAX],
    ]);
    // A possessive is its noun: "Calder Bay's rents".
    assert.deepEqual(found("Calder Bay's rents have risen by 40 per cent since 2020."), [['fact-checked', RENTS]]);
    // A rhetorical question asserts.
    assert.deepEqual(found('Did you know that rents in Calder Bay have risen by 40 per cent since 2020?'), [
      ['fact-checked', RENTS],
    ]);
  });

  it('gives no finding for a near miss: another noun in a slot, another period, another amount', () => {
    for (const draft of [
      // Another subject at the start, or at the end, of the claim.
      'Repossessions in Calder Bay doubled in 2024.',
      'Tenant complaints in Calder Bay doubled in 2024.',
      'A quarter of secondary schools in Wexley have no qualified music teachers.',
      'A quarter of secondary schools in Calder Bay have no qualified physics teacher.',
      'Wexley spends £12 million a year on school meals.',
      // Another period: a span for a year, an undated claim pinned to another year.
      'Evictions in Calder Bay doubled between 2019 and 2024.',
      'Wexley spent £12 million on school buses in 2016.',
      // A rate's total over a period; another measure after the figure ("to buy" for "to build").
      'Wexley spends £12 million on school buses over three years.',
      'A new council house in Calder Bay costs £250,000 to buy.',
      // A round claim is not any amount within its rounding.
      'The Northline tram extension will cost £650 million.',
    ])
      assert.deepEqual(found(draft), [], draft);
  });

  it('names a claimant by the job title the fact-check gives; an organisation is never a person by its last word', () => {
    const draft = '“The Northline tram extension will cost £900 million,” the Transport Secretary told MPs.';
    const findings = bay.check(draft, { draftDate: '2025-06-01' }).findings;
    // Attested by the fact-check (its claimant said it): no unverified-quote, and the speaker is Tully, not Northline Transport.
    assert.deepEqual(
      findings.map((finding) => [finding.kind, finding.draftSpeaker]),
      [['fact-checked', 'owen-tully']],
    );
  });
});

describe('fact-checked: figures restated in another style (round fc14)', () => {
  const figures = (text: string) => readFigures(text, tokenize(text));
  const read = (text: string) =>
    figures(text).map((figure) => [figure.kind, Number(figure.value.toFixed(3)), figure.unit ?? null]);

  it('reads naira written with a plain N: grouped thousands or a scale, never a name such as N95', () => {
    assert.deepEqual(read('a sack of yams costs N42,500'), [['amount', 42500, 'ngn']]);
    assert.deepEqual(read('the state borrowed N3.4tn'), [['amount', 3.4e12, 'ngn']]);
    assert.deepEqual(read('N800 million for roads'), [['amount', 8e8, 'ngn']]);
    assert.deepEqual(read('wear N95 masks'), []);
    assert.equal(sameFigure(figures('N42,500')[0], figures('₦42,500')[0]), true);
    assert.equal(sameFigure(figures('N3.4tn')[0], figures('₦3.4 trillion')[0]), true);
    assert.equal(sameFigure(figures('N42,500')[0], figures('$42,500')[0]), false);
  });

  it('compares power and energy across metric prefixes: 3 GW is 3,000 megawatts, not 3,000 MWh or 300 MW', () => {
    assert.equal(sameFigure(figures('3 GW')[0], figures('3,000 megawatts')[0]), true);
    assert.equal(sameFigure(figures('0.5 gigawatts')[0], figures('500 MW')[0]), true);
    assert.equal(sameFigure(figures('12 TWh')[0], figures('12,000 GWh')[0]), true);
    assert.equal(sameFigure(figures('3 GW')[0], figures('300 MW')[0]), false);
    assert.equal(sameFigure(figures('3 GW')[0], figures('3,000 MWh')[0]), false);
  });

  it('reads a multiple of the same thing earlier as a rise: "four times what it did in 2012" is "quadrupled since 2012"', () => {
    assert.deepEqual(read('A bus pass costs four times what it did in 2012.'), [
      ['share', 3, null],
      ['year', 2012, null],
    ]);
    assert.deepEqual(read('Tenants pay twice as much for a flat as they did in 2015.'), [
      ['share', 1, null],
      ['year', 2015, null],
    ]);
    // Two groups compared is a ratio, not a rise.
    assert.deepEqual(read('Tenants pay twice as much as owners did in 2015.'), [
      ['ratio', 2, null],
      ['year', 2015, null],
    ]);
    assert.deepEqual(
      compareFigures(figures('Bus passes have quadrupled since 2012.'), figures('four times what it did in 2012')),
      {
        shared: 2,
        conflict: false,
      },
    );
  });
});

describe('fact-checked: a measure, a unit or a hedge in other words (round fc14)', () => {
  // An invented province and its fact-checker: topics no eval set covers.
  const review = (slug: string, claim: string) => ({
    '@type': 'ClaimReview',
    url: `https://marsh-facts.example/${slug}`,
    claimReviewed: claim,
    datePublished: '2025-05-02',
    author: { '@type': 'Organization', name: 'Marsh Facts' },
    itemReviewed: { '@type': 'Claim', author: { '@type': 'Organization', name: 'Lowland Alliance' } },
    reviewRating: { '@type': 'Rating', alternateName: 'False' },
  });
  const BURGLARY = 'Burglaries in Fenmoor rose by 25 per cent in 2024.';
  const HOMES = 'Fenmoor completed only 12,000 new homes in 2024.';
  const FLOUR = 'The province is selling flour at £2 a kilo in all its depots and stores.';
  const POWER = 'Fenmoor generates only 3,000 megawatts of electricity.';
  const OUTAGES = 'Fenmoor suffers power cuts of six hours a day.';
  const file = parseCorpusFile(
    'marsh-facts.jsonld',
    JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        review('burglary', BURGLARY),
        review('homes', HOMES),
        review('flour', FLOUR),
        review('power', POWER),
        review('outages', OUTAGES),
      ],
    }),
  );
  const marsh = new FactChecker(mergeCorpora([{ name: 'marsh-facts.jsonld', corpus: file.corpus }]).corpus);
  const found = (draft: string) =>
    marsh
      .check(draft, { draftDate: '2025-06-01' })
      .findings.map((finding) => [finding.kind, finding.statement?.text ?? null]);

  it('finds the claim restated: break-ins, dwellings, kilograms and outlets, 3 GW, endures, a mere', () => {
    assert.deepEqual(found('Break-ins in Fenmoor climbed 25% in 2024.'), [['fact-checked', BURGLARY]]);
    assert.deepEqual(found('In 2024 Fenmoor finished a mere 12 thousand new dwellings.'), [['fact-checked', HOMES]]);
    assert.deepEqual(found('The province is selling flour at £2 a kilogram in all its depots and outlets.'), [
      ['fact-checked', FLOUR],
    ]);
    assert.deepEqual(found('Fenmoor produces a mere 3 GW of power.'), [['fact-checked', POWER]]);
    assert.deepEqual(found('Every day, Fenmoor endures power cuts lasting 6 hours.'), [['fact-checked', OUTAGES]]);
    // The same place as its people's adjective or a possessive: still the claim's place.
    assert.deepEqual(found('In Fenmoor, burglaries rose by 25 per cent in 2024.'), [['fact-checked', BURGLARY]]);
  });

  it('gives no finding for a near miss in the same words: another offence, amount or unit; some or three of what the claim says all of', () => {
    for (const draft of [
      'Car thefts in Fenmoor climbed 25% in 2024.',
      'In 2024 Fenmoor finished a mere 9 thousand new dwellings.',
      'The province is selling flour at £2 a kilogram in three of its outlets.',
      'The province is selling flour at £2 a kilo in some of its stores.',
      'Fenmoor produces a mere 3 MW of power.',
      'Fenmoor produces 3,000 MWh of electricity.',
      // Another place "in" front of the claim's words, wherever it stands.
      'In Brackwater, burglaries rose by 25 per cent in 2024.',
    ])
      assert.deepEqual(found(draft), [], draft);
  });
});
