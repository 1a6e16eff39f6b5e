// The importer's speakers, kinds of fault found on the tuning sets, on articles written for the test:
// a body as the subject of a speech verb (a name with lower-case words and a list inside it, a
// company's legal form, a body's name in apposition to its role, a possessive place and a body's
// noun), and "the official said" after a body spoke.
import * as assert from 'node:assert/strict';
import { importedQuotes } from './importedQuotes';

const imported = (lines: string[]) => importedQuotes(lines, '2026-04-14', 'Harbour Gazette');

describe('importer speakers: bodies and unnamed sources', () => {
  it('reads a body’s whole name as a speech verb’s subject, with its lower-case words and a list inside it', () => {
    const { who, people } = imported([
      'The ferry timetable will be cut from June.',
      '',
      'The Department for Transport, Roads and Bridges said the cut was “a matter for the operator alone”.',
      '',
      'The Valmora Institute for Coastal Research and Policy said the route was “the island’s only lifeline”.',
      '',
      'Kestrel Holdings S.A. said in a statement that it would “appeal the decision at once”.',
      '',
    ]);
    assert.deepEqual(who, [
      ['a matter for the operator alone', 'Department for Transport, Roads and Bridges'],
      ['the island’s only lifeline', 'Valmora Institute for Coastal Research and Policy'],
      ['appeal the decision at once', 'Kestrel Holdings S.A.'],
    ]);
    assert.deepEqual(
      people.map((p) => p.kind),
      ['group', 'group', 'group'],
    );
  });

  it('reads a body’s name in apposition to its role, and a possessive place with a body’s noun', () => {
    const { who } = imported([
      'The pier closed on Monday after a storm.',
      '',
      'The pier’s owners, the Northgate Leisure Trust, said in a statement that they were “deeply sorry”.',
      '',
      'The arcade’s insurer, the Bristol-based Holloway Mutual, said it was “in close contact with the owners”.',
      '',
      'Norway’s fisheries ministry said it was “studying the damage to the harbour”.',
      '',
    ]);
    assert.deepEqual(who, [
      ['deeply sorry', 'Northgate Leisure Trust'],
      ['in close contact with the owners', 'Holloway Mutual'],
      ['studying the damage to the harbour', 'Norway’s fisheries ministry'],
    ]);
  });

  it('“the official said” after a body spoke is the unnamed official, and so is the quotation after it', () => {
    const { who, people } = imported([
      'Talks on the sale of the shipyard stalled on Monday.',
      '',
      'The Harbour Development Agency said it was “following the talks closely”. A company official, speaking on condition of anonymity, said the board had met twice. “We are not selling,” the official said. “Not this year.”',
      '',
    ]);
    const official = people.find((p) => p.kind === 'anonymous')?.name;
    assert.equal(official, 'A company official');
    assert.deepEqual(who, [
      ['following the talks closely', 'Harbour Development Agency'],
      ['We are not selling', official],
      ['Not this year.', official],
    ]);
  });

  it('reads a source unnamed on purpose whatever the clauses around it, and “the source said” after it', () => {
    const { who, people } = imported([
      'The quarry will reopen in May.',
      '',
      'A geologist who has surveyed the site, and who asked not to be named because she still advises the owners, said the rock face was “not stable enough for blasting”.',
      '',
      'A senior council figure, who asked not to be named, said the vote had been rushed. “Nobody read the survey,” the source said.',
      '',
      'A planning officer in Ravensby, who was not authorised to speak publicly, said Ravensby residents had been asked to “keep away from the rim”.',
      '',
    ]);
    assert.deepEqual(who, [
      ['not stable enough for blasting', 'A geologist'],
      ['Nobody read the survey', 'A senior council figure'],
      ['keep away from the rim', 'A planning officer in Ravensby'],
    ]);
    assert.ok(people.every((p) => p.kind === 'anonymous'));
  });

  it('gives an unnamed spokesperson’s words to the body as the article names it in full', () => {
    const { who } = imported([
      'Flooding closed the ring road on Monday.',
      '',
      'The Ostwick Department of Public Works said crews were on site. A department spokesperson said Ostwick was the worst-hit town and urged drivers to “stay off the coast road”.',
      '',
      'A spokeswoman for the Kelby regional water authority said supplies were “safe to drink”.',
      '',
      'The Northern Constabulary confirmed it had closed the bridge. A spokesman for the force said officers would “stay until the water drops”.',
      '',
    ]);
    assert.deepEqual(who, [
      ['stay off the coast road', 'Ostwick Department of Public Works'],
      ['safe to drink', 'Kelby regional water authority'],
      ['stay until the water drops', 'Northern Constabulary'],
    ]);
  });

  it('“she said” passes over a man named after her by his honorific (“in Mr …”), and “he said” over a woman', () => {
    const { who } = imported([
      '“We never lost a boat,” Peter Vane, the coxswain, said. “Not one,” Ana Lind, the mechanic, said.',
      '',
      'The charity’s chair, Helen Oakes, said the trustees had “full confidence” in Mr Vane. “He kept the crews safe all winter,” she said.',
      '',
      'The harbourmaster, Colin Reyes, said he had written to Ms Lind. “The harbour owes her a great deal,” he said.',
      '',
    ]);
    assert.deepEqual(who.slice(3), [
      ['He kept the crews safe all winter', 'Helen Oakes'],
      ['The harbour owes her a great deal', 'Colin Reyes'],
    ]);
  });

  it('“it said” is the body whose whole name is the subject of the sentence before, whatever its verb', () => {
    const { who } = imported([
      'The cheese trial opened on Monday.',
      '',
      'The Federation des Fromagers de Savoie, the region’s dairy trade body, is a civil party to the case. In a statement, it said the fraud had “hurt every honest dairy”.',
      '',
    ]);
    assert.deepEqual(who, [['hurt every honest dairy', 'Federation des Fromagers de Savoie']]);
  });

  it('gives a spokesperson described by a body’s capitalised name, “and” or three words inside it, to that body', () => {
    const { who } = imported([
      'A warehouse burned down on Friday.',
      '',
      'A Scottish Fire and Rescue Service spokeswoman said crews would stay “for several days”.',
      '',
      'A Coastal Land Fund spokesperson said bids would be “assessed on their merits”.',
      '',
      'A senior Labour party spokesman said the fire was “a tragedy for the town”.',
      '',
    ]);
    assert.deepEqual(who, [
      ['for several days', 'Scottish Fire and Rescue Service'],
      ['assessed on their merits', 'Coastal Land Fund'],
      // Lower-case words before the noun are no body's name: the source stays anonymous.
      ['a tragedy for the town', 'A senior Labour party spokesman'],
    ]);
  });

  it('reads a body the article describes but never names as the speech verb’s subject, not a preposition’s object', () => {
    const { who, people } = imported([
      'Three skiers were caught in an avalanche on Sunday.',
      '',
      'The national avalanche institute said slab releases were “likely on steep slopes”.',
      '',
      'The area’s cantonal police said an inquiry would establish “whether any third party bears responsibility”.',
      '',
      'In a statement released on Monday, the Gemsstock race committee said the event was “suspended”.',
      '',
      'A source close to the mountain rescue board said there was “real frustration” among guides.',
      '',
      'The committee said the course was “safe until Saturday”.',
      '',
    ]);
    assert.deepEqual(who, [
      ['likely on steep slopes', 'national avalanche institute'],
      ['whether any third party bears responsibility', 'cantonal police'],
      ['suspended', 'Gemsstock race committee'],
      ['real frustration', 'A source close to the mountain rescue board'],
      // A bare noun is a role reference, never a body of its own: left open when no named body holds it.
      ['safe until Saturday', null],
    ]);
    assert.deepEqual(
      people.filter((p) => p.kind === 'group').map((p) => p.name),
      ['national avalanche institute', 'cantonal police', 'Gemsstock race committee'],
    );
  });

  it('gives “a ministry spokesman” to the ministry the article described before, never to words running over a clause', () => {
    const { who } = imported([
      'Under guidelines issued by the state interior ministry last autumn, towns must hire stewards.',
      '',
      'A ministry spokesman said the rules were “not a matter of bureaucracy”.',
      '',
      'Today the court chose the company’s experts over the residents.',
      '',
      'A company spokesperson said work could begin “within weeks”.',
      '',
    ]);
    assert.deepEqual(who, [
      ['not a matter of bureaucracy', 'state interior ministry'],
      ['within weeks', 'the company'],
    ]);
  });

  it('reads a source unnamed on purpose when its clause goes on with “and spoke on condition …” or “who spoke anonymously”', () => {
    const { who, people } = imported([
      'The race ended on Tuesday.',
      '',
      'A musher who finished in the top ten and spoke on condition of anonymity said staff had been “overwhelmed”.',
      '',
      '“Half the checkpoints ran on coffee,” the musher said.',
      '',
      'A utility engineer, who spoke anonymously because he was not authorised to talk, said the joke was “old”.',
      '',
    ]);
    assert.deepEqual(who, [
      ['overwhelmed', 'A musher'],
      ['Half the checkpoints ran on coffee', 'A musher'],
      ['old', 'A utility engineer'],
    ]);
    assert.deepEqual(
      people.map((p) => p.kind),
      ['anonymous', 'anonymous'],
    );
  });

  it('gives “the minister” and “the commissioner” to the person named after that title, a body’s noun to the body', () => {
    const { who } = imported([
      'Flooding closed the coast road on Monday.',
      '',
      'Transport Minister Ana Ruiz-Castell said the road would reopen within a week. Visiting the site, the minister said the repairs were “the first priority”.',
      '',
      'The Water Commissioner, Tomas Berglund, said his office would review the drains. Later the commissioner told reporters the drains had been “neglected for years”.',
      '',
      'The Coastal Roads Authority Chair Maeve Donnelly visited too. In a statement, the authority said the road was “safe to use”.',
      '',
    ]);
    assert.deepEqual(who, [
      ['the first priority', 'Ana Ruiz-Castell'],
      ['neglected for years', 'Tomas Berglund'],
      ['safe to use', 'Coastal Roads Authority'],
    ]);
  });

  it('gives “…,” she said opening a paragraph to the unnamed source the paragraph before described, a named one to the person', () => {
    const { who, people } = imported([
      'Mayor Lionel Achterberg said the market would move in spring. “It is time,” he said.',
      '',
      'Stalls were half empty on Saturday. One trader, who has sold cheese there for 20 years and asked that her name not be used, said takings had halved.',
      '',
      '“Nobody comes on a weekday any more,” she said.',
      '',
      'Councillor Hester Vandenberg-Lowe said the move was overdue.',
      '',
      '“We have waited a decade,” she said.',
      '',
    ]);
    assert.deepEqual(who, [
      ['It is time', 'Lionel Achterberg'],
      ['Nobody comes on a weekday any more', 'One trader'],
      ['We have waited a decade', 'Hester Vandenberg-Lowe'],
    ]);
    assert.deepEqual(
      people.filter((p) => p.kind === 'anonymous').map((p) => p.name),
      ['One trader'],
    );
  });

  it('reads an unnamed source described with “for …” (“A buyer for a large brewing group, who asked not to be named”) as “the buyer”', () => {
    const { who } = imported([
      'Grain prices rose again on Monday, said Olwen Trevithick-Hart, an analyst.',
      '',
      'A buyer for a large Dutch milling group, who asked not to be named, said mills were cutting orders. “Nobody will admit it,” the buyer said.',
      '',
    ]);
    assert.deepEqual(who, [['Nobody will admit it', 'A buyer for a large Dutch milling group']]);
  });
});
