// The importer's speaker names, kinds of fault found on blind-6 (issue 11), on invented articles:
// a hyphenated surname kept whole, a regional head's title before a name, a title a body's word
// opens ("Council President"), a name that is a verb's object is no antecedent for "she", and a
// reply right after a dated meeting was given at it.
import * as assert from 'node:assert/strict';
import { importedQuotes } from './importedQuotes';

const imported = (lines: string[]) => importedQuotes(lines, '2026-03-12', 'Valley Courier');

describe('importer speaker names (issue 11, blind-6 kinds)', () => {
  it('keeps a hyphenated surname whole, as the name and as its short form', () => {
    const { who, people } = imported([
      '“The pumps are running day and night,” Mayor Irena Kowal-Brzęk told reporters on Tuesday. “We will not stop.”',
      '',
      'Kowal-Brzęk was asked about the cost. “That is for later,” she said.',
      '',
    ]);
    assert.deepEqual(who, [
      ['The pumps are running day and night', 'Irena Kowal-Brzęk'],
      ['We will not stop.', 'Irena Kowal-Brzęk'],
      ['That is for later', 'Irena Kowal-Brzęk'],
    ]);
    assert.deepEqual(
      people.map((p) => [p.name, p.aliases]),
      [['Irena Kowal-Brzęk', ['Irena Kowal-Brzęk', 'Kowal-Brzęk']]],
    );
  });

  it('drops a regional head’s title (voivode, prefect) before the name', () => {
    const { who } = imported([
      '“Every road north is shut,” Prefect Odile Marchetti-Sow said on Wednesday.',
      '',
      '“Nobody should travel,” Voivode Tadeusz Grab told the regional radio.',
      '',
    ]);
    assert.deepEqual(who, [
      ['Every road north is shut', 'Odile Marchetti-Sow'],
      ['Nobody should travel', 'Tadeusz Grab'],
    ]);
  });

  it('reads “he said” after “Council President Name, who …” as that person, not the earlier speaker', () => {
    const { who } = imported([
      '“We were promised a new roof,” Lidia Farrow said at Monday night’s board meeting.',
      '',
      'Board Chair Kenton Abara, who backed the delay, defended the vote. “The survey said it was sound,” he said.',
      '',
    ]);
    assert.deepEqual(who, [
      ['We were promised a new roof', 'Lidia Farrow'],
      ['The survey said it was sound', 'Kenton Abara'],
    ]);
  });

  it('does not take a name that is a verb’s object for the “she” after it', () => {
    const { who } = imported([
      '“The cost has doubled,” Tomas Brandvold said on Monday.',
      '',
      'Greta Solheim-Lunde, who chairs the transport committee, said she would summon Brandvold. “The public is owed an answer,” she said.',
      '',
    ]);
    assert.deepEqual(who, [
      ['The cost has doubled', 'Tomas Brandvold'],
      ['The public is owed an answer', 'Greta Solheim-Lunde'],
    ]);
  });

  it('dates a reply in the paragraph after a dated meeting to that meeting, not to the lede’s day', () => {
    const { statements } = imported([
      'The Alder Street footbridge was closed on Friday after inspectors found rust in a beam.',
      '',
      '“Nobody told us it was failing,” Councillor Mira Oyelaran said at Monday night’s council meeting.',
      '',
      'Council President Howard Lenz, who voted to delay repairs, defended the decision. “Every report said it was safe,” he said.',
      '',
    ]);
    assert.deepEqual(
      statements.map((s) => [s.text, s.date]),
      [
        ['Nobody told us it was failing', '2026-03-09'],
        ['Every report said it was safe', '2026-03-09'],
      ],
    );
  });
});
