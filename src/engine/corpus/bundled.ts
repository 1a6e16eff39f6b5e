/**
 * The corpus that ships with Fact Desk, curated from the five seed articles.
 *
 * The data files are imported as modules so esbuild inlines them into every bundle (Node, browser,
 * CLI): no file I/O at activation. They are validated against data/schema/*.schema.json by the unit
 * tests, not here, so activation does no validation work.
 */
import type { Corpus, Person, Source, Statement } from '../types';
import statementsFile from '../../../data/statements.json';
import peopleFile from '../../../data/people.json';
import sourcesFile from '../../../data/sources.json';

/** Returns the bundled corpus. Cheap: the arrays are shared, callers must not mutate them. */
export function loadBundledCorpus(): Corpus {
  return {
    statements: statementsFile.statements as Statement[],
    people: peopleFile.people as Person[],
    sources: sourcesFile.sources as Source[],
  };
}
