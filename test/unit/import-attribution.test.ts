// The importer's speakers and dates, each kind of fault on an article written for the test (not
// the blind set's sentences): pronouns back to the person named last, named subjects of speech
// verbs, bodies, anonymous sources, colon paragraphs, terms in quotation marks; the event's day,
// days ahead, bare months, articles with no date and datelines without a year.
import * as assert from 'node:assert/strict';
import { importArticle } from '../../src/engine/import';
import type { ImportOptions, ProposedPerson, ProposedSource, ProposedStatement } from '../../src/engine/import/types';

const empty = { statements: [], people: [], sources: [] };
const head = (date?: string) => [
  '---',
  'title: Test story',
  ...(date ? [`date: ${date}`] : []),
  'publisher: Harbour Gazette',
  '---',
  '',
];

function imported(lines: string[], options: ImportOptions = {}, file = 'story.md') {
  const result = importArticle(file, lines.join('\n'), empty, options);
  assert.ok(!('message' in result));
  const statements = result.proposals.filter(
    (p): p is ProposedStatement => p.type === 'statement' && p.kind === 'quote',
  );
  const people = result.proposals.filter((p): p is ProposedPerson => p.type === 'person');
  const source = result.proposals.find((p): p is ProposedSource => p.type === 'source')!;
  return { statements, people, source, notes: result.notes };
}
const who = (statements: ProposedStatement[]) => statements.map((s) => [s.text, s.speaker]);

