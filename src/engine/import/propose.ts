/**
 * From an article to proposed corpus records: every attributed quotation (direct, partial, split
 * around "she said", running over paragraphs), every attributed claim with a number, the speakers
 * the corpus does not know yet, and the article as a source. The draft readers do the reading
 * (quotations, people, days, outlets, numbers); this module decides what is a statement, who said
 * it and when, and how sure it is.
 */
import type { Corpus, Statement } from '../types';
import { PersonDirectory } from '../draft/people';
import { tokenize, type Token } from '../text/tokens';
import { deriveNumbers } from '../corpus/numbers';
import { isNegationCue } from '../judge/negation';
import { ledeOccasion, type ArticleDate, type ResolvedDate } from './dates';
import { datedOccasions } from './occasions';
import { personId, slug } from './ids';
import type { Article, ImportOptions, ImportResult, ProposedSource, ProposedStatement } from './types';
import { compareWithCorpus } from './occurrences';
import { paragraphStarts, paragraphTexts } from './masked';
import { read } from './read';
import { asPerson, newPeople } from './new-people';
import { headlineSpeakers } from './headline';
import { resolveSpeaker, speakerContext } from './speaker';
import {
  dateOfArticle,
  interviewDays,
  ownDate,
  periodOf,
  precisionOf,
  shareRunDays,
  undatedRemark,
  type DateFrom,
  type Dating,
} from './remark-dates';

/** Proposals at or above this confidence are "confident": `--accept-confident` and Accept All Confident take them. */
export const CONFIDENT = 0.9;

/**
 * Proposes records for one article. `corpus` is what is already known (people matched through
 * their aliases and roles; statements whose words recur become occurrences). Pure: no I/O.
 * Returns an `ImportResult`; `notes` say what the reviewer must settle (no date, no publisher).
 */
