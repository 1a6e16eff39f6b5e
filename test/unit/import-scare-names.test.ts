// Quoted names that are no one's words (issue 11, blind-6/-8 kinds): a nickname or pseudonym given
// by a noun before it, "dubbed the “…”", and a programme's title in another language.
import * as assert from 'node:assert/strict';
import { quotedTexts } from './importedQuotes';

const quoted = (lines: string[]) => quotedTexts(lines, '2026-03-12', 'Valley Courier');

describe('importer: quoted names are not statements', () => {
  it('a nickname or pseudonym named by a noun before it, words between', () => {
    assert.deepEqual(
      quoted([
        'His lawyer, Karl Böttcher, said his client’s nickname on the circuit, “the Iceman”, had been used against him.',
        '',
        'The founder, who writes under the pseudonym “Nimzo”, called the numbers “interesting but not conclusive”.',
        '',
      ]),
      ['interesting but not conclusive'],
    );
  });

  it('a remark about a nickname stays a statement: it is longer than a name', () => {
    assert.deepEqual(
      quoted(['A utility engineer said staff had heard the nickname “so often that nobody laughs any more”.', '']),
      ['so often that nobody laughs any more'],
    );
  });

  it('“dubbed the …” and a programme’s title in another language', () => {
    assert.deepEqual(
      quoted([
        'Experts say the mite, dubbed the “brood thief” by local media, is more dangerous, the ministry said.',
        '',
        'The National Food Authority said it would release rice under its “Bigas ng Bayan” programme.',
        '',
      ]),
      [],
    );
  });
});
