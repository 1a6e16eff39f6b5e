// One article imported for a test: the quotations the importer proposes and who it says spoke them.
// The import test files that each had a byte-identical copy of this (dates and publishers aside) use it.
import * as assert from 'node:assert/strict';
import { importArticle } from '../../src/engine/import';
import type { ProposedPerson, ProposedStatement } from '../../src/engine/import/types';

const empty = { statements: [], people: [], sources: [] };

/** A Markdown article: front matter with the story's date (ISO) and publisher, then `lines`. */
function article(lines: string[], date: string, publisher: string): string {
  return ['---', 'title: Test story', `date: ${date}`, `publisher: ${publisher}`, '---', '', ...lines].join('\n');
}

/**
 * The quotations imported from `lines` (an empty corpus, default options): the proposals, the new
 * people, and `who`, each quotation's text beside its speaker's name (the id when no person is proposed).
 */
export function importedQuotes(lines: string[], date: string, publisher: string) {
  const result = importArticle('story.md', article(lines, date, publisher), empty, {});
  assert.ok(!('message' in result));
  const statements = result.proposals.filter(
    (p): p is ProposedStatement => p.type === 'statement' && p.kind === 'quote',
  );
  const people = result.proposals.filter((p): p is ProposedPerson => p.type === 'person');
  const name = (id: string | null) => (id ? (people.find((p) => p.id === id)?.name ?? id) : null);
  return { statements, people, who: statements.map((s) => [s.text, name(s.speaker)]) };
}

/** The texts of the quotations imported from `lines`. */
export function quotedTexts(lines: string[], date: string, publisher: string): string[] {
  return importedQuotes(lines, date, publisher).statements.map((s) => s.text);
}
