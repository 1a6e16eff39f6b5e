// The importer's speakers quoted by part of their name (issue 11, blind-6/-7/-8 kinds), and
// sentences that date a speaker without quoting them, read in the article's order.
import * as assert from 'node:assert/strict';
import { holdsRun } from '../../src/engine/import/new-people';
import { importedQuotes } from './importedQuotes';

const imported = (lines: string[]) => importedQuotes(lines, '2026-03-12', 'Valley Courier');

describe('importer: a speaker quoted by part of their name', () => {
  it('holdsRun: a run of whole words, case-blind, shorter than the name', () => {
    assert.equal(holdsRun('Nguyễn Thị Lan', 'Nguyễn'), true);
    assert.equal(holdsRun('Antonio Jiménez Ortega', 'Antonio Jiménez'), true);
    assert.equal(holdsRun('Joost van der Heijden', 'Van der Heijden'), true);
    assert.equal(holdsRun('Sanne de Wit-Ramdin', 'Wit'), false);
    assert.equal(holdsRun('Nguyễn Thị Lan', 'Nguyễn Thị Lan'), false);
    assert.equal(holdsRun('Clachan Spirits Ltd', 'Spirits Clachan'), false);
  });

  it('a family name given first ("Nguyễn" for "Nguyễn Thị Lan") is the same person', () => {
    const { who, people } = imported([
      'The bridge will stay closed for months, city engineer Nguyễn Thị Lan said on Tuesday.',
      '',
      '“Right now I can’t,” Nguyễn said at a news conference.',
      '',
    ]);
    assert.deepEqual(who, [['Right now I can’t', 'Nguyễn Thị Lan']]);
    assert.deepEqual(
      people.map((p) => [p.name, p.aliases]),
      [['Nguyễn Thị Lan', ['Nguyễn Thị Lan', 'Lan', 'Nguyễn']]],
    );
  });

  it('a body quoted without its legal suffix ("Clachan Spirits" for "Clachan Spirits Ltd") is the same body', () => {
    const { who } = imported([
      '“Production will resume as soon as it is safe,” Clachan Spirits Ltd said on Monday.',
      '',
      'Clachan Spirits said it would “co-operate fully with the investigation”.',
      '',
    ]);
    assert.deepEqual(who, [
      ['Production will resume as soon as it is safe', 'Clachan Spirits Ltd'],
      ['co-operate fully with the investigation', 'Clachan Spirits Ltd'],
    ]);
  });

  it('a run two names hold merges into neither: "Kaya Yılmaz" read alone stays its own record', () => {
    const { people } = imported([
      '“We will strike,” said Fatma Kaya Yılmaz, a crane driver.',
      '',
      '“We will not move,” said Marloes Kaya Yılmaz, the chief executive.',
      '',
      '“Nobody listens,” Kaya Yılmaz said.',
      '',
    ]);
    assert.deepEqual(
      people.map((p) => p.name),
      ['Fatma Kaya Yılmaz', 'Marloes Kaya Yılmaz', 'Kaya Yılmaz'],
    );
  });
});

describe('importer: a name with particles inside it', () => {
  it('reads "Joost van der Heijden" whole, and "Van der Heijden" opening a sentence as him', () => {
    const { who, people } = imported([
      '“This is not about the future,” Joost van der Heijden, the union’s chief negotiator, told reporters.',
      '',
      '“We have waited long enough,” Van der Heijden said. “Nobody has replied to us.”',
      '',
    ]);
    assert.deepEqual(who, [
      ['This is not about the future', 'Joost van der Heijden'],
      ['We have waited long enough', 'Joost van der Heijden'],
      ['Nobody has replied to us.', 'Joost van der Heijden'],
    ]);
    assert.deepEqual(
      people.map((p) => p.name),
      ['Joost van der Heijden'],
    );
  });

  it('a particle with no capitalised word after it is not part of the name', () => {
    const { who } = imported(['“We will see,” said Anna Berg de la, a typo.', '']);
    assert.deepEqual(who, [['We will see', 'Anna Berg']]);
  });
});

describe('importer: a sentence that dates a speaker without quoting them, in the article’s order', () => {
  it('dates the quotation after it, not the one before it', () => {
    const { statements } = imported([
      '“We are open,” Hamish Lyall said on Monday.',
      '',
      'Lyall said on Wednesday that the distillery had been insured.',
      '',
      '“We will rebuild,” Lyall said.',
      '',
    ]);
    assert.deepEqual(
      statements.map((s) => [s.text, s.date]),
      [
        ['We are open', '2026-03-09'],
        ['We will rebuild', '2026-03-11'],
      ],
    );
  });
});
