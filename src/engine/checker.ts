// STUB: the real checker is being written (engine owner). The public surface below is the contract.
import type { CheckOptions, CheckResult, Corpus, Person, Source, Statement } from './types';

/** Indexes a corpus once and checks drafts against it; re-checks reuse unchanged paragraphs. */
export class FactChecker {
  constructor(readonly corpus: Corpus) {}

  /** Checks a whole draft. Repeated calls on an edited draft re-judge only changed paragraphs. */
  check(_text: string, _options: CheckOptions = {}): CheckResult {
    return { findings: [] };
  }

  person(id: string | null | undefined): Person | undefined {
    return this.corpus.people.find((person) => person.id === id);
  }

  source(id: string): Source | undefined {
    return this.corpus.sources.find((source) => source.id === id);
  }

  statement(id: string): Statement | undefined {
    return this.corpus.statements.find((statement) => statement.id === id);
  }
}