export function proposeFromArticle(article: Article, corpus: Corpus, options: ImportOptions = {}): ImportResult {
  const notes: string[] = [];
  const articleDate = dateOfArticle(article, options, notes);
  // The day of the event the article reports: what its undated remarks were most likely said on.
  const paragraphs = paragraphTexts(article);
  const occasion = ledeOccasion(paragraphs, articleDate);
  const source = sourceOf(article, articleDate, options, corpus, notes);
  // First pass: who the article names that the corpus does not know (and their appositives);
  // second pass with them known, so "the mayor said" finds the mayor introduced by name.
  const firstPeople = newPeople(read(article, corpus, corpus.people), corpus.people, article.text);
  const people = [...corpus.people, ...firstPeople.map(asPerson)];
  const units = read(article, corpus, people);
  const newPersons = newPeople(units, people, article.text).concat(firstPeople);
  const statements: ProposedStatement[] = [];
  /** The statements quoted in the article's headline. */
  const inHeadline = new Set<ProposedStatement>();
  const headlineOnly = new Set<ProposedStatement>();
  const usedIds = new Set(corpus.statements.map((statement) => statement.id));
  const lastDate = new Map<string, ResolvedDate & { paragraph: number; sentence?: number; periodAt?: number }>();
  const lastOutlet = new Map<string, string>();
  const directory = new PersonDirectory(people);
  const speakers = speakerContext(article.text, corpus, directory, newPersons, statements);
  const usedPeople = speakers.usedPeople;
  const publisher = article.meta.publisher ?? options.publisher;
  const dating: Dating = {
    article: articleDate,
    lede: occasion,
    occasions: datedOccasions(paragraphs, articleDate, directory),
    publisher,
    interviews: interviewDays(units, articleDate, publisher),
  };
  const paragraphIndex = new Map(paragraphStarts(article).map((start, index) => [start, index]));
  const remarks: { from: DateFrom; paragraph: number }[] = [];
  for (const unit of units) {
    const attribution = resolveSpeaker(unit, speakers);
    const { speaker, dateKey } = attribution;
    let { reason, confidence } = attribution;
    const key = dateKey ?? speaker ?? '';
    let date = ownDate(unit, articleDate);
    const period = date ? undefined : periodOf(unit, articleDate);
    let dateFrom: DateFrom = 'sentence';
    if (date) lastDate.set(key, { ...date, paragraph: unit.paragraph });
    else if (period) {
      // "last week", "earlier this month": that remark's period, carried only to the quotation running on from it.
      date = period;
      lastDate.set(key, { ...period, paragraph: unit.paragraph, periodAt: paragraphIndex.get(unit.paragraph) ?? 0 });
    } else {
      const carried = lastDate.get(key);
      const here = paragraphIndex.get(unit.paragraph) ?? 0;
      ({ date, from: dateFrom } = undatedRemark(
        unit,
        speaker,
        carried?.periodAt === undefined || here - carried.periodAt <= 1 ? carried : undefined,
        dating,
        paragraphIndex.get(unit.paragraph) ?? 0,
      ));
      // "A former care assistant … told the Chronicle that …": her quotations after it are of that interview, not of the day's event.
      if (unit.kind === 'context' && dateFrom === 'apart')
        lastDate.set(key, { ...date, paragraph: unit.paragraph, sentence: unit.sentenceStart });
    }
    let outlet = unit.outlet;
    if (outlet) lastOutlet.set(key, outlet);
    else outlet = lastOutlet.get(key) ?? '';
    if (unit.kind === 'context') continue;
    if (!speaker) {
      confidence = Math.min(confidence, 0.3);
      reason = 'no speaker found: give one or reject';
    }
    const id = uniqueId(
      `${speaker ? speaker.split('-').pop() : 'unattributed'}-${slug(unit.text.split(/\s+/).slice(0, 5).join(' '))}`,
      usedIds,
    );
    const statement: ProposedStatement = {
      type: 'statement',
      id,
      kind: unit.kind,
      speaker,
      text: unit.text,
      date: date.date,
      datePrecision: date.datePrecision,
      dateBasis: date.dateBasis,
      outlet,
      source: source.id,
      context: unit.sentence,
      numbers: deriveNumbers(unit.text),
      negated: negated(unit.text),
      status: 'proposed',
      confidence: Math.round(confidence * 100) / 100,
      evidence: { file: article.file, line: unit.line, sentence: unit.sentence },
      reason,
    };
    statements.push(statement);
    if (unit.headline) inHeadline.add(statement);
    if (unit.headlineOnly) headlineOnly.add(statement);
    remarks.push({ from: dateFrom, paragraph: paragraphIndex.get(unit.paragraph) ?? 0 });
  }
  shareRunDays(statements, remarks);
  const echoes = headlineSpeakers(statements, article.meta.headline, inHeadline);
  // A headline's words that no attributed body quotation holds were a title or a term after all.
  const kept = statements.filter((statement) => !headlineOnly.has(statement) || echoes.has(statement));
  statements.length = 0;
  statements.push(...kept);
  for (const statement of statements) Object.assign(statement, compareWithCorpus(statement, corpus.statements));
  return { proposals: [source, ...usedPeople.values(), ...statements], notes };
}

/** True when the words carry a negation cue ("not", "never", "won't"), as the loader reads it. */
export function negated(text: string): boolean {
  const tokens: Token[] = tokenize(text);
  return tokens.some((_, index) => isNegationCue(tokens, index));
}

function sourceOf(
  article: Article,
  date: ArticleDate,
  options: ImportOptions,
  corpus: Corpus,
  notes: string[],
): ProposedSource {
  const base = article.file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const publisher = article.meta.publisher ?? options.publisher;
  if (!publisher)
    notes.push(`${article.file}: no publisher in the file; recorded as "Unknown publisher" (edit the source record).`);
  const known = new Set(corpus.sources.map((source) => source.id));
  const id = uniqueId(
    slug(
      `${publisher ? publisher.split(/\s+/).slice(0, 3).join(' ') : 'article'} ${date.date || options.articleDate || ''} ${base}`,
    ).slice(0, 80),
    known,
  );
  const source: ProposedSource = {
    type: 'source',
    id,
    publisher: publisher ?? 'Unknown publisher',
    headline: article.meta.headline ?? base,
    // A source needs a date: the article's, else the fallback the caller gave (a file's modification date), flagged.
    published: date.date || options.articleDate || '',
    publishedPrecision: date.date ? date.precision : precisionOf(options.articleDate ?? ''),
    dateBasis: date.date
      ? date.basis
      : options.articleDate
        ? `${options.articleDateBasis ?? options.articleDate}: not a date the article gives`
        : 'the article gives no date: set one',
    status: 'proposed',
  };
  if (article.meta.byline?.length) source.byline = article.meta.byline;
  if (article.meta.url) source.url = article.meta.url;
  return source;
}

export { personId, slug };

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

export type { Statement };