describe('importer attribution', () => {
  it('a crowd’s chant beside a figure someone else estimated is nobody’s statement (“which police estimated at 8,000”)', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'The crowd, which police estimated at 8,000, chanted “Our harbour, our jobs!” as councillors arrived.',
    ]);
    assert.deepEqual(who(statements), []);
  });

  it('“she said” is the person named last before it, not the last speaker; the next quotation in the paragraph is hers too', () => {
    const { statements, people } = imported([
      ...head('2026-03-05'),
      '“We will fix the roof before the rain comes back,” Mayor Jane Roe said.',
      '',
      'Down on Quay Street, Carla Mendes, 52, stood outside her flooded bakery.',
      '',
      '“I have lost every oven I own,” she said. “The insurance company has stopped answering.”',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['We will fix the roof before the rain comes back', 'jane-roe'],
      ['I have lost every oven I own', 'carla-mendes'],
      ['The insurance company has stopped answering.', 'carla-mendes'],
    ]);
    assert.deepEqual(people.find((p) => p.id === 'carla-mendes')?.kind, 'person');
    assert.match(statements[1].reason, /^pronoun resolved to the person named last before it, Carla Mendes$/);
  });

  it('passes over names that are objects (“speaking to Harbour Radio in Westport”) for the subject', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      '“The harbour will reopen in May,” Mayor Jane Roe said.',
      '',
      'Tomasz Nowak, speaking to Harbour Radio in Westport, said the fishing fleet had lost a month of work.',
      '',
      '“Nobody has told us anything about compensation,” he said.',
      '',
    ]);
    assert.equal(statements[1].speaker, 'tomasz-nowak');
  });

  it('names the subject of a speech verb past an appositive, and proposes a body as a group', () => {
    const { statements, people } = imported([
      ...head('2026-03-05'),
      'Ana Ruiz, who chairs the residents’ association, called the plan “a betrayal of every promise the council made.”',
      '',
      'In a statement, the North Shore Water Authority said it was “working around the clock to restore supply.”',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['a betrayal of every promise the council made.', 'ana-ruiz'],
      ['working around the clock to restore supply.', 'north-shore-water-authority'],
    ]);
    assert.equal(people.find((p) => p.id === 'north-shore-water-authority')?.kind, 'group');
  });

  it('a surname alone before an appositive and its speech verb is the speaker', () => {
    const { statements, people } = imported([
      ...head('2026-03-05'),
      'Karlsson won the stage 48 seconds ahead of Dane Mads Dahl-Jensen, with the favourite a further 12 seconds back.',
      '',
      'Dahl-Jensen, who was hoping to become the first Danish winner of the race since 2016, said in Danish that the tactics had been “a bit silly, including from us”.',
      '',
    ]);
    // Proposed under the full name the article gave first ("Dane Mads Dahl-Jensen": a first name, not the descriptor).
    assert.equal(statements[0].speaker, 'mads-dahl-jensen');
    assert.deepEqual(
      people.map((p) => [p.name, p.aliases]),
      [['Mads Dahl-Jensen', ['Mads Dahl-Jensen', 'Dahl-Jensen']]],
    );
    assert.equal(statements[0].reason, 'the named subject of the sentence\u2019s speech verb, Dahl-Jensen');
  });

  it('“the official said” is the anonymous source described before it, quoted or not', () => {
    const { statements, people } = imported([
      ...head('2026-03-05'),
      'A port official, speaking on condition of anonymity, said the dredging contract had been cancelled.',
      '',
      '“There is no money left for it this year,” the official said.',
      '',
    ]);
    assert.equal(statements[0].speaker, 'anonymous-port-official');
    assert.equal(people.find((p) => p.id === 'anonymous-port-official')?.kind, 'anonymous');
  });

  it('a quotation paragraph after “Roe said:” is the person named before the colon', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      '“We will fix the roof,” Mayor Jane Roe said.',
      '',
      'In a statement released after the vote, Councillor Tom Vale said:',
      '',
      '“This budget takes from the people who have least and gives to the people who have most.”',
      '',
    ]);
    assert.equal(statements[1].speaker, 'tom-vale');
  });

  it('a quotation over two paragraphs (no closing mark on the first) is one speaker’s', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      '“We will fix the roof,” Mayor Jane Roe said.',
      '',
      'Councillor Tom Vale said:',
      '',
      '“This budget takes from the people who have least and gives to the people who have most.',
      '',
      '“It is not a plan. It is a surrender,” he said.',
      '',
    ]);
    assert.deepEqual(
      statements.map((s) => s.speaker),
      ['jane-roe', 'tom-vale', 'tom-vale'],
    );
  });

  it('a quotation over three paragraphs, attributed only after its closing mark, is that speaker’s throughout (a name or a pronoun)', () => {
    const named = imported([
      ...head('2026-03-05'),
      'Harbour master Ines Duarte, who has run the port for twenty years, climbed onto a bollard to speak to the crowd.',
      '',
      '“You built this harbour. Your grandparents dredged it by hand.',
      '',
      '“Nobody in that office will take it from you without a fight.',
      '',
      '“We will be here tomorrow and the day after,” Duarte said.',
      '',
    ]);
    assert.deepEqual(who(named.statements), [
      ['You built this harbour. Your grandparents dredged it by hand.', 'ines-duarte'],
      ['Nobody in that office will take it from you without a fight.', 'ines-duarte'],
      ['We will be here tomorrow and the day after', 'ines-duarte'],
    ]);
    const pronoun = imported([
      ...head('2026-03-05'),
      'Harbour master Ines Duarte spoke for ten minutes to a silent crowd on the quay.',
      '',
      '“You built this harbour. Your grandparents dredged it by hand.',
      '',
      '“We will be here tomorrow and the day after,” she said.',
      '',
    ]);
    assert.deepEqual(who(pronoun.statements), [
      ['You built this harbour. Your grandparents dredged it by hand.', 'ines-duarte'],
      ['We will be here tomorrow and the day after', 'ines-duarte'],
    ]);
  });

  it('a whole-sentence quotation with no verb of its own is the person the sentence beside it names: “That was the verdict of X”, “X was unmoved.”', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'Westport council voted on Wednesday to close the old fish market, ending a trade that has lasted two centuries.',
      '',
      '“It is a sad day but a fair decision.” That was the verdict of former harbour master Ines Duarte, who ran the port for 20 years.',
      '',
      'Colm Baxter, who has sold fish there since 1990, was unmoved. “Nobody asked us what we wanted.”',
      '',
      'The vote came after a three-hour debate. “A market is more than its stalls.”',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['It is a sad day but a fair decision.', 'ines-duarte'],
      ['Nobody asked us what we wanted.', 'colm-baxter'],
    ]);
  });

  it('a term named in a passive (“is called a”), a code name, and a Title Case name after another quotation in the paragraph are not statements; a one-word quotation attributed as said is', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'In harbour slang, a boat that misses the tide is called a “sleeper”, and two sleepers in a week mean a fine.',
      '',
      '“We have never had so many,” said harbour master Ines Duarte. Police, who had code-named the search “Operation Low Tide”, found the last boat at dawn.',
      '',
      '“We saw nothing unusual,” said Colm Baxter, a trawlerman. The crews call the channel “The Narrow Gate”.',
      '',
      'Duarte said the decision was “unavoidable”.',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['We have never had so many', 'ines-duarte'],
      ['We saw nothing unusual', 'colm-baxter'],
      ['unavoidable', 'ines-duarte'],
    ]);
  });

  it('a hashtag, a work’s Title Case title beside its noun (programme, report) and a measure’s defined name (“the level the board calls”) are not statements, though a pronoun says who spoke', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'Harbour master Ines Duarte said the moorings were full. “We turned away nine boats,” she told Harbour Radio’s “Tides at Noon with Ruth Kerr” programme on Tuesday.',
      '',
      'The port’s annual report, “Harbour Traffic and Berth Capacity: The Year in Review”, found that the quay was used above the level the port board calls “the safe working load” for most of the summer, she said.',
      '',
      'Colm Baxter, a trawlerman, said the crews were angry. “Nobody listens to us,” he said. Online, crews shared the hashtag “#FixTheQuay”.',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['We turned away nine boats', 'ines-duarte'],
      ['Nobody listens to us', 'colm-baxter'],
    ]);
  });

  it('a count word opening a sentence (“One”, “Several”) is no name, and “she said” after an unnamed source who quoted words in the sentence before is that source', () => {
    const { statements, people } = imported([
      ...head('2026-03-05'),
      'Harbour master Ines Duarte said the port was full.',
      '',
      'One berth manager in Killybegs, who asked not to be named because she had not yet been paid, said the mood was “grim and getting worse.” “Nobody sleeps,” she said.',
      '',
      'Several skippers mocked the plan online. One wrote: “A plan for a harbour nobody uses.”',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['grim and getting worse.', 'anonymous-berth-manager-in-killybegs'],
      ['Nobody sleeps', 'anonymous-berth-manager-in-killybegs'],
      ['A plan for a harbour nobody uses.', null],
    ]);
    assert.deepEqual(
      people.map((person) => [person.id, person.kind]),
      [
        ['ines-duarte', 'person'],
        ['anonymous-berth-manager-in-killybegs', 'anonymous'],
      ],
    );
  });

  it('a body’s name that goes on after its word with “of” or “for” (“The Ministry of Fisheries said”) is the whole name, not the word alone', () => {
    const { statements, people } = imported([
      ...head('2026-03-05'),
      'Harbour master Ines Duarte said the port was full.',
      '',
      'The Ministry of Fisheries said in a statement that the government "will review every berth in the harbour before winter."',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['will review every berth in the harbour before winter.', 'ministry-of-fisheries'],
    ]);
    assert.deepEqual(
      people.map((person) => [person.id, person.name, person.kind]),
      [
        ['ines-duarte', 'Ines Duarte', 'person'],
        ['ministry-of-fisheries', 'Ministry of Fisheries', 'group'],
      ],
    );
  });

  it('“he said” after a definite description its source asked to keep unnamed is that source; after an indefinite one with a name in apposition, the named person', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'Harbour master Ines Duarte said the port was full.',
      '',
      'The skipper of a trawler from the north, who asked not to be named for fear of losing work, said the ban had emptied the quay. “Nobody fishes here now,” he said.',
      '',
      'A nurse at the quay, Dr Mara Quill, said the crews were exhausted. “Some of them had not slept in two days,” she said.',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['Nobody fishes here now', 'anonymous-skipper-of-a-trawler-from-the-north'],
      ['Some of them had not slept in two days', 'mara-quill'],
    ]);
  });

  it('a quotation after “…, which said” is the body named before the comma', () => {
    const { statements, people } = imported([
      ...head('2026-03-05'),
      'Harbour master Ines Duarte said the port was full.',
      '',
      'The plan was welcomed by the Killybegs Harbour Users’ Association, which said in a statement on Monday that the board had at last “listened to the people who work here.” The association has called for a vote.',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['listened to the people who work here.', 'killybegs-harbour-users-association'],
    ]);
    assert.deepEqual(
      people.map((person) => [person.name, person.kind]),
      [
        ['Ines Duarte', 'person'],
        ['Killybegs Harbour Users’ Association', 'group'],
      ],
    );
  });

  it('“it said” after a sentence in its paragraph whose subject is a body (“The Killybegs coastguard rejected …”) is that body, though no body spoke before', () => {
    const { statements, people } = imported([
      ...head('2026-03-05'),
      'Harbour master Ines Duarte said the crews had been abandoned.',
      '',
      'The Killybegs coastguard rejected that account. In a statement issued on Monday, it said the call had been “logged, assessed and answered within the hour” and that no vessel was “able to reach the boats in time”.',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['logged, assessed and answered within the hour', 'killybegs-coastguard'],
      ['able to reach the boats in time', 'killybegs-coastguard'],
    ]);
    assert.deepEqual(
      people.map((person) => [person.name, person.kind]),
      [
        ['Ines Duarte', 'person'],
        ['Killybegs coastguard', 'group'],
      ],
    );
  });

  it('in an exchange, the question after “asked by” is the asker’s and the answer is the one asked’s, in its sentence or the next paragraph', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'Harbour master Ines Duarte said the port would reopen on Friday.',
      '',
      'Speaking on Harbour Radio, Duarte was asked by presenter Colm Baxter: “Will the ferries run on time?”',
      '',
      '“Not at first, and I am sorry for that,” she replied.',
      '',
      'Aine Kerr, a trawlerman, said the closure had cost her a week of fishing.',
      '',
      'Asked on the quay by the reporter, Tom Reyes, “Will you go back out?” she said simply: “As soon as the tide lets me.”',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['Will the ferries run on time?', 'colm-baxter'],
      ['Not at first, and I am sorry for that', 'ines-duarte'],
      ['Will you go back out?', 'tom-reyes'],
      ['As soon as the tide lets me.', 'aine-kerr'],
    ]);
  });

  it('“he said” after a sentence about an unnamed source is that source, whatever else the sentence names; the quotation after it too', () => {
    const { statements, people } = imported([
      ...head('2026-03-05'),
      'Harbour master Ines Duarte said the crane had been inspected in January.',
      '',
      'A docker who was on shift that night told the Gazette that the fault had been reported to the operator, Baltic Quay Holdings. “Everyone knew about that crane,” he said. “Nobody wanted to stop work.”',
      '',
    ]);
    assert.deepEqual(
      statements.map((s) => s.speaker),
      ['anonymous-docker', 'anonymous-docker'],
    );
    assert.deepEqual(
      people.filter((person) => person.kind === 'anonymous').map((person) => person.name),
      ['A docker'],
    );
  });

  it('the name set off by commas just before the speech verb governing the quotation is its speaker, not the sentence’s first name', () => {
    // The bureau is known to the corpus, so the reader names it beside the quotation.
    const bureau = {
      id: 'westport-weather-bureau',
      name: 'Westport Weather Bureau',
      kind: 'group' as const,
      aliases: ['Westport Weather Bureau', 'Bureau'],
      roles: [],
    };
    const text = [
      ...head('2026-03-05'),
      'The Bureau first warned of a storm on Monday, when its chief forecaster, Dr Ann Lowe-Berry, told reporters that gusts could reach 90 mph “for a day or more”.',
      '',
    ].join('\n');
    const result = importArticle('story.md', text, { ...empty, people: [bureau] });
    assert.ok(!('message' in result));
    const statements = result.proposals.filter((p): p is ProposedStatement => p.type === 'statement');
    assert.deepEqual(who(statements), [['for a day or more', 'ann-lowe-berry']]);
  });

  it('keeps a body’s whole name when its first word looks like a place or a direction', () => {
    const { statements, people } = imported([
      ...head('2026-03-05'),
      'The West Harbour Ferry Company said it would “review every timetable before the summer.”',
      '',
    ]);
    assert.equal(statements[0].speaker, 'west-harbour-ferry-company');
    assert.deepEqual(
      people.map((p) => [p.name, p.kind]),
      [['West Harbour Ferry Company', 'group']],
    );
  });

  it('takes no term, status or job title in quotation marks for a statement', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'Mayor Jane Roe said the council would hire 40 more “street wardens” for the summer.',
      '',
      'The hospital declared a “major incident” on Tuesday night.',
      '',
    ]);
    assert.deepEqual(who(statements), []);
  });

  it('proposes a short partial quotation its sentence attributes: a pronoun and any reporting verb, a named subject past auxiliaries', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'Mayor Jane Roe spent the morning at the harbour, where the council plans to build flats on the site of the old fish market.',
      '',
      'At a meeting with traders on Tuesday, she repeated her promise that the market would stay open “come what may.”',
      '',
      'Mr Vale had also threatened “legal action” if the council sold the site.',
      '',
      'A source close to the harbour board said there was “real anger” among traders.',
      '',
    ]);
    assert.deepEqual(
      statements.map((s) => [s.text, s.speaker, s.date, s.datePrecision]),
      [
        ['come what may.', 'jane-roe', '2026-03-03', 'day'],
        ['legal action', 'vale', '2026-03-02', 'week'],
        ['real anger', 'anonymous-source-close-to-the-harbour-board', '2026-03-03', 'day'],
      ],
    );
  });

  it('words someone searches for or types are mentioned as words, not said', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'Parents say pupils now search online for “free homework answers” every night, and some type “ferry strike tomorrow” before school.',
      '',
      'Teachers said they googled “harbour school closed” twice. “We need a plan,” said Ana Ruiz.',
      '',
    ]);
    assert.deepEqual(who(statements), [['We need a plan', 'ana-ruiz']]);
  });

  it('a so-called term is a statement only when a relative clause ending the sentence gives it to someone', () => {
    const corpus = {
      statements: [],
      sources: [],
      people: [
        {
          id: 'harbour-officials',
          name: 'harbour officials',
          kind: 'anonymous' as const,
          aliases: ['harbour officials'],
          roles: [],
        },
      ],
    };
    const result = importArticle(
      'story.md',
      [
        ...head('2026-03-05'),
        'The plan rests on the so-called “blue corridor” scheme that harbour officials have touted.',
        '',
        'Some stalls will reopen as so-called “community kiosks,” an arrangement that critics say quietly shifts the cost onto traders.',
        '',
        'Traders call the new rules “the harbour tax” in private.',
        '',
      ].join('\n'),
      corpus,
    );
    assert.ok(!('message' in result));
    const statements = result.proposals.filter((p): p is ProposedStatement => p.type === 'statement');
    assert.deepEqual(
      statements.map((s) => [s.text, s.speaker, s.date, s.datePrecision]),
      [['blue corridor', 'harbour-officials', '2026-03', 'month']],
    );
    assert.equal(statements[0].reason, 'the subject of the relative clause after it, “harbour officials have touted”');
  });
});

