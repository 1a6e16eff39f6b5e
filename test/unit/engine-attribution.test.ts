/**
 * Who spoke, and whether the words or figures differ, in constructions the seed corpus never had
 * (issue 8): the person asked, a possessive's post, an organisation speaking for its officer, a
 * description the corpus writes in lower case, a negation word that ends its clause, figures
 * hedged alike, a pair of bare figures whose noun stands far off, a venue named loosely. Each
 * asserts the exact kind, the exact draft words the finding covers and the record it rests on.
 */
import * as assert from 'assert';
import { FactChecker, mergeCorpora, parseCorpusFile } from '../../src/engine';

const CORPUS = [
  {
    type: 'source',
    id: 'ledger-2026-03-04',
    publisher: 'Valley Ledger',
    headline: 'Rail operator warns of strike timetable',
    published: '2026-03-04',
  },
  {
    type: 'person',
    id: 'ana-lindqvist',
    name: 'Ana Lindqvist',
    aliases: ['Lindqvist'],
    roles: [{ title: 'Managing Director of Nordbahn Rail' }],
  },
  {
    type: 'person',
    id: 'pieter-de-vos',
    name: 'Pieter de Vos',
    aliases: ['de Vos', 'De Vos'],
    roles: [{ title: 'Chair of the Transport Committee' }],
  },
  {
    type: 'person',
    id: 'ingrid-moe',
    name: 'Ingrid Moe',
    aliases: ['Moe', 'the harbour master'],
    roles: [{ title: 'Harbour Master' }],
  },
  { type: 'person', id: 'eli-haug', name: 'Eli Haug', aliases: ['Haug'], roles: [{ title: 'transport spokesperson' }] },
  {
    type: 'statement',
    id: 'devos-question',
    kind: 'quote',
    speaker: 'pieter-de-vos',
    text: 'Is the line being run down on purpose or by accident?',
    date: '2026-03-03',
    outlet: 'Transport Committee',
    source: 'ledger-2026-03-04',
  },
  {
    type: 'statement',
    id: 'lindqvist-timetable',
    kind: 'quote',
    speaker: 'ana-lindqvist',
    text: 'We expect to run around 40 per cent of the normal timetable on strike days',
    date: '2026-03-03',
    outlet: 'press release',
    source: 'ledger-2026-03-04',
  },
  {
    type: 'statement',
    id: 'haug-post',
    kind: 'quote',
    speaker: 'eli-haug',
    text: 'Proud of the crews tonight. Better late than lost.',
    date: '2026-03-03',
    outlet: 'post on X',
    source: 'ledger-2026-03-04',
  },
  {
    type: 'statement',
    id: 'moe-ferries',
    kind: 'quote',
    speaker: 'ingrid-moe',
    text: 'The ferries will keep running through the whole of the strike',
    date: '2026-03-03',
    outlet: 'harbour briefing',
    source: 'ledger-2026-03-04',
  },
  {
    type: 'statement',
    id: 'ledger-trains',
    kind: 'claim',
    speaker: null,
    text: 'Night trains would rise from 14 to 22 a week under the plan',
    date: '2026-03-04',
    source: 'ledger-2026-03-04',
  },
  {
    type: 'statement',
    id: 'lindqvist-statement',
    kind: 'quote',
    speaker: 'ana-lindqvist',
    text: 'We have never cut a safety inspection to save money',
    date: '2026-03-03',
    outlet: 'statement through the company lawyers',
    source: 'ledger-2026-03-04',
  },
  {
    type: 'statement',
    id: 'ledger-vote',
    kind: 'claim',
    speaker: null,
    text: 'The city council approved the 2027 budget by 35 votes to 32 shortly before midnight',
    date: '2026-03-03',
    source: 'ledger-2026-03-04',
  },
  {
    type: 'statement',
    id: 'devos-fund',
    kind: 'quote',
    speaker: 'pieter-de-vos',
    text: 'Between 2019 and 2024, the fund took in £212 million from 4,300 savers, and almost none of it went where they were told',
    date: '2026-03-03',
    outlet: 'Transport Committee',
    source: 'ledger-2026-03-04',
  },
  {
    type: 'statement',
    id: 'haug-poll',
    kind: 'claim',
    speaker: 'eli-haug',
    text: 'Haug said support for rail among 18- to 34-year-olds had risen 7 percentage points in a month',
    date: '2026-03-03',
    source: 'ledger-2026-03-04',
    numbers: [{ value: 7, unit: 'percentage points', text: '7 percentage points' }],
  },
  {
    type: 'statement',
    id: 'moe-waiting',
    kind: 'quote',
    speaker: 'ingrid-moe',
    text: 'Tell that to the 118,000 passengers still waiting for a refund',
    date: '2026-03-02',
    outlet: 'post on X',
    source: 'ledger-2026-03-04',
  },
  {
    type: 'person',
    id: 'ana-brito',
    name: 'Ana Brito',
    aliases: ['Brito'],
    roles: [{ title: 'Portugal’s Minister of Infrastructure' }, { title: 'infrastructure minister' }],
  },
  {
    type: 'person',
    id: 'luis-moreno',
    name: 'Luis Moreno',
    aliases: ['Moreno'],
    roles: [{ title: 'Spanish infrastructure minister' }],
  },
  { type: 'person', id: 'rui-sa', name: 'Rui Sá', aliases: ['Sá'], roles: [{ title: 'pilots’ union president' }] },
  {
    type: 'statement',
    id: 'brito-bridges',
    kind: 'quote',
    speaker: 'ana-brito',
    text: 'We will rebuild every one of the fourteen rail bridges by the end of the decade',
    date: '2026-03-03',
    outlet: 'Rádio Castelo’s Manhã Viva',
    source: 'ledger-2026-03-04',
  },
  {
    type: 'statement',
    id: 'moreno-tolls',
    kind: 'quote',
    speaker: 'luis-moreno',
    text: 'The motorway tolls will stay frozen for another year',
    date: '2026-03-03',
    outlet: 'press conference in Madrid',
    source: 'ledger-2026-03-04',
  },
  {
    type: 'statement',
    id: 'sa-crews',
    kind: 'quote',
    speaker: 'rui-sa',
    text: 'Our members warned the airline three times about exhausted crews',
    date: '2026-03-03',
    outlet: 'post on X',
    source: 'ledger-2026-03-04',
  },
  {
    type: 'statement',
    id: 'moreno-no-shortage',
    kind: 'quote',
    speaker: 'luis-moreno',
    text: 'There is no shortage of diesel at the depots, and there will be none',
    date: '2026-03-02',
    outlet: 'post on X',
    source: 'ledger-2026-03-04',
  },
]
  .map((record) => JSON.stringify(record))
  .join('\n');

