import * as assert from 'node:assert/strict';
import { acceptedCorpusLines, editProposal, importArticle } from '../../src/engine/import';
import type { Proposal, ProposedStatement } from '../../src/engine/import/types';
import { parseCorpusFile } from '../../src/engine';
import { importArticles } from '../../src/server/importArticles';

const empty = { statements: [], people: [], sources: [] };
const ARTICLE = [
  '---',
  'title: Harbour wall plan approved',
  'date: 2026-01-06',
  'publisher: Springfield Gazette',
  '---',
  '',
  '“We will rebuild the harbour wall before winter,” Jane Roe, the mayor, said on Monday.',
  '',
  'Councillor Tom Vale disagreed. “This plan costs £4m we do not have,” he said.',
  '',
].join('\n');

function proposals(): Proposal[] {
  const result = importArticle('harbour.md', ARTICLE, empty);
  assert.ok(!('message' in result));
  return result.proposals;
}
const statement = (list: readonly Proposal[], index: number) =>
  list.filter((p): p is ProposedStatement => p.type === 'statement')[index];

describe('import review edits', () => {
  it('sets a new speaker by name, proposing the person, and a known one by alias', () => {
    const list = proposals();
    const id = statement(list, 1).id;
    assert.equal(statement(list, 1).speaker, 'tom-vale', '“he said” is the person named last before it');
    const edited = editProposal(list, id, 'speaker', 'Ann Hart', []);
    assert.equal(edited.error, undefined);
    assert.equal(statement(edited.proposals, 1).speaker, 'ann-hart');
    assert.deepEqual(edited.proposals.at(-1), {
      type: 'person',
      id: 'ann-hart',
      name: 'Ann Hart',
      kind: 'person',
      aliases: ['Ann Hart', 'Hart'],
      roles: [],
      status: 'proposed',
    });
    const back = editProposal(edited.proposals, id, 'speaker', 'roe', []);
    assert.equal(statement(back.proposals, 1).speaker, 'jane-roe');
    assert.equal(back.proposals.length, edited.proposals.length, 'no second person for a known alias');
  });

  it('sets date with its precision, outlet, and text with numbers and negation derived again', () => {
    const list = proposals();
    const id = statement(list, 0).id;
    let next = editProposal(list, id, 'date', '2026-01', []).proposals;
    assert.deepEqual([statement(next, 0).date, statement(next, 0).datePrecision], ['2026-01', 'month']);
    next = editProposal(next, id, 'outlet', 'at a council meeting', []).proposals;
    assert.equal(statement(next, 0).outlet, 'at a council meeting');
    next = editProposal(next, id, 'text', '“We will not spend £3m”', []).proposals;
    assert.deepEqual(
      [statement(next, 0).text, statement(next, 0).negated, statement(next, 0).numbers.map((n) => n.value)],
      ['We will not spend £3m', true, [3000000]],
    );
    assert.match(statement(next, 0).reason, /date edited in review; outlet edited in review; text edited in review$/);
  });

  it('refuses a bad date, an empty text and an unknown id, leaving the list as it was', () => {
    const list = proposals();
    const id = statement(list, 0).id;
    assert.equal(
      editProposal(list, id, 'date', '2026-13-40', []).error,
      "'2026-13-40' is not an ISO date (2025-08-17, 2025-08 or 2025)",
    );
    assert.equal(editProposal(list, id, 'text', '  ', []).error, 'the text cannot be empty');
    assert.equal(editProposal(list, 'nope', 'outlet', 'x', []).error, "no proposed statement 'nope'");
    assert.deepEqual(editProposal(list, id, 'date', 'Monday', []).proposals, list);
  });

  it('writes an edited, accepted statement and its new speaker as corpus lines that load cleanly', () => {
    let list = proposals();
    const id = statement(list, 1).id;
    list = editProposal(list, id, 'speaker', 'Ann Hart', []).proposals;
    list = list.map((p) => (p.type === 'statement' && p.id === id ? { ...p, status: 'accepted' as const } : p));
    const lines = acceptedCorpusLines(list);
    assert.deepEqual(
      lines.map((line) => [JSON.parse(line).type, JSON.parse(line).id]),
      [
        ['source', statement(list, 1).source],
        ['statement', id],
        ['person', 'ann-hart'],
      ],
      'the proposed Tom Vale is not needed any more',
    );
    const loaded = parseCorpusFile('corpus.jsonl', lines.join('\n'));
    assert.deepEqual(loaded.problems, []);
    assert.equal(loaded.corpus.statements[0].speaker, 'ann-hart');
  });
});

describe('server importArticles', () => {
  it('proposes from each article and lists the ones it cannot read', () => {
    const result = importArticles(
      {
        articles: [
          { file: 'harbour.md', text: ARTICLE },
          { file: 'empty.html', text: '<html><body></body></html>' },
        ],
      },
      empty,
    );
    assert.equal(result.proposals.filter((p) => p.type === 'statement').length, 2);
    assert.deepEqual(
      result.failures.map((failure) => failure.file),
      ['empty.html'],
    );
  });
});
