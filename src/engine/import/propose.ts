/**
 * From an article to proposed corpus records: every attributed quotation (direct, partial, split
 * around "she said", running over paragraphs), every attributed claim with a number, the speakers
 * the corpus does not know yet, and the article as a source. The draft readers do the reading
 * (quotations, people, days, outlets, numbers); this module decides what is a statement, who said
 * it and when, and how sure it is.
 */
import type { Corpus, Person, Statement } from '../types';
import { maskMarkdown } from '../draft/markdown';
import { splitParagraphs, splitSentences, type Span } from '../draft/segment';
import { extractClaims, type SpeakerState } from '../draft/analyse';
import { PersonDirectory, SPEECH_VERBS } from '../draft/people';
import { OutletDirectory } from '../draft/outlets';
import { tokenize, type Token } from '../text/tokens';
import { deriveNumbers } from '../corpus/numbers';
import { isNegationCue } from '../judge/negation';
import type { QuoteClaim } from '../judge/quote';
import { articleDateOf, resolveMention, type ArticleDate, type ResolvedDate } from './dates';
import type { Article, ImportOptions, ImportResult, ProposedPerson, ProposedSource, ProposedStatement } from './types';
import { compareWithCorpus } from './occurrences';

/** Proposals at or above this confidence are "confident": `--accept-confident` and Accept All Confident take them. */
export const CONFIDENT = 0.9;

/** Unnamed speakers: "a senior U.S. official", "two people familiar with the talks", "a spokesperson". */
const ANONYMOUS = /\b(?:an?|one|two|three|several|some)\s+((?:(?:senior|top|former|high-ranking|high|ranking|western|european|u\.s\.|us|american|russian|ukrainian|british|government|administration|white house|kremlin|state department|defen[cs]e|military|intelligence|security|diplomatic|police|council|club|company|party|official|person|people)\s+){0,4}(?:officials?|diplomats?|sources?|aides?|advisers?|advisors?|spokes(?:man|woman|person)|people|persons?|insiders?|negotiators?|executives?|employees?|members?|lawmakers?|analysts?|staffers?|residents?|witnesses?))\b/i;

/**
 * Proposes records for one article. `corpus` is what is already known (people matched through
 * their aliases and roles; statements whose words recur become occurrences). Pure: no I/O.
 * Returns an `ImportResult`; `notes` say what the reviewer must settle (no date, no publisher).
 */
export function proposeFromArticle(article: Article, corpus: Corpus, options: ImportOptions = {}): ImportResult {
  const notes: string[] = [];
  const articleDate = dateOfArticle(article, options, notes);
  const source = sourceOf(article, articleDate, options, corpus, notes);
  // First pass: who the article names that the corpus does not know (and their appositives);
  // second pass with them known, so "the mayor said" finds the mayor introduced by name.
  const firstPeople = newPeople(read(article, corpus, corpus.people), corpus.people);
  const people = [...corpus.people, ...firstPeople.map(asPerson)];
  const units = read(article, corpus, people);
  const newPersons = newPeople(units, people).concat(firstPeople);
  const usedPeople = new Map<string, ProposedPerson>();

  const statements: ProposedStatement[] = [];
  const usedIds = new Set(corpus.statements.map((statement) => statement.id));
  const lastDate = new Map<string, ResolvedDate>();
  const lastOutlet = new Map<string, string>();
  for (const unit of units) {
    let speaker = unit.speaker;
    let reason = unit.reason;
    let confidence = unit.confidence;
    if (speaker?.startsWith('unknown:')) {
      const person = newPersons.find((candidate) => candidate.aliases.includes(speaker!.slice(8))) ?? newPersons.find((candidate) => candidate.id === personId(speaker!.slice(8)));
      speaker = person?.id ?? personId(speaker.slice(8));
      if (person) usedPeople.set(person.id, person);
    } else if (speaker && !corpus.people.some((person) => person.id === speaker)) {
      const person = newPersons.find((candidate) => candidate.id === speaker);
      if (person) usedPeople.set(person.id, person);
    }
    if (!speaker) {
      const anonymous = ANONYMOUS.exec(unit.outside);
      if (anonymous && hasSpeechVerb(unit.outside)) {
        const phrase = anonymous[0].replace(/^(?:an?|one)\s+/i, '');
        const known = new PersonDirectory(corpus.people.filter((person) => person.kind === 'anonymous')).findMentions(tokenize(phrase), phrase)[0];
        speaker = known?.personId ?? `anonymous-${slug(phrase)}`;
        if (!known) usedPeople.set(speaker, { type: 'person', id: speaker, name: anonymous[0], kind: 'anonymous', aliases: [anonymous[0], phrase], roles: [], status: 'proposed' });
        reason = `anonymous source: \u201C${anonymous[0]}\u201D`;
        confidence = 0.85;
      }
    }
    const key = speaker ?? '';
    let date: ResolvedDate | undefined;
    for (const mention of unit.dates) {
      date = resolveMention(mention, articleDate);
      if (date) break;
    }
    if (date) lastDate.set(key, date);
    else {
      const carried = lastDate.get(key);
      date = carried ? { ...carried, dateBasis: `${carried.dateBasis}; the day the article gives for ${speaker ? 'this speaker\u2019s' : 'these'} remarks earlier` } : articleDateOf(articleDate);
    }
    let outlet = unit.outlet;
    if (outlet) lastOutlet.set(key, outlet);
    else outlet = lastOutlet.get(key) ?? '';
    if (!speaker) {
      confidence = Math.min(confidence, 0.3);
      reason = 'no speaker found: give one or reject';
    }
    const id = uniqueId(`${speaker ? speaker.split('-').pop() : 'unattributed'}-${slug(unit.text.split(/\s+/).slice(0, 5).join(' '))}`, usedIds);
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
    Object.assign(statement, compareWithCorpus(statement, corpus.statements));
    statements.push(statement);
  }
  return { proposals: [source, ...usedPeople.values(), ...statements], notes };
}