describe('importer role references', () => {
  it('“the panel said” and “the minister said” with no speaker of that role: the name put beside the noun earlier', () => {
    const { statements, people } = imported([
      ...head('2026-03-05'),
      'The Coastal Fisheries Review Panel published its findings on Monday. The harbour minister, Aled Pryce, met trawler owners in Westport.',
      '',
      '“No boat will be scrapped without compensation,” the minister said.',
      '',
      '“The quotas were set on figures that are ten years old,” the panel said.',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['No boat will be scrapped without compensation', 'aled-pryce'],
      ['The quotas were set on figures that are ten years old', 'coastal-fisheries-review-panel'],
    ]);
    assert.deepEqual(people.map((p) => [p.id, p.kind]).sort(), [
      ['aled-pryce', 'person'],
      ['coastal-fisheries-review-panel', 'group'],
    ]);
    assert.match(statements[1].reason, /^“the panel”: Coastal Fisheries Review Panel, named beside that word earlier$/);
  });

  it('“said keeper Ann Lowe-Berry”: a bare role between the verb and the name; her next quotation is hers', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      '“The seals came back this week,” said Rui Costa, the harbourmaster.',
      '',
      '“She is a calm animal,” said head keeper Ann Lowe-Berry. “The pup follows her everywhere.”',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['The seals came back this week', 'rui-costa'],
      ['She is a calm animal', 'ann-lowe-berry'],
      ['The pup follows her everywhere.', 'ann-lowe-berry'],
    ]);
  });

  it('a quotation whose sentence has its own speech verb does not continue the speaker before it', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      '“We want to get home,” said Tom Vale, a passenger.',
      '',
      'The ministry said in a statement that it was “watching closely”. A ministry official, speaking on condition of anonymity, said the state would not step in. “This is a private dispute,” the official said.',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['We want to get home', 'tom-vale'],
      ['watching closely', null],
      ['This is a private dispute', 'anonymous-ministry-official'],
    ]);
  });

  it('a source unnamed on purpose is anonymous whatever its noun (“a friend of …, who did not want to be named”), and “the friend said” is that source', () => {
    const { statements, people } = imported([
      ...head('2026-03-05'),
      'Tom Vale was sentenced on Monday.',
      '',
      'A friend of Vale’s, who did not want to be named, said he had been ‘in a dark place’ for months. ‘None of us saw it coming,’ the friend said.',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['in a dark place', 'anonymous-friend-of-vales'],
      ['None of us saw it coming', 'anonymous-friend-of-vales'],
    ]);
    assert.deepEqual(people.find((p) => p.id === 'anonymous-friend-of-vales')?.kind, 'anonymous');
  });

  it('“she said” after a hyphenated surname or one with particles is that whole name', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'Mara Lind-Okoro, who runs the ferry café, watched the boats leave. “We have had no trade since Friday,” she said.',
      '',
      'Pieter van der Berg, a trawlerman, stood by his boat. “The quota is a death sentence,” he said.',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['We have had no trade since Friday', 'mara-lind-okoro'],
      ['The quota is a death sentence', 'pieter-van-der-berg'],
    ]);
  });

  it('a nickname (“known to friends as”) and a term the speaker warns against using are not statements; her own words are', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'Tom Vale, known to his crew as “Skip”, said the boat was “not fit for the sea”.',
      '',
      'Dr Ann Berry said the trial was “very promising” but cautioned against calling the pill a “wonder cure”, as some websites have.',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['not fit for the sea', 'tom-vale'],
      ['very promising', 'ann-berry'],
    ]);
  });

  it('“Sir Ian wrote” after “Professor Sir Ian Hale” is Ian Hale, and “Sir Ian” becomes his alias', () => {
    const { statements, people } = imported([
      ...head('2026-03-05'),
      'The college’s principal, Professor Sir Ian Hale, said in an email on Monday that the strike was “deeply regrettable”.',
      '',
      '“We have made the best offer we can,” Sir Ian wrote. “I urge staff to think of the students.”',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['deeply regrettable', 'ian-hale'],
      ['We have made the best offer we can', 'ian-hale'],
      ['I urge staff to think of the students.', 'ian-hale'],
    ]);
    assert.deepEqual(
      people.map((p) => [p.id, p.aliases]),
      [['ian-hale', ['Ian Hale', 'Hale', 'Sir Ian']]],
    );
  });

  it('“she said” is never a body: after a body’s statement it is the unnamed source just introduced', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'The Harbour Traders Association said in a statement that it was “deeply disappointed”.',
      '',
      'A stallholder, who asked not to be named, said traders had not been consulted. “Nobody asked us anything,” she said.',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['deeply disappointed', 'harbour-traders-association'],
      ['Nobody asked us anything', 'anonymous-stallholder'],
    ]);
  });

  it('an unnamed spokesperson for a body the article names gives that body’s words; one unnamed on purpose or for an unnamed body stays anonymous', () => {
    const { statements, people } = imported([
      ...head('2026-03-05'),
      'The Westport Ferry Company cancelled all sailings on Wednesday after a crane collapsed onto the main pier.',
      '',
      'A spokeswoman for the company later said the pier would stay shut “until the engineers are satisfied”.',
      '',
      'A council spokesman said the road to the pier was closed. “We are asking people to stay away,” he said.',
      '',
      'A spokesperson for one of the town’s largest hauliers, who asked not to be named, said drivers were “stuck for days”.',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['until the engineers are satisfied', 'westport-ferry-company'],
      ['We are asking people to stay away', 'council'],
      ['stuck for days', statements[2].speaker],
    ]);
    assert.match(statements[2].speaker!, /^anonymous-/);
    assert.deepEqual(
      people.filter((person) => person.kind === 'group').map((person) => [person.id, person.name]),
      [
        ['westport-ferry-company', 'Westport Ferry Company'],
        ['council', 'the council'],
      ],
    );
    assert.equal(people.filter((person) => person.kind === 'anonymous').length, 1);
  });

  it('“the governor said” after “Governor Ann Lowe-Berry”: a capitalised title opening the name, post-nominal letters dropped', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'Governor Ann Lowe-Berry told a packed news conference on Wednesday that the state would ration water.',
      '',
      'Ferry captain Tom Reyes said the harbour was already half empty. “I have never seen it this low,” he said.',
      '',
      '“Please look after one another,” the governor said.',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['I have never seen it this low', 'tom-reyes'],
      ['Please look after one another', 'ann-lowe-berry'],
    ]);
    // Post-nominal letters are no part of the name: "Judge Eleanor Vance KC" is Eleanor Vance.
    const judge = imported([
      ...head('2026-03-05'),
      'The trial ended on Wednesday before Judge Eleanor Vance KC at Westport Crown Court, after three weeks of evidence.',
      '',
      '“You took a life for nothing,” the judge said.',
      '',
    ]);
    assert.deepEqual(who(judge.statements), [['You took a life for nothing', 'eleanor-vance']]);
  });

  it('“the company said” and “the union said” are the body named last before them, of the same kind of body when the article gave one', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'The utility Westport Power said it had cut electricity to 9,000 homes on Wednesday as storms closed in.',
      '',
      '“Shutting the lines is a last resort,” the company said.',
      '',
      'The dockers’ union Ankerlag said its members had warned about the cranes for months.',
      '',
      'The owner, Baltic Quay Holdings, said it had met every safety rule. “We grieve with the families,” the company said.',
      '',
      'Sam Reid, the dockers’ union shop steward, said the men were angry.',
      '',
      '“Our members will not go back until the cranes are checked,” the union said.',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['Shutting the lines is a last resort', 'westport-power'],
      ['We grieve with the families', 'baltic-quay-holdings'],
      ['Our members will not go back until the cranes are checked', 'ankerlag'],
    ]);
  });

  it('a body’s whole name with an acronym or “of” inside it is the speaker, not its last word', () => {
    const { statements, people } = imported([
      ...head('2026-03-05'),
      'The Westport Harbours NHS Trust said in a statement that “patients come first” and asked people to stay away.',
      '',
      'The Union of Harbour Pilots said the cuts were “reckless beyond words”.',
      '',
      'Minister of State for Harbours Ann Lowe said the pilots would be “heard in full”.',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['patients come first', 'westport-harbours-nhs-trust'],
      ['reckless beyond words', 'union-of-harbour-pilots'],
      ['heard in full', 'ann-lowe'],
    ]);
    assert.deepEqual(
      people.map((person) => [person.name, person.kind]),
      [
        ['Westport Harbours NHS Trust', 'group'],
        ['Union of Harbour Pilots', 'group'],
        ['Ann Lowe', 'person'],
      ],
    );
  });

  it('leaves “the committee said” unattributed when no name stands beside the noun', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'A committee of the harbour board met on Monday.',
      '',
      '“The quotas were set on old figures,” the committee said.',
      '',
    ]);
    assert.deepEqual(who(statements), [['The quotas were set on old figures', null]]);
  });
});

