// One way to name a speaker (src/engine/speakerName.ts): citations, the hover's description and
// the report name the same speaker id the same way; only the words for "nobody" differ by place.
import * as assert from 'node:assert/strict';
import { formatCitation, nameOfSpeaker, type Corpus, type Statement } from '../../src/engine';
import { describeStatement, speakerName, type CorpusDirectory } from '../../src/server/statementInfo';

const corpus: Pick<Corpus, 'people' | 'sources'> = {
  people: [{ id: 'jane-roe', name: 'Jane Roe', kind: 'person', aliases: ['Roe'], roles: [] }],
  sources: [],
};
const directory: CorpusDirectory = {
  person: (id) => corpus.people.find((person) => person.id === id),
  source: () => undefined,
};

function statement(speaker: string | null): Statement {
  return {
    id: 's',
    kind: 'quote',
    speaker,
    text: 'We will not walk away.',
    date: '2025-10-07',
    datePrecision: 'day',
    dateBasis: '',
    outlet: '',
    source: 'none',
    context: '',
    numbers: [],
    negated: false,
  };
}

describe('speaker names: one implementation for every caller', () => {
  const cases: [string | null, string | undefined][] = [
    ['jane-roe', 'Jane Roe'],
    ['unknown:Northline', 'Northline'],
    ['not-in-corpus', 'not-in-corpus'],
    [null, undefined],
  ];

  it('nameOfSpeaker: the person, the draft words of an unknown speaker, the bare id, or nothing', () => {
    assert.deepEqual(
      cases.map(([id]) => nameOfSpeaker(id, directory.person)),
      cases.map(([, name]) => name),
    );
    assert.equal(
      nameOfSpeaker('', () => ({ name: 'x' })),
      undefined,
    );
  });

  it('the citation, the hover description and the report agree on every id', () => {
    for (const [id, name] of cases) {
      assert.equal(
        formatCitation(statement(id), corpus),
        `“We will not walk away,” ${name ?? 'an unnamed source'} said (Tuesday 7 October 2025).`,
      );
      assert.equal(describeStatement(statement(id), directory).speakerName, name ?? 'Unattributed (reported fact)');
      assert.equal(speakerName(id, directory), name ?? 'nobody named');
    }
  });
});