/** One thing the article attributes: a quotation, or a reported claim with a number. */
interface Unit {
  kind: 'quote' | 'claim';
  text: string;
  speaker: string | null;
  confidence: number;
  reason: string;
  /** The sentence(s) around it, verbatim, and their words outside quotation marks. */
  sentence: string;
  outside: string;
  line: number;
  dates: QuoteClaim['window']['dates'];
  outlet: string;
  /** Appositive after an unknown name ("Jane Roe, the mayor, said"), for the new person's role. */
  appositive?: { name: string; role: string };
}

function read(article: Article, corpus: Corpus, people: Person[]): Unit[] {
  const directory = new PersonDirectory(people);
  const outlets = outletsOf(corpus);
  const format = article.format === 'markdown' ? 'markdown' : 'plaintext';
  const masked = maskMarkdown(article.text, format);
  const text = masked.text;
  const breaks = article.format === 'html' ? article.paragraphStarts : format === 'plaintext' && onePerLine(text) ? lineStarts(text) : masked.breaks;
  const lines = lineStarts(article.text);
  const units: Unit[] = [];
  let state: SpeakerState = { lastSpeaker: null };
  for (const paragraph of splitParagraphs(text, breaks)) {
    const claims = extractClaims(text, paragraph, directory, state, outlets);
    const sentences = splitSentences(text, paragraph);
    for (const quote of claims.quotes) {
      const around = sentencesAround(sentences, quote);
      const sentence = article.text.slice(around.start, around.end);
      const outside = outsideQuotes(sentence);
      if (!isStatement(quote, text, outside)) continue;
      const { confidence, reason } = judgeSpeaker(quote, outside, directory);
      const venue = quote.window.outlets.find((outlet) => !outlet.asPublisher);
      units.push({
        kind: 'quote',
        text: quote.text.replace(/[,;:]$/, '').replace(/\s+/g, ' ').trim(),
        speaker: quote.speaker,
        confidence,
        reason,
        sentence,
        outside,
        line: lineOf(article, lines, quote.start),
        dates: quote.window.dates,
        outlet: venue ? venueText(venue.text, outside) : '',
        appositive: appositiveOf(outside, quote),
      });
    }
    for (const claim of claims.sentences) {
      if (!claim.speaker || claim.window.numbers.length === 0) continue;
      const venue = claim.window.outlets.find((outlet) => !outlet.asPublisher);
      const sentence = article.text.slice(claim.start, claim.end);
      units.push({
        kind: 'claim',
        text: sentence.replace(/[.\s]+$/, ''),
        speaker: claim.speaker,
        confidence: claim.speakerMention ? 0.8 : 0.6,
        reason: claim.speakerMention ? `reported claim with a number, attributed to \u201C${claim.speakerMention ? text.slice(claim.speakerMention.start, claim.speakerMention.end) : ''}\u201D` : 'reported claim with a number, attributed by a pronoun',
        sentence,
        outside: sentence,
        line: lineOf(article, lines, claim.start),
        dates: claim.window.dates,
        outlet: venue ? venueText(venue.text, sentence) : '',
      });
    }
    state = claims.state;
  }
  return units;
}

const outletCache = new WeakMap<Corpus, OutletDirectory>();
function outletsOf(corpus: Corpus): OutletDirectory {
  let outlets = outletCache.get(corpus);
  if (!outlets) outletCache.set(corpus, (outlets = new OutletDirectory(corpus)));
  return outlets;
}

/** Plain text written one paragraph per line (no blank lines between long lines). */
function onePerLine(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim());
  const blank = (text.match(/\n[ \t]*\n/g) ?? []).length;
  return lines.length > 2 && blank < lines.length / 4;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) starts.push(k + 1);
  return starts;
}

