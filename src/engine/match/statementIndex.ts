import type { Statement } from '../types';
import { contentTokens, tokenize, topicStems, topicStemsOf, type Token } from '../text/tokens';

/** A statement prepared once for matching: its tokens, kept for alignment and overlap. */
export interface IndexedStatement {
  statement: Statement;
  /** Words of the statement text (for quotation alignment). */
  tokens: Token[];
  /** Distinct content stems of the text. */
  stems: Set<string>;
  /** Distinct content stems of the text and the sentence around it (a short fragment's topic lives there). */
  topicStems: Set<string>;
}

/** A StatementIndex as arrays: `terms` in id order; postings of term i are the next documentFrequency[i] entries of `docs` and `weights`. */
export interface StatementIndexParts {
  terms: string[];
  documentFrequency: Int32Array;
  docLength: Float32Array;
  averageLength: number;
  docs: Int32Array;
  weights: Float32Array;
}

export interface Candidate {
  doc: number;
  score: number;
}

const K1 = 1.2;
const B = 0.75;
/** Context words (the sentence around a quote) help retrieval at a discount. */
const CONTEXT_WEIGHT = 0.4;
const MAX_QUERY_TERMS = 12;

/**
 * An inverted index over statement stems with BM25 scoring. Built once per corpus; a query
 * touches only the posting lists of its own terms, so a check never scans the whole corpus.
 * Posting lists are typed arrays to keep 100k statements well inside the memory budget.
 */
export class StatementIndex {
  private readonly statements: Statement[];
  /** Tokens and stem sets of the statements a check has looked at; built on demand, bounded. */
  private readonly prepared = new Map<number, IndexedStatement>();
  private readonly termIds = new Map<string, number>();
  /** Every term's postings laid end to end (a snapshot's arrays as read): term `id`'s are at starts[id] to starts[id + 1]. */
  private docs: Int32Array = new Int32Array(0);
  private weights: Float32Array = new Float32Array(0);
  private starts: Int32Array = new Int32Array(1);
  private documentFrequency: Int32Array = new Int32Array(0);
  private docLength: Float32Array = new Float32Array(0);
  private averageLength = 1;
  private scratch: Float32Array = new Float32Array(0);

  /** Indexes `statements`; with `parts` (from `toParts` on the same statements), takes the index as it was instead. */
  constructor(statements: Statement[], parts?: StatementIndexParts) {
    this.statements = statements;
    if (parts) {
      if (parts.docLength.length !== statements.length || parts.terms.length !== parts.documentFrequency.length)
        throw new Error('index snapshot does not fit the corpus');
      parts.terms.forEach((term, id) => this.termIds.set(term, id));
      this.starts = startsOf(parts.documentFrequency);
      const at = this.starts[parts.terms.length];
      if (at !== parts.docs.length || parts.weights.length !== at)
        throw new Error('index snapshot does not fit the corpus');
      this.docs = parts.docs;
      this.weights = parts.weights;
      this.documentFrequency = parts.documentFrequency;
      this.docLength = parts.docLength;
      this.averageLength = parts.averageLength;
      this.scratch = new Float32Array(statements.length);
      return;
    }
    const docsPerTerm: number[][] = [];
    const weightsPerTerm: number[][] = [];
    const lengths: number[] = [];
    statements.forEach((statement, doc) => {
      const weights = new Map<string, number>();
      for (const stem of topicStemsOf(statement.text)) weights.set(stem, (weights.get(stem) ?? 0) + 1);
      if (statement.context !== statement.text || statement.keywords) {
        const extra = [...(statement.keywords ?? []), statement.context ?? ''].join(' ');
        for (const stem of topicStemsOf(extra)) if (!weights.has(stem)) weights.set(stem, CONTEXT_WEIGHT);
      }
      let length = 0;
      for (const [term, weight] of weights) {
        let id = this.termIds.get(term);
        if (id === undefined) {
          id = docsPerTerm.length;
          this.termIds.set(term, id);
          docsPerTerm.push([]);
          weightsPerTerm.push([]);
        }
        docsPerTerm[id].push(doc);
        weightsPerTerm[id].push(weight);
        length += weight;
      }
      lengths.push(length);
    });
    this.documentFrequency = Int32Array.from(docsPerTerm.map((list) => list.length));
    this.starts = startsOf(this.documentFrequency);
    this.docs = new Int32Array(this.starts[docsPerTerm.length]);
    this.weights = new Float32Array(this.docs.length);
    docsPerTerm.forEach((list, id) => this.docs.set(list, this.starts[id]));
    weightsPerTerm.forEach((list, id) => this.weights.set(list, this.starts[id]));
    this.docLength = Float32Array.from(lengths);
    this.averageLength = lengths.reduce((sum, value) => sum + value, 0) / Math.max(1, lengths.length) || 1;
    this.scratch = new Float32Array(statements.length);
  }

