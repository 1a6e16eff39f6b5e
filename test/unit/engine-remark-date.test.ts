/** remarkDate: the day a draft gives for a remark, resolved against the draft's date, for "Add Selection to Corpus". */
import * as assert from 'assert';
import { remarkDate } from '../../src/engine';

function at(draft: string, quote: string, options = {}) {
  const start = draft.indexOf(quote);
  return remarkDate(draft, { start, end: start + quote.length }, options);
}

describe('engine: remarkDate', () => {
  const dated = '---\ndate: 2025-08-19\n---\n\n';

  it('"on Monday" in a draft dated Tuesday 19 August 2025 is Monday 18 August', () => {
    const draft = `${dated}“We will not sign,” Stubb told reporters on Monday.\n`;
    assert.deepEqual(at(draft, 'We will not sign'), {
      date: '2025-08-18',
      basis: '“Monday” in a draft dated Tuesday 19 August 2025: Monday 18 August 2025.',
    });
  });

  it('"yesterday" and a printed date; a day inside the quotation is not when it was said', () => {
    assert.equal(at(`${dated}Stubb said yesterday: “Talks resume.”\n`, 'Talks resume.')?.date, '2025-08-18');
    assert.equal(
      at(`${dated}On Aug. 17, Stubb said: “Talks resume on Friday.”\n`, 'Talks resume on Friday.')?.date,
      '2025-08-17',
    );
  });

  it('a day named elsewhere in the paragraph when the sentence names none', () => {
    const draft = `${dated}Stubb spoke on Sunday. “Talks resume,” he said.\n`;
    assert.equal(at(draft, 'Talks resume')?.date, '2025-08-17');
  });

  it('no day named: the draft’s date (front matter, else the setting); no date at all: undefined', () => {
    assert.deepEqual(at(`${dated}“Talks resume,” Stubb said.\n`, 'Talks resume'), {
      date: '2025-08-19',
      basis: 'The draft’s date (Tuesday 19 August 2025); the draft names no day for the remark.',
    });
    assert.equal(
      at('“Talks resume,” Stubb said on Monday.\n', 'Talks resume', { draftDate: '2025-08-19' })?.date,
      '2025-08-18',
    );
    assert.equal(at('“Talks resume,” Stubb said on Monday.\n', 'Talks resume'), undefined);
  });
});
