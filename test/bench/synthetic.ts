/**
 * Deterministic synthetic corpora and drafts for the benchmark, grown from the real corpus: its
 * words (a bigram chain over its statements and their context sentences), its people, outlets,
 * roles and the lengths of its statements. Same seed, same corpus, on every machine.
 */
import type { Corpus, NumberMention, Person, Source, Statement } from '../../src/engine';

/** mulberry32: a small, fast, seedable PRNG; good enough to pick words. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

const EXTRA_FIRST_NAMES = [
  'Anna',
  'Oleksandr',
  'Maria',
  'Pavel',
  'Sofia',
  'Jan',
  'Elena',
  'Tomas',
  'Ines',
  'Viktor',
  'Helga',
  'Marek',
  'Nadia',
  'Pierre',
  'Grace',
  'Andrzej',
  'Lucia',
  'Dmytro',
  'Kasia',
  'Hans',
  'Olga',
  'Luis',
  'Irina',
  'Mikko',
  'Zofia',
  'David',
  'Yulia',
  'Kenji',
  'Amira',
  'Sean',
];
const EXTRA_SURNAMES = [
  'Kovalenko',
  'Schmidt',
  'Nowak',
  'Rossi',
  'Dubois',
  'Petrenko',
  'Jensen',
  'Novak',
  'Garcia',
  'Lindqvist',
  'Horvath',
  'Marchetti',
  'Shevchenko',
  'Kowalski',
  'Moreau',
  'Bauer',
  'Ivanova',
  'Halvorsen',
  'Costa',
  'Varga',
  'Bondarenko',
  'Fischer',
  'Wojcik',
  'Leclerc',
  'Sokolova',
  'Andersen',
  'Bianchi',
  'Tkachenko',
  'Keller',
  'Mazur',
];
const EXTRA_OUTLETS = [
  'Reuters',
  'BBC Radio 4',
  'Deutsche Welle',
  'a news conference in Kyiv',
  'France 24',
  'Politico Europe',
  'Sky News',
  'a briefing in Brussels',
  'CNN’s State of the Union',
  'the Financial Times',
];
const PUBLISHERS = [
  'The Washington Post',
  'Bloomberg',
  'Reuters',
  'The Associated Press',
  'The Guardian',
  'Politico',
  'The Kyiv Independent',
  'Le Monde',
  'Der Spiegel',
  'The Nightly',
];
const UNITS: [string, string, number[]][] = [
  ['drone', 'drones', [45, 133, 210, 480, 810]],
  ['troop', 'troops', [5000, 20000, 150000, 800000]],
  ['minute', 'minutes', [20, 45, 90]],
  ['hour', 'hours', [2, 3, 5]],
  ['point', 'points', [12, 20, 28]],
  ['nation', 'nations', [27, 32, 40]],
  ['person', 'people', [1000, 250000, 1000000]],
  ['week', 'weeks', [2, 3, 6]],
];

/** A bigram chain over the real corpus's words. */
class WordChain {
  private readonly next = new Map<string, string[]>();
  private readonly starts: string[] = [];