const parsed = parseCorpusFile('valley.jsonl', CORPUS);
const checker = new FactChecker(mergeCorpora([{ name: 'valley', corpus: parsed.corpus }]).corpus);

function check(draft: string) {
  return checker.check(draft, { draftDate: '2026-03-04' }).findings.map((finding) => ({
    kind: finding.kind,
    text: draft.slice(finding.range.start, finding.range.end),
    statement: finding.statement?.id ?? null,
  }));
}

describe('engine: attribution and differences in unseen constructions (issue 8)', () => {
  it('loads the corpus without problems', () => {
    assert.deepStrictEqual(parsed.problems, []);
  });

  it('"A, who chairs …, asked Dr B: “…”": the asker speaks, not the person asked', () => {
    const draft =
      'Pieter de Vos, who chairs the committee, asked Dr Lindqvist: “Is the line being run down on purpose or by accident?”';
    assert.deepStrictEqual(check(draft), [
      { kind: 'supported', text: 'Is the line being run down on purpose or by accident?', statement: 'devos-question' },
    ]);
  });

  it('"A asked B: “…”" with the wrong asker is still a wrong speaker, named at the asker', () => {
    const draft = 'Haug asked Lindqvist: “Is the line being run down on purpose or by accident?”';
    assert.deepStrictEqual(check(draft), [{ kind: 'misattribution', text: 'Haug', statement: 'devos-question' }]);
  });

  it('"B, telling him: “…”": the subject of the sentence speaks, not the person told', () => {
    const draft =
      'De Vos rounded on Lindqvist on Tuesday, telling her: “Is the line being run down on purpose or by accident?”';
    assert.deepStrictEqual(check(draft), [
      { kind: 'supported', text: 'Is the line being run down on purpose or by accident?', statement: 'devos-question' },
    ]);
  });

  it('"Haug’s post on X read: “…”": the possessor of the post speaks; a changed last word is a misquote, not a negation', () => {
    const draft = 'Haug’s post on X read: “Proud of the crews tonight. Better late than never.”';
    assert.deepStrictEqual(check(draft), [{ kind: 'misquote', text: 'never', statement: 'haug-post' }]);
    const fix = checker.check(draft, { draftDate: '2026-03-04' }).findings[0].fix;
    assert.strictEqual(fix?.text, 'Proud of the crews tonight. Better late than lost.');
  });

  it('the organisation an official speaks for is not a wrong speaker, and its figure is checked', () => {
    assert.deepStrictEqual(
      check('Nordbahn said it expected to run around 45 per cent of its normal timetable on strike days.'),
      [{ kind: 'wrong-number', text: '45', statement: 'lindqvist-timetable' }],
    );
    assert.deepStrictEqual(
      check('Nordbahn said it expected to run around 40 per cent of its normal timetable on strike days.'),
      [
        {
          kind: 'supported',
          text: 'Nordbahn said it expected to run around 40 per cent of its normal timetable on strike days.',
          statement: 'lindqvist-timetable',
        },
      ],
    );
  });

  it('a description the corpus writes in lower case names its person uncapitalised in the draft', () => {
    assert.deepStrictEqual(
      check('“The ferries will keep running through the whole of the strike,” the harbour master said.'),
      [
        {
          kind: 'supported',
          text: 'The ferries will keep running through the whole of the strike,',
          statement: 'moe-ferries',
        },
      ],
    );
    assert.deepStrictEqual(
      check('“We expect to run around 40 per cent of the normal timetable on strike days,” the harbour master said.'),
      [{ kind: 'misattribution', text: 'the harbour master', statement: 'lindqvist-timetable' }],
    );
  });

  it("two bare figures against the record's counted pair: a right first figure never hides a wrong second", () => {
    assert.deepStrictEqual(check('Under the plan, night trains on the coast line would rise from 14 to 28 a week.'), [
      { kind: 'wrong-number', text: '28', statement: 'ledger-trains' },
    ]);
    assert.deepStrictEqual(check('Under the plan, night trains on the coast line would rise from 14 to 22 a week.'), [
      {
        kind: 'supported',
        text: 'Under the plan, night trains on the coast line would rise from 14 to 22 a week.',
        statement: 'ledger-trains',
      },
    ]);
  });

  it('"in a statement" names the record\'s "statement through the company lawyers" loosely, not another outlet', () => {
    assert.deepStrictEqual(
      check('“We have never cut a safety inspection to save money,” Lindqvist said in a statement.'),
      [
        {
          kind: 'supported',
          text: 'We have never cut a safety inspection to save money,',
          statement: 'lindqvist-statement',
        },
      ],
    );
  });

  it("a score or a dateline's day is not a figure to compare", () => {
    assert.deepStrictEqual(
      check(
        'OSLO, March 4 (NTB) - After the 1-0 result, night trains would rise from 14 to 22 a week under the plan, the Ledger reported.',
      ).map((f) => f.kind),
      ['supported'],
    );
  });

  it("a record that is nobody's is sourced by a sentence restating it, and its day is checked", () => {
    assert.deepStrictEqual(
      check(
        'OSLO, March 4 (NTB) - The city council approved the 2027 budget by 35 votes to 32 shortly before midnight on Tuesday.',
      ),
      [
        {
          kind: 'supported',
          text: 'The city council approved the 2027 budget by 35 votes to 32 shortly before midnight on Tuesday.',
          statement: 'ledger-vote',
        },
      ],
    );
    assert.deepStrictEqual(
      check('The city council approved the 2027 budget by 35 votes to 32 shortly before midnight on Monday.'),
      [{ kind: 'wrong-date', text: 'Monday', statement: 'ledger-vote' }],
    );
  });

  it('a sentence restating the plain clause of a record whose other clause is negated is sourced; flipping that clause is a negation', () => {
    assert.deepStrictEqual(
      check('The fund took in £212 million from 4,300 savers between 2019 and 2024, de Vos said.').map((f) => [
        f.kind,
        f.statement,
      ]),
      [['supported', 'devos-fund']],
    );
    assert.deepStrictEqual(
      check(
        'The fund took in £212 million from 4,300 savers between 2019 and 2024, and all of it went where they were told, de Vos said.',
      ).map((f) => [f.kind, f.statement]),
      [['negation', 'devos-fund']],
    );
  });

  it("a count the record's words give is sourced even when its hand-made numbers list only another figure", () => {
    assert.deepStrictEqual(
      check('Support for rail among 18- to 34-year-olds has climbed 7 percentage points in a month, Haug said.').map(
        (f) => [f.kind, f.statement],
      ),
      [['supported', 'haug-poll']],
    );
  });

  it('a short sentence with a known speaker and a count is judged: right figure sourced, wrong one flagged', () => {
    assert.deepStrictEqual(
      check('Moe said on X on Monday that 118,000 passengers were waiting.').map((f) => [f.kind, f.statement]),
      [['supported', 'moe-waiting']],
    );
    assert.deepStrictEqual(check('Moe said on X on Monday that 180,000 passengers were waiting.'), [
      { kind: 'wrong-number', text: '180,000', statement: 'moe-waiting' },
    ]);
  });

  it('a broadcaster\'s acronym after "told" is an outlet; a body\'s acronym ("told EU ministers") is not', () => {
    assert.deepStrictEqual(
      check('Brito told RTP: “We will rebuild every one of the fourteen rail bridges by the end of the decade.”').map(
        (f) => [f.kind, f.text],
      ),
      [['wrong-outlet', 'RTP']],
    );
    assert.deepStrictEqual(
      check(
        'Brito told EU ministers: “We will rebuild every one of the fourteen rail bridges by the end of the decade.”',
      ).map((f) => f.kind),
      ['supported'],
    );
  });

  it('the station before a possessive in the record\'s outlet ("Rádio Castelo’s Manhã Viva") is an outlet the draft can name', () => {
    assert.deepStrictEqual(
      check('Moreno told Rádio Castelo that “the motorway tolls will stay frozen for another year.”').map((f) => [
        f.kind,
        f.text,
      ]),
      [['wrong-outlet', 'Rádio Castelo']],
    );
  });

  it('an abbreviated rank with a full stop ("Capt. Sá") is a title, not a first name', () => {
    assert.deepStrictEqual(
      check('Capt. Sá said: “Our members warned the airline three times about exhausted crews.”').map((f) => [
        f.kind,
        f.statement,
      ]),
      [['supported', 'sa-crews']],
    );
  });

  it('"Spain’s infrastructure minister" is the minister whose titles carry Spain, not the owner of "infrastructure minister"', () => {
    assert.deepStrictEqual(
      check(
        'Spain’s infrastructure minister said: “We will rebuild every one of the fourteen rail bridges by the end of the decade.”',
      ).map((f) => [f.kind, f.text]),
      [['misattribution', 'infrastructure minister']],
    );
    assert.deepStrictEqual(
      check(
        'Portugal’s infrastructure minister said: “We will rebuild every one of the fourteen rail bridges by the end of the decade.”',
      ).map((f) => f.kind),
      ['supported'],
    );
  });

  it('a quotation that is the subject of "is the question" is named, not an unsourced remark', () => {
    assert.deepStrictEqual(
      check('‘Is the new timetable safe?’ is the question many commuters are asking this week.'),
      [],
    );
    assert.deepStrictEqual(
      check('“We will never ride that line again” was what one commuter told reporters.').map((f) => f.kind),
      ['unverified-quote'],
    );
  });

  it('a short quotation after a naming verb ("dubbed the plan the “…”") is a label, not an unsourced remark', () => {
    assert.deepStrictEqual(check('Commuter groups have dubbed the timetable the “slow-train shuffle”.'), []);
  });

  it("a negation moved within the quotation, with the record's own negation just past the fragment, is a misquote, not a negation", () => {
    assert.deepStrictEqual(
      check('Moreno wrote: “There is no shortage of diesel at the depots, and there never will be.”').map((f) => [
        f.kind,
        f.statement,
      ]),
      [['misquote', 'moreno-no-shortage']],
    );
  });

  it('"In Monday’s post on X" gives the day of the post', () => {
    assert.deepStrictEqual(
      check('In Tuesday’s post on X, Moreno said “there is no shortage of diesel at the depots”.').map((f) => [
        f.kind,
        f.text,
      ]),
      [['wrong-date', 'Tuesday']],
    );
  });

  it('a short broadcaster\'s name in capitals ("DR") is not an honorific ("Dr Moe")', () => {
    assert.deepStrictEqual(
      check('Dr Moe said: “The ferries will keep running through the whole of the strike.”').map((f) => f.kind),
      ['supported'],
    );
    assert.deepStrictEqual(
      check('Moe told DR: “The ferries will keep running through the whole of the strike.”').map((f) => [
        f.kind,
        f.text,
      ]),
      [['wrong-outlet', 'DR']],
    );
  });
});
