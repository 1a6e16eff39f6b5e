// The importer's speakers, kinds of fault found on blind-10's first run, on articles written for the
// test: a name behind an acronym or a place's modifier after a preposition is an object, not the
// "he" or "she" that speaks next; an unnamed source described with a capitalised modifier (a
// nationality, a party) is still an unnamed source; a quotation printed with a low opening mark and
// a high closing one („…“, as in Czech, German and Polish) leaves its "she said" outside it.
import * as assert from 'node:assert/strict';
import { notAPerson } from '../../src/engine/import/antecedent';
import { importedQuotes } from './importedQuotes';

const imported = (lines: string[]) => importedQuotes(lines, '2026-05-12', 'Harbour Gazette');

describe('importer speakers: objects and unnamed sources', () => {
  it('passes over a broadcaster after “on” and an acronym (“on ABC Radio Wexford”) for “she said”', () => {
    const { who } = imported([
      'Councillor Maeve Tolan, who chairs the finance committee, defended the cuts on ABC Radio Wexford this morning. “Nobody wants to close a library,” she said.',
      '',
    ]);
    assert.deepEqual(who, [['Nobody wants to close a library', 'Maeve Tolan']]);
  });

  it('passes over a place after a preposition and a modifier (“in nearby Port Alder”) for “he said”', () => {
    const { who } = imported([
      'Ewan Strachan, who runs a yard in nearby Port Alder, said the harbour had lost its slipway. Now he fears for the yard. “We cannot launch anything bigger than a dinghy,” he said.',
      '',
    ]);
    assert.deepEqual(who, [['We cannot launch anything bigger than a dinghy', 'Ewan Strachan']]);
  });

  it('an unnamed source with a capitalised modifier (“A Danish cyclist who … asked not to be named”) speaks, not the last person named', () => {
    const { who, people } = imported([
      '“The climb was the hardest part,” said Ilse Markovic, the race winner.',
      '',
      'A Danish cyclist who finished third, and who asked not to be named because she rides for a sponsor, said she accepted the result but felt “cheated of a fair sprint.”',
      '',
      '“Nobody warned us about the gravel,” she said.',
      '',
    ]);
    const anonymous = people.find((p) => p.kind === 'anonymous');
    assert.equal(anonymous?.name, 'A Danish cyclist');
    assert.deepEqual(who, [
      ['The climb was the hardest part', 'Ilse Markovic'],
      ['cheated of a fair sprint.', 'A Danish cyclist'],
      ['Nobody warned us about the gravel', 'A Danish cyclist'],
    ]);
  });

  it('reads „…“ (a low opening mark, a high closing one) as a quotation, so its “she said” is read', () => {
    const { who } = imported([
      'Plant manager Tomáš Hruška said the furnace would go cold in June. “We tried everything,” he said.',
      '',
      'Jiřina Kopecká, a glassblower who has worked at the furnace for 27 years, spoke to reporters at the gate after the meeting. „Zavírají školu, ne továrnu,“ she said — they are closing a school, not a factory. „Kdo naučí ty kluky foukat?“ Who will teach the boys, she asked.',
      '',
      'Anneliese Vogt, who runs the bakery opposite, was blunt. „Das ist das Ende,” she said — it is the end.',
      '',
    ]);
    assert.deepEqual(who, [
      ['We tried everything', 'Tomáš Hruška'],
      ['Zavírají školu, ne továrnu', 'Jiřina Kopecká'],
      ['Kdo naučí ty kluky foukat?', 'Jiřina Kopecká'],
      ['Das ist das Ende', 'Anneliese Vogt'],
    ]);
  });

  it('“the minister said” is the person named after the title and its complement (“the minister for coastal affairs, Rhona Baird,”)', () => {
    const { who } = imported([
      '“The quay will be rebuilt,” said harbour master Ines Duarte.',
      '',
      'The country’s minister for coastal affairs and fisheries, Rhona Baird, toured the harbour last month. Asked about the repairs on Monday, the minister said the state would “pay for every stone.”',
      '',
      '“Nobody will be left behind,” the minister told reporters.',
      '',
    ]);
    assert.deepEqual(who, [
      ['The quay will be rebuilt', 'Ines Duarte'],
      ['pay for every stone.', 'Rhona Baird'],
      ['Nobody will be left behind', 'Rhona Baird'],
    ]);
  });

  it('a surname alone opening a sentence, given in full earlier (“Asked by Coun. Marty Fehr … Fehr cast the only vote”), is the “he” that speaks next', () => {
    const { who } = imported([
      'Senior engineer Kyle Andrusiak told council the roof was sound. “We design roofs to carry snow,” he said.',
      '',
      'Asked by Coun. Marty Fehr whether the arena could open, Andrusiak said he could not recommend it. “You would be betting on the forecast,” he said.',
      '',
      'Fehr cast the only vote against the closure. He said afterwards that he wanted a second opinion. “We are talking about the heart of this town,” he said.',
      '',
      'Tuesday brought more snow. “It will hold,” he said.',
      '',
    ]);
    assert.deepEqual(who, [
      ['We design roofs to carry snow', 'Kyle Andrusiak'],
      ['You would be betting on the forecast', 'Kyle Andrusiak'],
      ['We are talking about the heart of this town', 'Marty Fehr'],
      ['It will hold', 'Marty Fehr'],
    ]);
  });

  it('passes over a place after “outside” and a title in British single marks for “he said” / “she wrote”', () => {
    const { who } = imported([
      'Tomasz Brand, a member of the assembly, told reporters outside Kamal Bagh that the report was late.',
      '',
      '“Why publish it after the vote?” he said.',
      '',
      "Ewa Lindqvist won the prize in 2019 for 'Winter Harbour at Dusk'. In her letter she thanked the trustees.",
      '',
      "'I am sorry to leave like this,' she wrote.",
      '',
    ]);
    assert.deepEqual(who, [
      ['Why publish it after the vote?', 'Tomasz Brand'],
      ['I am sorry to leave like this', 'Ewa Lindqvist'],
    ]);
  });

  it('“Another driver, who did not want her name used” is an unnamed source; “Another passenger, British tourist Gavin Roe,” is named', () => {
    const { who, people } = imported([
      'Kwame Mensah, who runs a bakery downtown, said he had been charged twice. “The city owes me money,” he said.',
      '',
      'Another driver, who did not want her name used because she works for the county, said the help line had been no help. “Nobody called me back,” she said.',
      '',
      'Another passenger, British tourist Gavin Roe, said he sympathised with the crew. “They are worked to the bone,” he said.',
      '',
    ]);
    assert.equal(people.find((p) => p.kind === 'anonymous')?.name, 'Another driver');
    assert.deepEqual(who, [
      ['The city owes me money', 'Kwame Mensah'],
      ['Nobody called me back', 'Another driver'],
      ['They are worked to the bone', 'Gavin Roe'],
    ]);
  });

  it('a family name given first (“Hungary’s Nagy Zsófia … Nagy said”) is the full name after it, not a possessive before it', () => {
    const { who, people } = imported([
      'The Serbian grandmaster finished half a point ahead of Hungary’s Nagy Zsófia on Saturday.',
      '',
      'Nagy, who has been awarded the title, said she took no pleasure in it. “This is not how anyone wants to win,” she said.',
      '',
    ]);
    assert.deepEqual(who, [['This is not how anyone wants to win', 'Nagy Zsófia']]);
    assert.deepEqual(people.find((p) => p.name === 'Nagy Zsófia')?.aliases, ['Nagy Zsófia', 'Nagy']);
  });

  it('an operator named by what it runs (“Kestrel Buses”, “Harbour Energy”) is a body, not the “he” that speaks next', () => {
    const { who } = imported([
      'Owain Pritchard, a driver, said he had warned managers about the charger months ago. Kestrel Buses has not commented on the warning. “I told them twice,” he said.',
      '',
    ]);
    assert.deepEqual(who, [['I told them twice', 'Owain Pritchard']]);
  });
});

describe('notAPerson: a name no "he" or "she" stands for', () => {
  const text =
    'Superintendent Lorraine Esterhaus spoke. A spokeswoman for the Missouri Department of Elementary and Secondary Education said no. ' +
    'Every Band A feeder has a meter, a spokesperson for the office in Lyon said, and Queensland Health agreed. Rituraj Nath said so.';
  it('the tail of a body’s “X of A and B” name, a name modifying a noun, a place after “in”, a body’s word', () => {
    assert.deepEqual(
      ['Secondary Education', 'Band A', 'Lyon', 'Health', 'Lorraine Esterhaus', 'Rituraj Nath'].map((name) =>
        notAPerson(text, name, text.length),
      ),
      [true, true, true, true, false, false],
    );
  });
});