  constructor(texts: readonly string[]) {
    for (const text of texts) {
      const words = text.split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      if (/^[A-Z“"]/.test(words[0])) this.starts.push(words[0].replace(/^[“"]/, ''));
      for (let i = 0; i + 1 < words.length; i++) {
        const key = words[i].toLowerCase();
        let followers = this.next.get(key);
        if (!followers) this.next.set(key, (followers = []));
        followers.push(words[i + 1].replace(/[“”"]/g, ''));
      }
    }
    if (this.starts.length === 0) this.starts.push('The');
  }

  /** A sentence of about `length` words, capitalised, ending with a full stop, without quotation marks. */
  sentence(random: Random, length: number): string {
    const words: string[] = [pick(random, this.starts)];
    while (words.length < length) {
      const followers = this.next.get(words[words.length - 1].toLowerCase());
      const word =
        followers && followers.length > 0 ? pick(random, followers) : pick(random, this.starts).toLowerCase();
      words.push(word);
    }
    let text = words.join(' ').replace(/[“”"‘’]/g, (mark) => (mark === '’' || mark === '‘' ? '’' : ''));
    text = text.replace(/[,;:—–-]+$/, '').replace(/[.?!]+$/, '');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  }
}

export interface SyntheticWorld {
  chain: WordChain;
  lengths: number[];
  outlets: string[];
  roles: string[];
}

/** What the generators learn from the real corpus. */
export function learnFrom(real: Corpus): SyntheticWorld {
  const texts = real.statements.flatMap((statement) => [statement.text, statement.context]);
  const lengths = real.statements
    .map((statement) => statement.text.split(/\s+/).filter(Boolean).length)
    .filter((length) => length >= 3);
  const outlets = [...new Set(real.statements.map((statement) => statement.outlet).filter(Boolean)), ...EXTRA_OUTLETS];
  const roles = [...new Set(real.people.flatMap((person) => person.roles.map((role) => role.title)))];
  return {
    chain: new WordChain(texts.length > 0 ? texts : ['The talks continued on Monday in Brussels.']),
    lengths: lengths.length > 0 ? lengths : [12, 18, 25],
    outlets,
    roles: roles.length > 0 ? roles : ['official'],
  };
}

function isoDate(random: Random): string {
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 760) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** Adds a number phrase to a sentence and returns the text and the mention. */
function withNumber(random: Random, sentence: string): { text: string; number: NumberMention } {
  const [unit, plural, values] = pick(random, UNITS);
  const value = pick(random, values);
  const phrase = `${value.toLocaleString('en-US')} ${value === 1 ? unit : plural}`;
  const text = `${sentence.slice(0, -1)}, with ${phrase}.`;
  return { text, number: { value, unit, text: phrase } };
}

/**
 * A corpus of `size` statements: the real ones first, then synthetic ones with real-looking words,
 * lengths, speakers (about one per 20 statements), outlets and sources (one per 50), a quarter with
 * a number and some negated.
 */
export function syntheticCorpus(real: Corpus, size: number, seed: number, world = learnFrom(real)): Corpus {
  const random = seededRandom(seed);
  const people: Person[] = [...real.people];
  const personCount = Math.max(20, Math.ceil(size / 20));
  const firstNames = [...new Set([...real.people.map((person) => person.name.split(' ')[0]), ...EXTRA_FIRST_NAMES])];
  const surnames = [
    ...new Set([...real.people.map((person) => person.name.split(' ').slice(-1)[0]), ...EXTRA_SURNAMES]),
  ];
  for (let i = 0; i < personCount; i++) {
    const first = pick(random, firstNames);
    const last = pick(random, surnames);
    people.push({
      id: `syn-person-${i}`,
      name: `${first} ${last}`,
      kind: 'person',
      aliases: [`${first} ${last}`, last],
      roles: [{ title: pick(random, world.roles) }],
    });
  }
  const sources: Source[] = [...real.sources];
  const sourceCount = Math.max(5, Math.ceil(size / 50));
  for (let i = 0; i < sourceCount; i++) {
    const published = isoDate(random);
    sources.push({
      id: `syn-source-${i}`,
      publisher: pick(random, PUBLISHERS),
      headline: world.chain.sentence(random, 9).slice(0, -1),
      published,
      publishedPrecision: 'day',
      dateBasis: 'synthetic',
    });
  }
  const statements: Statement[] = real.statements.slice(0, size);
  for (let i = statements.length; i < size; i++) {
    const length = Math.max(3, pick(random, world.lengths) + Math.floor(random() * 7) - 3);
    let text = world.chain.sentence(random, length);
    const numbers: NumberMention[] = [];
    if (random() < 0.25) {
      const numbered = withNumber(random, text);
      text = numbered.text;
      numbers.push(numbered.number);
    }
    const kind = random() < 0.7 ? 'quote' : 'claim';
    const speaker = kind === 'claim' && random() < 0.2 ? null : pick(random, people).id;
    const speakerName = people.find((person) => person.id === speaker)?.name ?? 'Officials';
    statements.push({
      id: `syn-${i}`,
      kind,
      speaker,
      text,
      date: isoDate(random),
      datePrecision: 'day',
      dateBasis: 'synthetic',
      outlet: random() < 0.8 ? pick(random, world.outlets) : '',
      source: pick(random, sources).id,
      context: kind === 'quote' ? `“${text}” ${speakerName} said.` : text,
      numbers,
      negated: /\b(not|never|no)\b|n’t|n't/i.test(text),
    });
  }
  return { statements, people, sources };
}

/** Swaps one word of a quotation for another from the chain's vocabulary: a misquote. */
function perturb(random: Random, text: string, world: SyntheticWorld): string {
  const words = text.split(' ');
  const at = Math.floor(random() * words.length);
  words[at] = world.chain.sentence(random, 2).split(' ')[1].replace(/[.,]$/, '') || 'really';
  return words.join(' ');
}

/**
 * A draft of about `wordCount` words in paragraphs of four to six sentences: verbatim quotes from
 * the corpus with attribution (about a third of paragraphs), perturbed quotes, claims with numbers
 * and mostly unrelated prose, as a long feature would be.
 */
export function syntheticDraft(corpus: Corpus, wordCount: number, seed: number, world: SyntheticWorld): string {
  const random = seededRandom(seed);
  const people = new Map(corpus.people.map((person) => [person.id, person]));
  const quotes = corpus.statements.filter((statement) => statement.kind === 'quote' && statement.speaker);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < wordCount) {
    const sentences: string[] = [];
    const count = 4 + Math.floor(random() * 3);
    for (let i = 0; i < count; i++) {
      const roll = random();
      const statement = quotes.length > 0 ? pick(random, quotes) : undefined;
      const name = statement ? (people.get(statement.speaker ?? '')?.name ?? 'An official') : 'An official';
      const body = statement?.text.replace(/[.?!]+$/, '');
      if (body && roll < 0.1) sentences.push(`“${body},” ${name} said.`);
      else if (body && roll < 0.16) sentences.push(`${name} said: “${perturb(random, body, world)}.”`);
      else if (roll < 0.24)
        sentences.push(withNumber(random, world.chain.sentence(random, 8 + Math.floor(random() * 10))).text);
      else sentences.push(world.chain.sentence(random, 10 + Math.floor(random() * 16)));
    }
    const paragraph = sentences.join(' ');
    words += paragraph.split(/\s+/).length;
    paragraphs.push(paragraph);
  }
  return `${paragraphs.join('\n\n')}\n`;
}

/** The draft with one paragraph changed (a word added to its first sentence), for the re-check timing. */
export function editOneParagraph(draft: string, paragraphIndex: number, marker: string): string {
  const paragraphs = draft.split('\n\n');
  const index = paragraphIndex % paragraphs.length;
  paragraphs[index] = paragraphs[index].replace(' ', ` ${marker} `);
  return paragraphs.join('\n\n');
}

/** The corpus as one JSON Lines file (people, sources, then statements), as a newsroom would export it. */
export function toJsonl(corpus: Corpus): string {
  const lines: string[] = [];
  for (const person of corpus.people) lines.push(JSON.stringify(person));
  for (const source of corpus.sources) lines.push(JSON.stringify(source));
  for (const statement of corpus.statements) lines.push(JSON.stringify(statement));
  return `${lines.join('\n')}\n`;
}