function lineOf(article: Article, starts: number[], offset: number): number {
  if (article.format === 'html') {
    let index = 0;
    while (index + 1 < article.paragraphStarts.length && article.paragraphStarts[index + 1] <= offset) index++;
    return article.paragraphLines[index] ?? 1;
  }
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

function sentencesAround(sentences: Span[], quote: { start: number; end: number }): Span {
  const touching = sentences.filter((sentence) => sentence.end > quote.start - 1 && sentence.start < quote.end + 1);
  if (touching.length === 0) return { start: quote.start, end: quote.end };
  return { start: touching[0].start, end: touching[touching.length - 1].end };
}

/** The words of a sentence outside its quotation marks (a straight apostrophe inside a word is not a mark). */
function outsideQuotes(sentence: string): string {
  return sentence.replace(/[\u201C\u00AB\u201E"][^\u201D\u00BB"\u201C]*(?:[\u201D\u00BB"]|$)/g, ' \u2026 ').replace(/(^|[\s(\u2014-])\u2018[^\u2019]*(?:\u2019(?![a-z])|$)/g, '$1 \u2026 ');
}

function hasSpeechVerb(words: string): boolean {
  return tokenize(words).some((token) => SPEECH_VERBS.has(token.norm));
}

/** Words before a quotation that make it a name, a title or a scare quote: "so-called", "dubbed", "the term". */
const SCARE_BEFORE = /(?:so[-\u2011\u2010 ]called|dubbed|nicknamed|known as|termed|branded|labelled|labeled|called it|what (?:he|she|they|it) calls?|the (?:term|word|phrase|slogan|title|motto|headline|film|book|song|show|series|album|report|programme|program|operation|campaign))\s*$/i;

/**
 * Whether a quotation is a statement someone made, not a scare quote, a title or a name in
 * quotation marks: it must be attributed, and a short one (three words or fewer) must not sit
 * inside a noun phrase ("“NATO-like” guarantees"), follow "so-called", or be Title Case.
 */
function isStatement(quote: QuoteClaim, text: string, outside: string): boolean {
  const words = quote.text.trim().split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) return false;
  if (!quote.attributed && !quote.speaker) return false;
  const before = text.slice(Math.max(0, quote.start - 40), quote.start - 1);
  if (SCARE_BEFORE.test(before)) return false;
  if (words.length <= 3) {
    if (!hasSpeechVerb(outside) && !/:\s*$/.test(before)) return false;
    // Inside a noun phrase: a word follows the closing mark directly ("“NATO-like” security guarantees").
    const after = text.slice(quote.end + 1, quote.end + 40);
    if (/^\s+[a-z]/.test(after) && !/^\s+(?:and|or|but|as|if|to|in|on|at|for|with|from|by|of|that|which|he|she|they|said|says|added|told|because|while|when|after|before)\b/.test(after)) return false;
    // Title Case with no sentence in it: a title or name ("“The Art of the Deal”").
    if (words.length >= 2 && words.every((word) => /^[\p{Lu}\d]/u.test(word)) && !/[.!?]$/.test(quote.text.trim())) return false;
  }
  return true;
}

function judgeSpeaker(quote: QuoteClaim, outside: string, directory: PersonDirectory): { confidence: number; reason: string } {
  const mention = quote.speakerMention;
  if (mention) {
    const named = outside.length > 0 ? quote.window : undefined;
    void named;
    const person = directory.person(mention.personId);
    const name = person?.name ?? mention.personId.replace(/^unknown:/, '');
    if (mention.via === 'name') return { confidence: 0.95, reason: `named beside the quotation: ${name}` };
    if (mention.via === 'role') return { confidence: 0.9, reason: `role reference resolved to ${name}` };
    if (mention.via === 'fuzzy') return { confidence: 0.8, reason: `a spelling close to ${name}` };
    return { confidence: 0.9, reason: `named beside the quotation: ${name} (not yet in the corpus)` };
  }
  if (!quote.speaker) return { confidence: 0.2, reason: 'no speaker found' };
  const person = directory.person(quote.speaker)?.name ?? quote.speaker.replace(/^unknown:/, '');
  if (/\b(?:he|she|they)\s+(?:said|says|added|told|wrote|continued|went on)\b|\b(?:said|says|added)\s+(?:he|she)\b/i.test(outside)) return { confidence: 0.9, reason: `pronoun resolved to the last speaker named, ${person}` };
  if (hasSpeechVerb(outside)) return { confidence: 0.85, reason: `attributed to the last speaker named, ${person}` };
  return { confidence: 0.8, reason: `continues ${person}\u2019s quotation (no attribution of its own)` };
}

/** "Jane Roe, the mayor of Springfield, said": the role between the commas. */
function appositiveOf(outside: string, quote: QuoteClaim): { name: string; role: string } | undefined {
  if (!quote.speaker?.startsWith('unknown:')) return undefined;
  const name = quote.speaker.slice(8);
  const at = outside.indexOf(name);
  if (at === -1) return undefined;
  const match = /^,\s+((?:the|a|an)\s+[^,]{3,80}?|[a-z][^,]{3,60}?),/.exec(outside.slice(at + name.length));
  if (!match || /\b(?:said|says|told|added)\b/.test(match[1])) return undefined;
  return { name, role: match[1].replace(/^(?:the|a|an)\s+/i, '').trim() };
}

function venueText(venue: string, sentence: string): string {
  if (/\b(?:told|telling)\s+reporters\b/i.test(sentence) && /reporters/i.test(venue)) return 'told reporters';
  return venue.replace(/^(?:the|a|an)\s+/i, '');
}

/** People the units name that `people` does not hold, with the roles their appositives give. */
function newPeople(units: Unit[], people: Person[]): ProposedPerson[] {
  const found = new Map<string, ProposedPerson>();
  for (const unit of units) {
    if (!unit.speaker?.startsWith('unknown:')) continue;
    const name = unit.speaker.slice(8);
    const id = personId(name);
    if (people.some((person) => person.id === id)) continue;
    let person = found.get(id);
    if (!person) {
      const words = name.split(/\s+/);
      const aliases = [name];
      if (words.length > 1) aliases.push(words[words.length - 1]);
      person = { type: 'person', id, name, kind: 'person', aliases, roles: [], status: 'proposed' };
      found.set(id, person);
    }
    if (unit.appositive && !person.roles.some((role) => role.title === unit.appositive!.role)) person.roles.push({ title: unit.appositive.role });
  }
  // "Roe" alone is another alias of "Jane Roe" when both appear.
  const list = [...found.values()];
  for (const short of list) {
    const long = list.find((other) => other !== short && other.name.endsWith(` ${short.name}`));
    if (long) {
      found.delete(short.id);
      for (const role of short.roles) if (!long.roles.some((known) => known.title === role.title)) long.roles.push(role);
      if (!long.aliases.includes(short.name)) long.aliases.push(short.name);
    }
  }
  return [...found.values()];
}

function asPerson(proposed: ProposedPerson): Person {
  // A bare role word ("mayor") is not a phrase the directory can own: keep multi-word roles, and "the mayor" style titles.
  return { id: proposed.id, name: proposed.name, kind: proposed.kind, aliases: proposed.aliases, roles: proposed.roles.map((role) => ({ title: role.title })) };
}

function negated(text: string): boolean {
  const tokens: Token[] = tokenize(text);
  return tokens.some((_, index) => isNegationCue(tokens, index));
}

function dateOfArticle(article: Article, options: ImportOptions, notes: string[]): ArticleDate {
  if (article.meta.published) return { date: article.meta.published, precision: 'day', basis: `published ${article.meta.published} per the article\u2019s ${article.format === 'html' ? 'markup' : 'front matter'}` };
  if (options.articleDate) return { date: options.articleDate, precision: /^\d{4}-\d{2}-\d{2}$/.test(options.articleDate) ? 'day' : /^\d{4}-\d{2}$/.test(options.articleDate) ? 'month' : 'year', basis: options.articleDateBasis ?? `the article date given at import, ${options.articleDate}` };
  notes.push(`${article.file}: no publication date in the file and none given; remarks are dated to the year 1970 until you set one (--date YYYY-MM-DD).`);
  return { date: '1970', precision: 'year', basis: 'no article date known: set one' };
}

function sourceOf(article: Article, date: ArticleDate, options: ImportOptions, corpus: Corpus, notes: string[]): ProposedSource {
  const base = article.file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const publisher = article.meta.publisher ?? options.publisher;
  if (!publisher) notes.push(`${article.file}: no publisher in the file; recorded as "Unknown publisher" (edit the source record).`);
  const known = new Set(corpus.sources.map((source) => source.id));
  const id = uniqueId(slug(`${publisher ? publisher.split(/\s+/).slice(0, 3).join(' ') : 'article'} ${date.date} ${base}`).slice(0, 80), known);
  const source: ProposedSource = {
    type: 'source',
    id,
    publisher: publisher ?? 'Unknown publisher',
    headline: article.meta.headline ?? base,
    published: date.date,
    publishedPrecision: date.precision,
    dateBasis: date.basis,
    status: 'proposed',
  };
  if (article.meta.byline?.length) source.byline = article.meta.byline;
  if (article.meta.url) source.url = article.meta.url;
  return source;
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'x';
}

export function personId(name: string): string {
  return slug(name);
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

export type { Statement };
