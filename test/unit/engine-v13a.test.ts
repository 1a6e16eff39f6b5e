/**
 * Issue 8's last verdict gaps of round 13 (test/unit/fixtures/kiln-corpus.jsonl, an invented
 * brickworks newsroom), each with the exact finding (kind, text, record, message): a name after a
 * preposition's comma, a leading subordinate clause's flip, a surname-first full name.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FactChecker, mergeCorpora, parseCorpusFile } from '../../src/engine';
import { findingsOf } from './findingsOf';

const file = path.join(__dirname, 'fixtures', 'kiln-corpus.jsonl');
const parsed = parseCorpusFile('kiln-corpus.jsonl', fs.readFileSync(file, 'utf8'));
const checker = new FactChecker(mergeCorpora([{ name: 'kiln', corpus: parsed.corpus }]).corpus);

const check = (draft: string, draftDate = '2026-03-05') => findingsOf(checker, draft, draftDate);

describe('engine: verdicts on a brickworks newsroom (issue 8, round 13)', () => {
  it('loads the fixture without problems', () => {
    assert.deepStrictEqual(parsed.problems, []);
  });

  it('a name after "to," speaks: the comma ends the preposition, so the speaker’s own flip is caught', () => {
    const flip = {
      kind: 'negation',
      text: 'inspectors ordered',
      statement: 'solis-nobody-ordered',
      message:
        'Says the opposite: “inspectors ordered” where the record has “Nobody has ordered” — Marta Solís Vega, 3 Mar 2026.',
    };
    assert.deepStrictEqual(
      check('Kiln Valley Bricks stopped its kilns only because the inspectors ordered it to, Solís said.'),
      [flip],
    );
    // Without the comma the name is the preposition's object: no speaker, and no flip on so few words.
    assert.deepStrictEqual(
      check('Kiln Valley Bricks stopped its kilns only because the inspectors spoke to Solís.'),
      [],
    );
  });

  it('a leading "Because …," clause is judged on its own: its flip is caught, a condition ("If …,") is not', () => {
    // The main clause is long and about other things: the whole sentence restates no record.
    const clause =
      ' the new kiln is certified for night shifts, the owners expect every furnace crew, lorry driver and clay digger in the district to earn overtime through the spring, a foreman argued.';
    assert.deepStrictEqual(check(`Because${clause}`), [
      {
        kind: 'negation',
        text: 'is certified',
        statement: 'kiln-not-certified',
        message:
          'Says the opposite: “is certified” where the record has “is not certified” — Kiln Valley Post, 3 Mar 2026.',
      },
    ]);
    assert.deepStrictEqual(check(`If${clause}`), []);
  });

  it('a surname-first full name whose given name is not the corpus person’s is someone else', () => {
    const words = '“The labour office will not close the brickworks this winter,”';
    assert.deepStrictEqual(check(`${words} said Park Min-ho, a kiln worker.`), [
      {
        kind: 'misattribution',
        text: 'Park Min-ho',
        statement: 'park-not-closing',
        message: 'Wrong speaker: “Park Min-ho” where the record has “Park Seo-jun” — Valley Radio, 3 Mar 2026.',
      },
    ]);
    // The corpus person by surname or full name is still theirs.
    for (const name of ['Park', 'Park Seo-jun'])
      assert.deepStrictEqual(
        check(`${words} said ${name}.`).map((f) => [f.kind, f.statement]),
        [['supported', 'park-not-closing']],
        name,
      );
  });
});