describe('importer dates', () => {
  it('dates undated remarks to the day of the event the opening reports, not a day ahead or a study’s publication', () => {
    const event = imported([
      ...head('2026-03-05'),
      'Harbour councillors voted 30 to 12 on Wednesday night to close the old fish market by the end of the year, after a three-hour debate.',
      '',
      '“This market has been here for a hundred years,” Mayor Jane Roe said.',
      '',
    ]);
    assert.deepEqual([event.statements[0].date, event.statements[0].datePrecision], ['2026-03-04', 'day']);
    assert.match(
      event.statements[0].dateBasis,
      /^the day of the event the article reports \(“Wednesday” in its opening paragraphs/,
    );
    const ahead = imported([
      ...head('2026-03-05'),
      'Harbour councillors will vote on Monday on whether to close the old fish market by the end of the year, after months of debate.',
      '',
      '“This market has been here for a hundred years,” Mayor Jane Roe said.',
      '',
    ]);
    assert.deepEqual([ahead.statements[0].date, ahead.statements[0].datePrecision], ['2026-03-02', 'week']);
    const study = imported([
      ...head('2026-03-05'),
      'A study published on Wednesday found that one in three harbour workers had been injured at work in the past five years.',
      '',
      '“Nobody told me the winch was broken,” said Tomasz Nowak, a deckhand.',
      '',
    ]);
    assert.equal(study.statements[0].datePrecision, 'week');
  });

  it('a lede whose event is words at a public occasion or a body’s announcement dates the remarks after it; one person’s “said Sunday” does not', () => {
    const inquiry = imported([
      ...head('2026-03-05'),
      'The owner of the trawler that sank off Gull Point in January told a public inquiry on Wednesday that the crew had been warned about the storm twice.',
      '',
      '“We told them to stay in port,” said Olav Brekke, the owner.',
      '',
      '“Were those warnings written down?” asked Priya Lamb, counsel to the inquiry.',
      '',
    ]);
    assert.deepEqual(
      inquiry.statements.map((s) => [s.date, s.datePrecision]),
      [
        ['2026-03-04', 'day'],
        ['2026-03-04', 'day'],
      ],
    );
    const body = imported([
      ...head('2026-03-05'),
      'Households in Westport will be limited to 150 litres of water a day from Monday, the city announced on Tuesday, after both of its reservoirs fell below a fifth of capacity.',
      '',
      '“Nobody wanted this,” Mayor Ruth Okoye said.',
      '',
    ]);
    assert.deepEqual([body.statements[0].date, body.statements[0].datePrecision], ['2026-03-03', 'day']);
    const officials = imported([
      ...head('2026-03-05'),
      'A grass fire driven by strong winds destroyed 12 barns and forced about 600 people from their homes near Eastfold, officials said Tuesday.',
      '',
      '“It moved faster than anything I have seen,” said fire chief Dan Ruiz.',
      '',
    ]);
    assert.deepEqual([officials.statements[0].date, officials.statements[0].datePrecision], ['2026-03-03', 'day']);
    const person = imported([
      ...head('2026-03-05'),
      'Trade envoy Mark Hale said Sunday ahead of a planned meeting with the prime minister that the two sides had agreed to lower tariffs on steel.',
      '',
      '“This is the best offer they will get,” said Nora Quist, an analyst at Harbour Bank.',
      '',
    ]);
    assert.deepEqual([person.statements[0].date, person.statements[0].datePrecision], ['2026-03-02', 'week']);
  });

  it('a day after “since” or “from” bounds a state of affairs and is no occasion its speaker was at', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'Storms closed Westport harbour on Wednesday, stranding about 40 fishing boats and two ferries for the night.',
      '',
      'Forecaster Ruth Vale said a warning had been in place since Monday morning. “We counted 300 lightning strikes,” Vale said.',
      '',
    ]);
    assert.deepEqual(
      statements.map((s) => [s.text, s.date, s.datePrecision]),
      [['We counted 300 lightning strikes', '2026-03-04', 'day']],
    );
  });

  it('“earlier this month” and “last week” beside the speech verb or opening the sentence date the remark (month, week); in a clause about something else they do not', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'Westport’s fishing fleet stayed in port on Wednesday as a dispute over quotas entered its third week.',
      '',
      'In a letter to the council earlier this month, harbour master Ines Duarte wrote that the quota was “a death sentence for the small boats”.',
      '',
      '“We cannot fish on promises,” she wrote.',
      '',
      'Last week, trawlermen blocked the harbour mouth, and Colm Baxter warned then that they would do it again. “We will be back,” he told Harbour Radio.',
      '',
      '“The fish are still there,” said Aine Kerr, 54, whose boat was impounded last week.',
      '',
    ]);
    assert.deepEqual(
      statements.map((s) => [s.text, s.date, s.datePrecision]),
      [
        ['a death sentence for the small boats', '2026-03', 'month'],
        ['We cannot fish on promises', '2026-03', 'month'],
        ['We will be back', '2026-02-23', 'week'],
        ['The fish are still there', '2026-03-04', 'day'],
      ],
    );
  });

  it('a bare month dates the remark only beside its speech verb', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'Mayor Jane Roe said the new ferry would start in September. “It will change this town,” she said.',
      '',
      'In February, Councillor Tom Vale said: “The ferry is a fantasy.”',
      '',
    ]);
    assert.deepEqual(
      statements.map((s) => [s.date, s.datePrecision]),
      [
        ['2026-03-02', 'week'],
        ['2026-02', 'month'],
      ],
    );
  });

  it('leaves remarks undated when the article gives no date; a fallback date dates only the source, flagged', () => {
    const lines = [
      'Harbour ferry plan approved',
      '',
      '“It will change this town,” Mayor Jane Roe said on Tuesday.',
      '',
    ];
    const none = imported(lines, {}, 'story.txt');
    assert.deepEqual([none.statements[0].date, none.source.published], ['', '']);
    assert.match(
      none.notes[0],
      /no publication date in the article and none given; remarks it does not date are left without a date/,
    );
    const guessed = imported(
      lines,
      {
        articleDate: '2026-03-09',
        articleDateBasis: 'the file’s modification date, 2026-03-09',
        articleDateGuessed: true,
      },
      'story.txt',
    );
    assert.deepEqual([guessed.statements[0].date, guessed.source.published], ['', '2026-03-09']);
    assert.match(guessed.source.dateBasis, /not a date the article gives$/);
    const given = imported(lines, { articleDate: '2026-03-05' }, 'story.txt');
    assert.deepEqual([given.statements[0].date, given.statements[0].datePrecision], ['2026-03-03', 'day']);
  });

  it('resolves a dateline without a year against the publication date', () => {
    const { statements } = imported([
      ...head('2026-01-02'),
      'HARBOURTON, Dec 30 (Wire) - Harbour councillors approved the ferry plan after a long debate about costs and routes to the islands.',
      '',
      '“It will change this town,” Mayor Jane Roe said on Monday.',
      '',
    ]);
    assert.deepEqual([statements[0].date, statements[0].datePrecision], ['2025-12-29', 'day']);
    assert.match(
      statements[0].dateBasis,
      /in an article dated Tuesday 30 December 2025 \(the dateline “HARBOURTON, Dec 30 \(Wire\)”/,
    );
  });

  it('an undated remark takes the day of an occasion the article placed its speaker at, before it', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'The harbour board met for the last time before the summer season, with the future of the old fish market on its agenda again.',
      '',
      '“The market must stay open,” said Tom Vale, a councillor.',
      '',
      'Mayor Jane Roe, speaking alongside Councillor Tom Vale at the harbour on Monday, said the market would stay open.',
      '',
      'Vale said the new stalls would be “the best on the coast”.',
      '',
    ]);
    assert.deepEqual(
      statements.map((s) => [s.text, s.date, s.datePrecision]),
      [
        ['The market must stay open', '2026-03-02', 'week'],
        ['the best on the coast', '2026-03-02', 'day'],
      ],
    );
    assert.match(
      statements[1].dateBasis,
      /^the day the article gives for an occasion “speaking alongside Councillor Tom Vale at the harbour on Monday” \(Monday 2 March 2026\); the sentence itself names no day$/,
    );
  });

  it('a remark at a place the article dates is of that day, and a speaker’s run of remarks shares it', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'Fisheries ministers from eleven countries argued for most of the day about next year’s quotas for cod, herring and mackerel.',
      '',
      'The ministers gathered in Brussels on Tuesday for talks that officials expect to run into the weekend.',
      '',
      'Ana Costa, the Portuguese minister, said she would vote against any cut “if it comes to that”.',
      '',
      '“We will not give up our waters,” Costa told reporters in Brussels. “Our crews have nothing left to give.”',
      '',
    ]);
    assert.deepEqual(
      statements.map((s) => [s.text, s.date, s.datePrecision]),
      [
        ['if it comes to that', '2026-03-03', 'day'],
        ['We will not give up our waters', '2026-03-03', 'day'],
        ['Our crews have nothing left to give.', '2026-03-03', 'day'],
      ],
    );
    assert.match(
      statements[1].dateBasis,
      /^the day the article gives for an occasion “.*gathered in Brussels on Tuesday/,
    );
    assert.match(
      statements[0].dateBasis,
      /; the day of the same speaker’s next remarks, in the same run of paragraphs$/,
    );
    assert.match(
      statements[2].dateBasis,
      /; the day of the same speaker’s previous remarks, in the same run of paragraphs$/,
    );
  });

  it('a remark in the present perfect is dated to the article’s month, not the day’s event; not when another verb reports it', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'Harbour councillors voted 30 to 12 on Wednesday night to close the old fish market by the end of the year, after a three-hour debate.',
      '',
      'Mayor Jane Roe has warned that closing the market would “cost the earth”.',
      '',
      'Tom Vale, who has long argued for the market, said the vote was “a disgrace”.',
      '',
    ]);
    assert.deepEqual(
      statements.map((s) => [s.text, s.date, s.datePrecision]),
      [
        ['cost the earth', '2026-03', 'month'],
        ['a disgrace', '2026-03-04', 'day'],
      ],
    );
    assert.match(
      statements[0].dateBasis,
      /^“has warned”: present perfect, a remark made before the article of Thursday 5 March 2026 .* the article’s month, an approximation$/,
    );
  });

  it('the people of a lede that reports an event without a day were at it on the publication day', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'Mayor Jane Roe made a strong appeal for the old fish market as she met traders at the harbour, where the council plans to build flats.',
      '',
      '“This market is the heart of the town,” Roe said.',
      '',
      '“We cannot live on memories,” said Tom Vale, a councillor.',
      '',
    ]);
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.date, s.datePrecision]),
      [
        ['jane-roe', '2026-03-05', 'day'],
        ['tom-vale', '2026-03-02', 'week'],
      ],
    );
    assert.match(
      statements[0].dateBasis,
      /^named in the opening paragraph, which reports its news without a day: the publication day, Thursday 5 March 2026/,
    );
    // A feature's lede names its subject at no occasion: her words may be of any day that week.
    const feature = imported([
      ...head('2026-03-05'),
      'Maria Lopez has farmed olives on the slopes above the river for forty years, like her father and her grandfather before her.',
      '',
      '“The trees are older than the town,” Lopez said.',
      '',
    ]);
    assert.deepEqual(
      [feature.statements[0].speaker, feature.statements[0].date, feature.statements[0].datePrecision],
      ['maria-lopez', '2026-03-02', 'week'],
    );
  });

  it('a statement, an interview with the article’s own paper and the past perfect are set apart from the day’s event', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'Harbour councillors voted 30 to 12 on Wednesday night to close the old fish market by the end of the year, after a three-hour debate.',
      '',
      'The Harbour Traders Association said in a statement that it was “deeply disappointed”.',
      '',
      'A stallholder, who asked not to be named, told the Gazette that traders had not been consulted. “Nobody asked us anything,” she said.',
      '',
      'Mayor Jane Roe had promised “a fair deal for every trader” before the vote.',
      '',
      '“It was the only choice,” said Tom Vale, a councillor.',
      '',
    ]);
    assert.deepEqual(
      statements.map((s) => [s.text, s.date, s.datePrecision]),
      [
        ['deeply disappointed', '2026-03-02', 'week'],
        ['Nobody asked us anything', '2026-03-02', 'week'],
        ['a fair deal for every trader', '2026-03-02', 'week'],
        ['It was the only choice', '2026-03-04', 'day'],
      ],
    );
    assert.match(
      statements[0].dateBasis,
      /the week of Monday 2 March 2026; the day is not given\. “in a statement” sets it apart from the day’s event\.$/,
    );
    assert.match(statements[1].dateBasis, /“told the Gazette” sets it apart/);
    assert.match(statements[2].dateBasis, /“had promised” sets it apart/);
  });

  it('reads “This Week” as a programme and a byline line as no lede', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      '**Ann Lee** | Harbour Gazette | Published Wednesday, March 4, 2026 at 6 a.m. and updated later that day',
      '',
      'The old fish market will close at the end of the year, the council confirmed, ending more than a century of trading on the quay.',
      '',
      '“It was a setback for the whole town,” Tom Vale said on Harbour Radio’s This Week.',
      '',
    ]);
    assert.deepEqual([statements[0].date, statements[0].datePrecision], ['2026-03-02', 'week']);
    assert.match(statements[0].dateBasis, /^Undated in an article dated Thursday 5 March 2026/);
  });

  it('reads a dateline’s day as the day after its lede’s weekday when the article’s other weekdays reach back from it least', () => {
    const options = {
      articleDate: '2026-12-01',
      articleDateBasis: 'the file’s modification date',
      articleDateGuessed: true,
    };
    const story = (later: string) => [
      'Court halts dam',
      '',
      'TARRASCO, Nov. 12 (Wire) — The Constitutional Court on Tuesday suspended construction of the Quelbra dam.',
      '',
      'The energy ministry said on Tuesday evening that it would study the ruling.',
      '',
      later,
      '',
    ];
    // Tuesday, Tuesday, then Wednesday morning: filed on Wednesday 12 November 2025, the morning after.
    const after = imported(
      story('Minister Ana Ferraz conceded on Wednesday morning that the ministry “could have done better”.'),
      options,
      'story.txt',
    );
    assert.equal(after.source.published, '2025-11-12');
    assert.match(
      after.source.dateBasis,
      /its lede’s “Tuesday” makes it Wednesday 12 November 2025, the day after it \(the article’s other weekdays reach back from that day least\)/,
    );
    // Tuesday throughout, and Monday before it: Tuesday 12 November 2024, the day itself.
    const same = imported(
      story('Minister Ana Ferraz had said on Monday that the ministry “could have done better”.'),
      options,
      'story.txt',
    );
    assert.equal(same.source.published, '2024-11-12');
  });

  it('breaks a tie between a dateline’s day and the day after it by the evidence, not by taking the lede’s day', () => {
    const options = {
      articleDate: '2026-12-01',
      articleDateBasis: 'the file’s modification date',
      articleDateGuessed: true,
    };
    // Monday throughout: 10 March fell on a Monday in 2025 and on a Tuesday (the morning after) in 2026.
    const story = (extra: string) => [
      'Baker tells court of night-time swap',
      '',
      'MARLOW, March 10 (Wire) — A baker told a court on Monday that the flour in the mill had been “swapped in the night”.',
      '',
      `The hearing on Monday lasted four hours.${extra}`,
      '',
    ];
    // Nothing else to go by: the nearer to the file's date, Tuesday 10 March 2026, the day after.
    const nearer = imported(story(''), options, 'story.txt');
    assert.equal(nearer.source.published, '2026-03-10');
    assert.match(
      nearer.source.dateBasis,
      /makes it Tuesday 10 March 2026, the day after it \(the nearer to 2026-12-01 of Monday 10 March 2025 and Tuesday 10 March 2026\)/,
    );
    // Words that put the story on the lede's day: Monday 10 March 2025.
    const sameDay = imported(story(' Flour futures were down 2% by 1530 GMT.'), options, 'story.txt');
    assert.equal(sameDay.source.published, '2025-03-10');
    assert.match(sameDay.source.dateBasis, /\(“by 1530 GMT” puts the story on that day\)/);
    // A year the article states: the one of the two it names.
    const stated = imported(story(' The mill has been closed since the 2025 harvest.'), options, 'story.txt');
    assert.equal(stated.source.published, '2025-03-10');
    assert.match(stated.source.dateBasis, /\(the article names 2025\)/);
  });

  it('reads no year into a dateline without a date to read it against: the engine never reads the clock', () => {
    const { source, notes } = imported(
      [
        'Baker tells court of night-time swap',
        '',
        'MARLOW, March 10 (Wire) — A baker told a court on Monday that the flour had been “swapped in the night”.',
        '',
      ],
      {},
      'story.txt',
    );
    assert.equal(source.published, '');
    assert.match(notes[0], /no publication date in the article and none given/);
  });

  it('infers a dateline’s missing year from the weekday its lede gives, the latest such year up to the file’s date', () => {
    const lines = [
      'Nordvik profit beats forecasts',
      '',
      'OSLO, May 3 (Wire) - Fish farmer Nordvik Marine reported a better-than-expected rise in profit on Friday, sending its shares up 6% in early trade.',
      '',
      '“We have had a solid start to the year,” Chief Executive Åsmund Kjærstad said.',
      '',
    ];
    const options = {
      articleDate: '2026-12-01',
      articleDateBasis: 'the file’s modification date',
      articleDateGuessed: true,
    };
    const { statements, source, notes } = imported(lines, options, 'story.txt');
    assert.deepEqual(
      [source.published, statements[0].date, statements[0].datePrecision],
      ['2024-05-03', '2024-05-03', 'day'],
    );
    assert.match(
      source.dateBasis,
      /^the dateline “OSLO, May 3 \(Wire\)” gives no year; its lede’s “Friday” makes it Friday 3 May 2024 \(“in early trade” puts the story on that day\), the latest such year up to 2026-12-01 \(inferred: check it\)$/,
    );
    assert.match(notes[0], /no year in the article/);
    // A weekday ahead in the lede says nothing of the dateline's day.
    const ahead = imported(
      [
        lines[0],
        '',
        lines[2].replace(
          'reported a better-than-expected rise in profit on Friday',
          'will report its profit on Friday',
        ),
        '',
        lines[4],
        '',
      ],
      options,
      'story.txt',
    );
    assert.equal(ahead.statements[0].date, '');
  });

  it('a remark to another outlet takes the one day the article gives its other interviews', () => {
    const { statements } = imported([
      ...head('2026-03-09'),
      'The row over the harbour flats spilled onto the Sunday talk shows, with both sides digging in before Monday’s council vote.',
      '',
      '“We will not back down,” Mayor Jane Roe said on Sunday on CBS’s Face the Nation.',
      '',
      '“It is a land grab,” Senator Tom Vale said on ABC’s This Week.',
      '',
    ]);
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.date, s.datePrecision]),
      [
        ['jane-roe', '2026-03-08', 'day'],
        ['tom-vale', '2026-03-08', 'day'],
      ],
    );
    assert.match(
      statements[1].dateBasis,
      /^the day the article gives for its other remarks to other outlets \(“Sunday” .* for the remarks to CBS\); the sentence itself names no day$/,
    );
  });

  it('“it said” is the body that spoke last; a day in the reported clause after “had” or “would” does not date the remark', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'In a statement, the North Shore Harbour Trust said the storm had damaged three of its piers. It said it was “working around the clock” and had reopened the north pier on Tuesday evening.',
      '',
      '“We are sorry for the delays,” the trust said.',
      '',
      'Mayor Jane Roe said she would meet the trust on Monday to discuss “a proper repair plan”.',
      '',
    ]);
    assert.deepEqual(
      statements.map((s) => [s.text, s.speaker, s.date, s.datePrecision]),
      [
        // Set apart by "In a statement" (the sentence that introduced "it").
        ['working around the clock', 'north-shore-harbour-trust', '2026-03-02', 'week'],
        // The lede's event, the pier reopened on Tuesday; the mayor's "on Monday" is when she would meet them.
        ['We are sorry for the delays', 'north-shore-harbour-trust', '2026-03-03', 'day'],
        ['a proper repair plan', 'jane-roe', '2026-03-03', 'day'],
      ],
    );
    assert.equal(statements[0].reason, '“it”: the body that spoke last, North Shore Harbour Trust');
  });

  it('a headline’s quotation takes the speaker and date of the body’s quotation holding its words, not the headline’s subject', () => {
    const { statements } = imported([
      '---',
      'title: Brightwater to close two depots; chief executive says “we got this wrong”',
      'date: 2026-03-05',
      'publisher: Harbour Gazette',
      '---',
      '',
      '# Brightwater to close two depots; chief executive says “we got this wrong”',
      '',
      'Brightwater will close two depots, its chief executive, Dana Kowalczyk, told staff on Tuesday.',
      '',
      '“We grew too fast and we got this wrong,” Kowalczyk wrote in a memo on Tuesday.',
      '',
    ]);
    assert.deepEqual(
      statements.map((s) => [s.text, s.speaker, s.date]),
      [
        ['we got this wrong', 'dana-kowalczyk', '2026-03-03'],
        ['We grew too fast and we got this wrong', 'dana-kowalczyk', '2026-03-03'],
      ],
    );
    assert.match(statements[0].reason, /^the headline’s words, quoted in the article by dana-kowalczyk/);
  });

  it('the named subject of a speech verb past “has long”, inside “whose presenter, Name,” and before “accused”, “defended”, “replied”', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      '“The budget is balanced,” Mayor Jane Roe said on Monday.',
      '',
      'Her predecessor, Tomasz Nowak, has long described the harbour as “the engine of the town”.',
      '',
      'The scheme was featured on the radio programme “Coast Watch”, whose presenter, Ines Abara, has described the dunes as “the last wild place”.',
      '',
      'Councillor Peter Lund, who chairs the finance committee, accused the administration of “a raid on reserves”.',
      '',
      '“We have cut what we can,” the mayor said.',
      '',
      'Finance chief Mia Sorensen, who spoke on Thursday, had defended the levy as “long overdue” and said it would be “fully funded”.',
      '',
      'The treasurer, Dr Olu Bakare, replied that no council could “spend money it does not have”.',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['The budget is balanced', 'jane-roe'],
      ['the engine of the town', 'tomasz-nowak'],
      ['the last wild place', 'ines-abara'],
      ['a raid on reserves', 'peter-lund'],
      ['We have cut what we can', 'jane-roe'],
      ['long overdue', 'mia-sorensen'],
      ['fully funded', 'mia-sorensen'],
      ['spend money it does not have', 'olu-bakare'],
    ]);
  });

  it('a question from an unnamed reporter is an anonymous source’s, however the sentence puts it', () => {
    const { statements, people } = imported([
      ...head('2026-03-05'),
      'Fire chief Ana Ruiz said crews would work through the night. A reporter asked her, “Can you hold the ridge?”',
      '',
      '“We will try,” Ruiz said.',
      '',
      'Leaving the hall, Mayor Jane Roe was asked by reporters: “Will you resign?”',
      '',
      'Ruiz faced the press again later. “Did the wind change?” the reporter asked.',
      '',
    ]);
    const kind = (id: string | null) => people.find((p) => p.id === id)?.kind;
    assert.deepEqual(
      statements.map((s) => [s.text, kind(s.speaker)]),
      [
        ['Can you hold the ridge?', 'anonymous'],
        ['We will try', 'person'],
        ['Will you resign?', 'anonymous'],
        ['Did the wind change?', 'anonymous'],
      ],
    );
    assert.equal(statements[0].reason, 'a question put by someone unnamed, “A reporter”');
  });

  it('a description the article names between commas (“One board member, Councillor Hannah Oduya, asked”) is that person, not an anonymous source', () => {
    const { statements, people } = imported([
      ...head('2026-03-05'),
      'One board member, Councillor Hannah Oduya, asked the director: “Can you guarantee it is safe?”',
      '',
      'A nurse said staff were worried. “We are stretched already,” she said.',
      '',
    ]);
    assert.deepEqual(
      statements.map((s) => [s.text, s.speaker]),
      [
        ['Can you guarantee it is safe?', 'hannah-oduya'],
        ['We are stretched already', 'anonymous-nurse'],
      ],
    );
    assert.equal(people.find((p) => p.id === 'hannah-oduya')?.kind, 'person');
  });

  it('a quotation running over paragraphs in British single marks, attributed at neither end, is the speaker introduced or quoted just before', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'Outside court, the victim’s mother, Grace Adeyemi, read a statement.',
      '',
      '‘Daniel held our family together. He rang me every evening, and on that night the phone didn’t ring.',
      '',
      '‘We have sat in that courtroom for three weeks. Today the jury has said so.’',
      '',
      'Dr Tomás Reyes spoke for the campaign before the vote.',
      '',
      "'I've delivered babies in the back of cars,' he said.",
      '',
      "'You are asking women in labour to travel an extra forty minutes on roads that flood.",
      '',
      "'When something goes wrong, I'd like each of you to remember that you were told.'",
      '',
    ]);
    assert.deepEqual(who(statements), [
      [
        'Daniel held our family together. He rang me every evening, and on that night the phone didn’t ring.',
        'grace-adeyemi',
      ],
      ['We have sat in that courtroom for three weeks. Today the jury has said so.', 'grace-adeyemi'],
      ["I've delivered babies in the back of cars", 'tomas-reyes'],
      ['You are asking women in labour to travel an extra forty minutes on roads that flood.', 'tomas-reyes'],
      ["When something goes wrong, I'd like each of you to remember that you were told.", 'tomas-reyes'],
    ]);
    assert.equal(
      statements[0].reason,
      'opens a quotation running over paragraphs with no attribution of its own: Grace Adeyemi, named in the paragraph before',
    );
  });

  it('a quotation after a colon with no speech verb is the clause’s subject: a name behind a body’s title, or “the minister” read back', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'Health Minister Siobhan Kerrigan said on Monday that the offer was “fair and final”.',
      '',
      '“We have waited long enough,” union leader Tom Vale said.',
      '',
      'Speaking on Radio Northfield yesterday, the minister was blunt: “There is no more money.”',
      '',
      'Agency Director-General Aurelio Bianchi-Ferraz was blunt about the cost: “This will cost us money.”',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['fair and final', 'siobhan-kerrigan'],
      ['We have waited long enough', 'tom-vale'],
      ['There is no more money.', 'siobhan-kerrigan'],
      ['This will cost us money.', 'aurelio-bianchi-ferraz'],
    ]);
  });

  it('an office that speaks for its holder (“the minister’s office said”) is a body, not the last person named', () => {
    const { statements, people } = imported([
      ...head('2026-03-05'),
      '“We will keep fishing,” skipper Donald Moffat said.',
      '',
      'Asked yesterday whether he would visit, the minister’s office said only that he would meet the federation “at the earliest opportunity”.',
      '',
      'Opposition leader Ana Ruiz said the deal was “a disgrace”. The mayor’s office called the remarks “irresponsible”.',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['We will keep fishing', 'donald-moffat'],
      ['at the earliest opportunity', 'ministers-office'],
      ['a disgrace', 'ana-ruiz'],
      ['irresponsible', 'mayors-office'],
    ]);
    assert.deepEqual(
      people.filter((p) => p.id.endsWith('office')).map((p) => [p.name, p.kind]),
      [
        ['the minister’s office', 'group'],
        ['the mayor’s office', 'group'],
      ],
    );
  });

  it('a partial quotation after a verb that characterises in the subject’s words (“defended it as”, “dismissed … as”) is the subject’s', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      'Fisheries Minister Ruairidh Byrne defended the deal in the chamber yesterday as ‘the best we could get, and better than what was on the table’.',
      '',
      'Union leader Tom Vale dismissed the offer as “an insult to every nurse in the country”.',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['the best we could get, and better than what was on the table', 'ruairidh-byrne'],
      ['an insult to every nurse in the country', 'tom-vale'],
    ]);
  });

  it('a headline quoting words the article goes on to attribute is a quotation of that speaker; a headline’s title or term is not', () => {
    const { statements } = imported(
      [
        'THE ESKDALE COURIER',
        '',
        "'It just folded like paper': footbridge collapse leaves two injured",
        '',
        'Wednesday 4 March 2026',
        '',
        "Karen Ashdown, who runs the café on the north bank, saw it happen. 'It just folded like paper,' she said.",
        '',
        '',
      ],
      { articleDate: '2026-03-04' },
      'story.txt',
    );
    assert.deepEqual(who(statements), [
      ['It just folded like paper', 'karen-ashdown'],
      ['It just folded like paper', 'karen-ashdown'],
    ]);
    const titled = imported(
      [
        '“The Salt Years” wins the festival’s top prize',
        '',
        'The jury praised “The Salt Years”, a film about a fishing village.',
        '',
        '“It is a film of great patience,” jury president Lena Ross said.',
        '',
      ],
      { articleDate: '2026-03-04' },
      'story.txt',
    );
    assert.deepEqual(who(titled.statements), [['It is a film of great patience', 'lena-ross']]);
  });

  it('a passive speech verb’s agent (“was described by Westmoor General Hospital as ‘comfortable’”) is the speaker, not a name close to another', () => {
    const { statements, people } = imported([
      ...head('2026-03-05'),
      'The injured cyclist, retired teacher Ilkka Järvinen-Shaw, was described by Westmoor General Hospital as ‘comfortable’. His daughter, Anneli Järvinen-Shaw, said he was “bruised but okay”.',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['comfortable', 'westmoor-general-hospital'],
      ['bruised but okay', 'anneli-jarvinen-shaw'],
    ]);
    assert.equal(people.find((p) => p.id === 'westmoor-general-hospital')?.kind, 'group');
  });

  it('words inside British straight single marks are not read as the sentence’s own (“told” in a quotation is no speech verb)', () => {
    const { statements } = imported([
      ...head('2026-03-05'),
      "Asked yesterday, the Department for Roads said in a statement: 'Bridges are the councils' job.'",
      '',
      "That drew a sharp response from the association's transport spokesman, Councillor Bryn Tavener. 'The minister can't cut a ribbon and walk away,' he said last night. 'Councils have been told to do more with less for a decade. This is what \"less\" looks like.'",
      '',
    ]);
    assert.deepEqual(who(statements).slice(1), [
      ["The minister can't cut a ribbon and walk away", 'bryn-tavener'],
      ['Councils have been told to do more with less for a decade. This is what "less" looks like.', 'bryn-tavener'],
    ]);
  });
  it('a paragraph that is wholly a quotation continues the speaker of the paragraph before; a quoted heading and a turn in an exchange do not', () => {
    const { statements } = imported([
      ...head('2026-08-04'),
      '"I have done the on-call roster by myself since March," Dr Anil Mehrotra said.',
      '',
      '"I didn\'t want to be the one to turn off the lights."',
      '',
      '"I still feel I\'ve let the town down."',
      '',
      "## 'A hospital isn't a GP'",
      '',
      'At the inquiry, counsel Naledi Fourie put the forecast to the skipper, Rhodri Vance.',
      '',
      '“Did you consider turning back?” Fourie asked.',
      '',
      '“No. The forecast gave us until nine o’clock,” Vance replied.',
      '',
      '“The forecast also said the timing was uncertain, did it not?”',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['I have done the on-call roster by myself since March', 'anil-mehrotra'],
      ["I didn't want to be the one to turn off the lights.", 'anil-mehrotra'],
      ["I still feel I've let the town down.", 'anil-mehrotra'],
      ['Did you consider turning back?', 'naledi-fourie'],
      ['No. The forecast gave us until nine o’clock', 'rhodri-vance'],
    ]);
    assert.equal(statements[1].reason, 'a paragraph of quotation only, after Anil Mehrotra\u2019s: the same speaker');
  });
  it('“he said” stands for the person named last, never a body or a place: a name modifying a noun, after “in”, or the tail of a body’s name', () => {
    const { statements } = imported([
      ...head('2026-02-25'),
      'Councillor Tadeusz Gąsienica-Mróz, whose Podhale Together group voted against, spoke for an hour.',
      '',
      '“Who will give her 30,000 złoty for a heat pump?” he said.',
      '',
      'Musa Abubakar said every Band A feeder now had a meter.',
      '',
      '“The feeder does not lie,” he said.',
      '',
      'Hélène Dufour said she had written to the office in Lyon.',
      '',
      '“We have waited long enough,” she said.',
      '',
    ]);
    assert.deepEqual(who(statements), [
      ['Who will give her 30,000 złoty for a heat pump?', 'tadeusz-gasienica-mroz'],
      ['The feeder does not lie', 'musa-abubakar'],
      ['We have waited long enough', 'helene-dufour'],
    ]);
    assert.equal(statements[1].reason, 'pronoun resolved to the person named last before it, Musa Abubakar');
  });
});