  get size(): number {
    return this.statements.length;
  }

  /** The index as plain arrays (for a snapshot): terms, and every term's postings laid end to end. */
  toParts(): StatementIndexParts {
    return {
      terms: [...this.termIds.keys()],
      documentFrequency: this.documentFrequency,
      docLength: this.docLength,
      averageLength: this.averageLength,
      docs: this.docs,
      weights: this.weights,
    };
  }

  /** A statement prepared for alignment and overlap: tokens, stems, topic stems. */
  doc(index: number): IndexedStatement {
    let prepared = this.prepared.get(index);
    if (!prepared) {
      const statement = this.statements[index];
      const tokens = tokenize(statement.text);
      const stems = new Set(contentTokens(tokens).map((token) => token.stem));
      const topic = new Set(topicStems(tokens));
      const extra = [...(statement.keywords ?? []), statement.context ?? ''].join(' ');
      if (extra) for (const stem of topicStems(tokenize(extra))) topic.add(stem);
      prepared = { statement, tokens, stems, topicStems: topic };
      if (this.prepared.size >= 20_000) this.prepared.clear();
      this.prepared.set(index, prepared);
    }
    return prepared;
  }

  /** Inverse document frequency of a stem; a stem the corpus lacks is as rare as can be (and so speaks against a match). */
  idf(stem: string): number {
    const id = this.termIds.get(stem);
    const df = id === undefined ? 0 : this.documentFrequency[id];
    return Math.log(1 + (this.statements.length - df + 0.5) / (df + 0.5));
  }

  /**
   * The `limit` best statements for a bag of stems. Terms found in more than 1% of the corpus
   * are skipped once the three rarest are in: they barely move the ranking and cost the most.
   */
  search(stems: Iterable<string>, limit = 5): Candidate[] {
    const terms: number[] = [];
    for (const stem of new Set(stems)) {
      const id = this.termIds.get(stem);
      if (id !== undefined) terms.push(id);
    }
    if (terms.length === 0) return [];
    terms.sort((a, b) => this.documentFrequency[a] - this.documentFrequency[b]);
    const commonCutoff = Math.max(200, this.statements.length * 0.01);
    // The dozen rarest terms of a long quotation find its record; the rest only cost time.
    const used = terms
      .filter((id, index) => index < 3 || this.documentFrequency[id] <= commonCutoff)
      .slice(0, MAX_QUERY_TERMS);

    const scores = this.scratch;
    const touched: number[] = [];
    for (const id of used) {
      const df = this.documentFrequency[id];
      const idf = Math.log(1 + (this.statements.length - df + 0.5) / (df + 0.5));
      const { docs, weights } = this;
      for (let k = this.starts[id], end = this.starts[id + 1]; k < end; k++) {
        const doc = docs[k];
        const tf = weights[k];
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.docLength[doc]) / this.averageLength));
      }
    }
    const best: Candidate[] = [];
    for (const doc of touched) {
      const score = scores[doc];
      scores[doc] = 0;
      if (best.length < limit || score > best[best.length - 1].score) {
        best.push({ doc, score });
        best.sort((a, b) => b.score - a.score);
        if (best.length > limit) best.pop();
      }
    }
    return best;
  }
}

/** Where each term's postings start, and (last) where they end: running sums of the document frequencies. */
function startsOf(documentFrequency: Int32Array): Int32Array {
  const starts = new Int32Array(documentFrequency.length + 1);
  for (let id = 0; id < documentFrequency.length; id++) starts[id + 1] = starts[id] + documentFrequency[id];
  return starts;
}
