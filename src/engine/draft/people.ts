import { FuzzyNameIndex, type NameItem } from './fuzzyNames';
import { COURTESY_TITLES, HONORIFICS, NAME_PARTICLES, REGIONAL_TITLES, TITLE_WORDS } from './titles';
import type { Person } from '../types';
import { CALENDAR_WORDS } from '../text/calendar';
import { isCapitalisedWord, isPossessive, possessiveBase, startsLikeName, tokenize, type Token } from '../text/tokens';

/** A person named in the draft: by name, surname, role phrase, or a name the corpus does not know. */
export interface PersonMention {
  /** Person id; `unknown:<name>` for a named speaker absent from the corpus. */
  personId: string;
  /** Offsets of the mention in the draft. */
  start: number;
  end: number;
  /** Index of the mention's first and last token in the token list it was found in. */
  firstToken: number;
  lastToken: number;
  /** "Putin’s spokesman": a possessive is rarely the speaker. */
  possessive: boolean;
  via: 'name' | 'role' | 'fuzzy' | 'unknown';
  /** An unknown name followed by an appositive and then its speech verb ("Lee, a councillor, said"). */
  appositive?: boolean;
}

/** Verbs (and "according to") that attribute speech to their subject or object. */
export const SPEECH_VERBS = new Set(
  (
    'said say says saying told tell tells added adds wrote writes warned warns stressed stresses insisted insists ' +
    'noted notes argued argues explained explains stated states declared declares claimed claims acknowledged ' +
    'acknowledges admitted admits asserted asserts cautioned cautions recalled replied responded remarked suggested ' +
    'urged urges vowed vows announced announces according speaking spoke posted tweeted predicted predicts ' +
    'conceded concedes emphasized emphasised emphasizes emphasises maintained maintains reiterated reiterates ' +
    'confirmed confirms denied denies voiced voices called calls described describes dubbed ' +
    // Not "promised" or "pledged": those are what a claim is about ("had promised a ceasefire").
    'assured assures reassured complained complains observed observes contended contends countered counters ' +
    'lamented laments boasted boasts hinted hints signaled signalled quipped joked mused ' +
    // A question is the words of whoever asks it: the interviewer's, not the interviewee's.
    'asked asks asking pressed queried wondered questioned demanded'
  ).split(' '),
);

/**
 * Verbs of judging that introduce the judge's own words in a draft ("Roe welcomed “…”", "hailed
 * it as “…”"). Kept out of SPEECH_VERBS, which the importer and the fact-check judge read too.
 */
const JUDGING_VERBS = (
  'welcomed welcomes hailed hails praised praises lauded lauds applauded applauds slammed slams blasted blasts ' +
  'criticised criticises criticized criticizes condemned condemns mocked mocks accused accuses'
).split(' ');

/** A verb of judging takes the judged as its object: "accused Gagnon of …" is not Gagnon speaking. */
const JUDGED_AFTER: ReadonlySet<string> = new Set(JUDGING_VERBS);

/**
 * A verb of judging attributes the words only when no verb of saying does: "Lee praised Roe, who
 * said: “…”" gives them to Roe; "Lee accused the council of having “run out of road”" to Lee.
 */
function judgesWords(tokens: Token[]): boolean {
  return !tokens.some((token) => SPEECH_VERBS.has(token.norm));
}

/** Every verb that attributes words to a person in a draft: SPEECH_VERBS and the verbs of judging. */
export const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set([...SPEECH_VERBS, ...JUDGING_VERBS]);

const PRONOUNS = new Set(['he', 'she', 'they']);

/** Capitalised words that start sentences or titles and are never a speaker's name on their own. */
const NOT_NAMES = new Set(
  (
    'the a an but and or in on at for if when while as it this that these those there he she they we i you ' +
    'president minister secretary senator sen rep gov prime deputy vice chancellor spokesman spokeswoman envoy ' +
    'official officials mr mrs ms dr us u s uk eu nato ukraine russia kyiv moscow ' +
    'washington europe european american russian ukrainian kremlin white house congress senate still yet however ' +
    'then now later earlier meanwhile separately also instead finally asked officials critics analysts experts sources reporters ' +
    'yesterday today tonight speaking writing pressed interviewed told says said after before since although though because despite ' +
    'during under over first last next once again both neither either every each some many most few several other another such ' +
    'what why how where who whom whose which our their his her its my your no not never nor so thus hence indeed already only even ' +
    'chief deputy mayor councillor chair chairman judge coach manager captain director governor treasurer'
  )
    .split(' ')
    .concat(REGIONAL_TITLES, CALENDAR_WORDS),
);

interface AliasEntry {
  tokens: string[];
  personId: string;
  via: 'name' | 'role';
}

/** Finds people in draft text through an index of every alias and role phrase in the corpus. */
export class PersonDirectory {
  private readonly byFirstToken = new Map<string, AliasEntry[]>();
  private readonly fuzzy: FuzzyNameIndex;
  /** The words of every role title in the corpus ("treasurer", "sporting", "director"). */
  private readonly titleWords = new Set<string>();
  private readonly people = new Map<string, Person>();
  /** Fuzzy look-ups already made: the same unknown name recurs on every re-check. */
  private readonly fuzzyCache = new Map<string, { personId: string; score: number } | null>();

  constructor(people: Person[]) {
    const surnameOwners = new Map<string, Set<string>>();
    // Every entry by person and words (`id\u0000words`), so an alias added twice is one entry.
    const entries = new Map<string, AliasEntry>();
    const fuzzyItems: NameItem[] = [];
    const roleOwners = new Map<string, { title: string; owners: Set<string> }>();
    for (const person of people) {
      this.people.set(person.id, person);
      const names = new Set([person.name, ...person.aliases]);
      for (const name of names) {
        // An alias the corpus writes in lower case ("the summit president") is a description, read
        // as a role phrase: a draft need not capitalise it.
        this.add(entries, name, person.id, /^(?:the\s+)?\p{Ll}/u.test(name) ? 'role' : 'name');
        fuzzyItems.push({ alias: name, personId: person.id });
      }
      if (person.kind === 'person') {
        const surname = tokenize(person.name).pop()?.norm;
        if (surname) {
          if (!surnameOwners.has(surname)) surnameOwners.set(surname, new Set());
          surnameOwners.get(surname)!.add(person.id);
        }
      }
      for (const role of person.roles) {
        for (const token of tokenize(role.title)) this.titleWords.add(token.norm);
        if (tokenize(role.title).length < 2) continue;
        const key = roleKey(role.title);
        if (!roleOwners.has(key)) roleOwners.set(key, { title: role.title, owners: new Set() });
        roleOwners.get(key)!.owners.add(person.id);
      }
    }
    // A role phrase shared by two people ("Prime Minister") names neither of them.
    for (const { title, owners } of roleOwners.values()) {
      if (owners.size === 1) this.add(entries, title, [...owners][0], 'role');
    }
    // A bare surname identifies a person only when no one else in the corpus shares it.
    for (const [surname, owners] of surnameOwners) {
      if (owners.size === 1) this.addTokens(entries, [surname], [...owners][0], 'name');
    }
    for (const entries of this.byFirstToken.values()) entries.sort((a, b) => b.tokens.length - a.tokens.length);
    this.fuzzy = new FuzzyNameIndex(fuzzyItems);
  }

  person(id: string): Person | undefined {
    return this.people.get(id);
  }

  private add(entries: Map<string, AliasEntry>, phrase: string, personId: string, via: 'name' | 'role') {
    const tokens = tokenize(phrase)
      .map((token) => token.norm)
      .filter((norm) => norm !== 'the');
    if (tokens.length > 0) this.addTokens(entries, tokens, personId, via);
  }

  private addTokens(entries: Map<string, AliasEntry>, tokens: string[], personId: string, via: 'name' | 'role') {
    // By person and words, not by searching the first word's list: thousands of people share a first name.
    const key = `${personId}\u0000${tokens.join(' ')}`;
    const same = entries.get(key);
    // The same words as a name and as a role ("Summit President"): the role reading, which needs no capitals, wins.
    if (same) {
      if (via === 'role') same.via = 'role';
      return;
    }
    const entry = { tokens, personId, via };
    entries.set(key, entry);
    const list = this.byFirstToken.get(tokens[0]);
    if (list) list.push(entry);
    else this.byFirstToken.set(tokens[0], [entry]);
  }

  /**
   * People mentioned in `tokens` (the words of a sentence outside its quotations). `text` is the
   * draft, used to see capitals and possessives.
   */
  findMentions(tokens: Token[], text: string): PersonMention[] {
    return mergeRoleAndName(this.findEachMention(tokens, text), text);
  }

  private findEachMention(tokens: Token[], text: string): PersonMention[] {
    const mentions: PersonMention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const match = this.longestAliasAt(tokens, i, text);
      if (match && match.entry.via === 'role') match.entry = this.qualifiedRole(tokens, i, match.entry);
      if (match && this.givenNameAfterSurname(tokens, match, text)) {
        // "said Lee Jae-min" where the corpus knows Lee Dong-hoon: another person, read as a name
        // the corpus does not know (or, near no speech verb, as no one).
        const name = this.unknownNameAt(tokens, i, text);
        if (name && name.via === 'unknown') mentions.push(name);
        i = name ? name.lastToken : match.lastToken;
        continue;
      }
      if (match) {
        const last = tokens[match.lastToken];
        // "the harbour master": a description's article is part of it, so a fix replaces both.
        const first =
          match.entry.via === 'role' &&
          i > 0 &&
          tokens[i - 1].norm === 'the' &&
          !hasBreakBetween(text, tokens[i - 1], tokens[i])
            ? i - 1
            : i;
        mentions.push({
          personId: match.entry.personId,
          start: tokens[first].start,
          end: last.end,
          firstToken: first,
          lastToken: match.lastToken,
          possessive: isPossessive(last),
          via: match.entry.via,
        });
        i = match.lastToken;
        continue;
      }
      // "Deputy Mayor Magnus Eide", "Finance Minister Roe", "Chair Ingrid Søndergaard": a title
      // before a known name is that person, not an unknown "Mayor Magnus Eide".
      const titled = this.aliasAfterTitle(tokens, i, text);
      if (titled) {
        mentions.push(titled);
        i = titled.lastToken;
        continue;
      }
      const name = this.unknownNameAt(tokens, i, text);
      if (name) {
        mentions.push(name);
        i = name.lastToken;
      }
    }
    return mentions;
  }

  /**
   * "Spain’s transport minister" is not Brazil’s: a role phrase after a possessive place or body
   * names the person whose role titles carry that qualifier ("Spain’s Minister of Transport",
   * "Spanish transport minister"), when the phrase's own owner's titles do not and exactly one
   * other person's titles carry both the qualifier and the phrase's last word.
   */
  private qualifiedRole(tokens: Token[], i: number, entry: AliasEntry): AliasEntry {
    let k = i - 1;
    if (tokens[k]?.norm === 'the') k--;
    const qualifier =
      k >= 0 && isPossessive(tokens[k]) && /^\p{Lu}/u.test(tokens[k].text) ? possessiveBase(tokens[k]) : undefined;
    if (!qualifier) return entry;
    const carries = (personId: string, word?: string) =>
      (this.people.get(personId)?.roles ?? []).some((role) => {
        const norms = tokenize(role.title).map((token) => possessiveBase(token));
        return norms.some((norm) => sameRoot(norm, qualifier)) && (!word || norms.includes(word));
      });
    if (carries(entry.personId)) return entry;
    const head = entry.tokens[entry.tokens.length - 1];
    const others = [...this.people.keys()].filter((id) => id !== entry.personId && carries(id, head));
    return others.length === 1 ? { ...entry, personId: others[0] } : entry;
  }

  private longestAliasAt(
    tokens: Token[],
    i: number,
    text: string,
  ): { entry: AliasEntry; lastToken: number } | undefined {
    const first = possessiveBase(tokens[i]);
    // An alias that opens with a possessive ("Trump’s foreign policy team") is indexed under the
    // possessive's own form ("trumps"), a name ("Trump’s") under its base.
    const own = first === tokens[i].norm ? undefined : this.byFirstToken.get(tokens[i].norm);
    const base = this.byFirstToken.get(first);
    const candidates =
      own && base ? [...own, ...base].sort((a, b) => b.tokens.length - a.tokens.length) : (own ?? base);
    if (!candidates) return undefined;
    for (const entry of candidates) {
      // Aliases are indexed without "the" ("a source close to club"): the draft's "the" is skipped too.
      let j = i;
      let ok = true;
      for (let k = 0; k < entry.tokens.length && ok; k++, j++) {
        while (k > 0 && tokens[j]?.norm === 'the' && entry.tokens[k] !== 'the') j++;
        const token = tokens[j];
        if (!token) {
          ok = false;
          break;
        }
        const norm = k === entry.tokens.length - 1 ? possessiveBase(token) : token.norm;
        ok = norm === entry.tokens[k] && (k === 0 || !hasBreakBetween(text, tokens[j - 1], token));
      }
      // A surname or name must be capitalised in the draft; a role phrase or an anonymous source's
      // description ("a source close to the club") need not be.
      if (
        ok &&
        entry.via === 'name' &&
        this.people.get(entry.personId)?.kind === 'person' &&
        !startsLikeName(tokens[i].text)
      )
        ok = false;
      if (ok) return { entry, lastToken: j - 1 };
    }
    return undefined;
  }

  /**
   * A bare surname alias followed, in the same name, by a capitalised word that is none of its
   * person's names: a full name in surname-first order ("Lee Jae-min", "Wang Yi") whose given name
   * is not the corpus person's ("Lee Dong-hoon"), so someone else. The surname-last order ("Irina
   * Volkova" against Svetlana Volkova) is aliasAfterTitle's.
   */
  private givenNameAfterSurname(tokens: Token[], match: { entry: AliasEntry; lastToken: number }, text: string) {
    const { entry, lastToken } = match;
    const person = this.people.get(entry.personId);
    if (entry.via !== 'name' || entry.tokens.length !== 1 || person?.kind !== 'person') return false;
    const next = tokens[lastToken + 1];
    if (!next || isPossessive(tokens[lastToken]) || hasBreakBetween(text, tokens[lastToken], next)) return false;
    if (!isCapitalisedName(next) || TITLE_WORDS.has(next.norm) || ATTRIBUTION_VERBS.has(next.norm)) return false;
    const ownWords = new Set(
      [person.name, ...person.aliases].flatMap((name) => tokenize(name).map((token) => token.norm)),
    );
    return !ownWords.has(possessiveBase(next));
  }

  /**
   * A known alias after one to three capitalised words. Title words ("Deputy Mayor", "Finance
   * Minister") make it that person, the mention covering the title. A first name that is not the
   * person's ("Irina Volkova" where the corpus has Svetlana Volkova) makes it someone else: a
   * person the corpus does not know, unless a fuzzy match says it is a spelling of a known name.
   */
  private aliasAfterTitle(tokens: Token[], i: number, text: string): PersonMention | undefined {
    if (!isCapitalisedWord(tokens[i].text) || COURTESY_TITLES.includes(tokens[i].norm)) return undefined;
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
      if (hasBreakBetween(text, tokens[k - 1], tokens[k]) || !isCapitalisedWord(tokens[k].text)) return undefined;
      const match = this.longestAliasAt(tokens, k, text);
      if (match && match.entry.via === 'name') {
        const last = tokens[match.lastToken];
        // "Al Jazeera’s Rania Haddad": an outlet's or a body's possessive before the name is not a first name.
        if (tokens.slice(i, k).some(isPossessive))
          return {
            personId: match.entry.personId,
            start: tokens[k].start,
            end: last.end,
            firstToken: k,
            lastToken: match.lastToken,
            possessive: isPossessive(last),
            via: 'name',
          };
        const titled = tokens
          .slice(i, k)
          .every((token) => TITLE_WORDS.has(token.norm) || this.titleWords.has(token.norm));
        if (titled)
          return {
            personId: match.entry.personId,
            start: tokens[i].start,
            end: last.end,
            firstToken: i,
            lastToken: match.lastToken,
            possessive: isPossessive(last),
            via: 'name',
          };
        if (k !== i + 1 || !isCapitalisedName(tokens[i])) return undefined;
        // "Minister of State Declan Furlong", "Secretary for Health Ann Lee": the word is the end of a title, not a first name.
        if (titleComplement(tokens, i)) return undefined;
        const phrase = `${tokens[i].text} ${spelledName(tokens.slice(k, match.lastToken + 1), text, (token) =>
          token.text.replace(/['\u2019]s$/, ''),
        )}`;
        const fuzzy = this.fuzzyLookup(phrase);
        const personId = fuzzy && fuzzy.score <= 0.2 ? fuzzy.personId : `unknown:${phrase}`;
        return {
          personId,
          start: tokens[i].start,
          end: last.end,
          firstToken: i,
          lastToken: match.lastToken,
          possessive: isPossessive(last),
          via: personId.startsWith('unknown:') ? 'unknown' : 'fuzzy',
        };
      }
    }
    return undefined;
  }

  private fuzzyLookup(phrase: string): { personId: string; score: number } | null {
    let cached = this.fuzzyCache.get(phrase);
    if (cached === undefined) {
      const hit = this.fuzzy.search(phrase);
      cached = hit ? { personId: hit.item.personId, score: hit.score } : null;
      if (this.fuzzyCache.size > 10_000) this.fuzzyCache.clear();
      this.fuzzyCache.set(phrase, cached);
    }
    return cached;
  }

  /**
   * A capitalised name next to a speech verb that the alias index does not know: first try
   * fuse.js against every alias (misspellings such as "Zelenskky"), else keep it as an unknown
   * speaker so that giving a recorded quote to them can still be judged.
   */
  private unknownNameAt(tokens: Token[], at: number, text: string): PersonMention | undefined {
    // "said K. Ramesh Gowda", "R. K. Laxman said": initials open the name, unless a known name follows them.
    const initials = initialsAt(tokens, at, text);
    if (initials > 0 && this.longestAliasAt(tokens, at + initials, text)) return undefined;
    const i = at + initials;
    // "Minister of State Ola Brekke": the word right after a title's "of" or "for" completes the title.
    if (
      (initials > 0 && (TITLE_WORDS.has(tokens[i]?.norm ?? '') || hasBreakBetween(text, tokens[i - 1], tokens[i]))) ||
      !isCapitalisedName(tokens[i]) ||
      (['of', 'for'].includes(tokens[i - 1]?.norm ?? '') && titleComplement(tokens, i))
    )
      return undefined;
    // "Jeanne Shaheen of New Hampshire said": the place after a name is where the person is from.
    if (tokens[i - 1]?.norm === 'of' && tokens[i - 2] && isCapitalisedWord(tokens[i - 2].text)) return undefined;
    let last = i;
    while (last + 1 < tokens.length && last - i < MAX_BODY_WORDS - 1) {
      if (isCapitalisedName(tokens[last + 1]) && !hasBreakBetween(text, tokens[last], tokens[last + 1])) {
        last++;
        continue;
      }
      // "Lee Jae-min": a hyphenated given name's second part is written in lower case.
      if (
        tokens[last + 1] &&
        hyphenBetween(text, tokens[last], tokens[last + 1]) &&
        /^\p{Ll}/u.test(tokens[last + 1].text)
      ) {
        last++;
        continue;
      }
      // "Joost van der Heijden": lower-case particles inside a name, when a capitalised word ends them.
      const name = particlesThenName(tokens, last, text);
      if (name === undefined) break;
      last = name;
    }
    // A person's name is at most three words; a body's runs to its head noun ("West Coast Hospital
    // Group", "Port Carver Downtown Business Alliance"). Cutting a body's name to three words made
    // the next start ("Coast Hospital Group said") the speaker, its first words lost.
    // The parts of a hyphenated surname ("Małgorzata Wójcik-Zięba") are one word of it.
    if (wordsIn(tokens, i, last, text) > 3 && !BODY_HEADS.has(possessiveBase(tokens[last])))
      while (wordsIn(tokens, i, last, text) > 3 || NAME_PARTICLES.has(tokens[last].text)) last--;
    // "Jeanne Shaheen of New Hampshire said": the verb after the name's home, which also lets an unknown name stand apart from its verb.
    const home = homeThenVerb(tokens, last, text);
    const appositive = appositiveThenVerb(tokens, last, text);
    const verbAfter =
      (tokens[last + 1] &&
        ATTRIBUTION_VERBS.has(tokens[last + 1].norm) &&
        !hasBreakBetween(text, tokens[last], tokens[last + 1])) ||
      appositive ||
      apposedNameThenVerb(tokens, at, last, text) ||
      home;
    // "said Dr Rhiannon Eckley": an honorific may stand between the verb and the name.
    let lead = at - 1;
    while (
      lead > 0 &&
      lead >= at - 3 &&
      // "said Dr Rhiannon Eckley", "said councillor Birthe Munk": a title may be written in lower case.
      (TITLE_WORDS.has(tokens[lead].norm) || (HONORIFICS.has(tokens[lead].norm) && /^[A-Z]/.test(tokens[lead].text)))
    )
      lead--;
    // "said Stellako Lake councillor Dave Pruitt": capitalised words before a lower-case title say whose it is.
    if (lead < at - 1 && !/^[A-Z]/.test(tokens[lead + 1].text))
      for (let k = lead; k > 0 && k >= lead - 2 && isCapitalisedWord(tokens[k].text) && !isPossessive(tokens[k]); k--)
        if (ATTRIBUTION_VERBS.has(tokens[k - 1].norm) && !hasBreakBetween(text, tokens[k - 1], tokens[k])) {
          lead = k - 1;
          break;
        }
    const verbBefore =
      tokens[lead] &&
      ATTRIBUTION_VERBS.has(tokens[lead].norm) &&
      !AUDIENCE_VERBS.has(tokens[lead].norm) &&
      !JUDGED_AFTER.has(tokens[lead].norm) &&
      !hasBreakBetween(text, tokens[lead], tokens[lead + 1]);
    const nearVerb = verbAfter || verbBefore;
    if (!nearVerb) return undefined;
    // "Stellako Lake councillor Dave Pruitt": a name before a lower-case title and a name says whose title it is.
    const titleAfter = tokens[last + 1];
    if (
      titleAfter &&
      TITLE_WORDS.has(titleAfter.norm) &&
      !/^[A-Z]/.test(titleAfter.text) &&
      !isPossessive(tokens[last]) &&
      isCapitalisedWord(tokens[last + 2]?.text ?? '')
    )
      return undefined;
    const phrase = spelledName(tokens.slice(at, last + 1), text, (token, k) =>
      k < initials ? `${token.text}.` : token.text.replace(/['\u2019]s$/, ''),
    );
    const best = this.fuzzyLookup(phrase);
    const possessive = isPossessive(tokens[last]);
    if (best && best.score <= 0.2) {
      return {
        personId: best.personId,
        start: tokens[at].start,
        end: tokens[last].end,
        firstToken: at,
        lastToken: last,
        possessive,
        via: 'fuzzy',
      };
    }
    if (last === i && i === 0 && !verbAfter) return undefined; // a lone capitalised first word is usually not a name
    return {
      personId: `unknown:${phrase}`,
      start: tokens[at].start,
      end: tokens[last].end,
      firstToken: at,
      lastToken: last,
      possessive,
      via: 'unknown',
      appositive: appositive || home,
    };
  }
}

/** The most words an unknown body's name is read to ("Port Carver Downtown Business Alliance"). */
const MAX_BODY_WORDS = 6;

/** Last words of a body's name: a run of capitalised words ending in one of them is one name. */
const BODY_HEADS = new Set(
  (
    'council police service services group association alliance authority ministry department agency commission ' +
    'committee board union federation confederation trust party club university hospital institute foundation ' +
    'company corporation bank court office government administration network society league fund centre center ' +
    'school college academy coalition chamber forum partnership consortium cooperative co-operative executive ' +
    'assembly parliament inc ltd plc llc'
  ).split(' '),
);

/** Heads of a body written in lower case that can speak ("the wildfire service said"). */
const LOWER_BODY_HEADS = new Set([...BODY_HEADS, 'opposition', 'ministry', 'province', 'city', 'state']);
/** Words a lower-case body's name may carry before its head ("the forests ministry", "the premier's office"). */
const MAX_BODY_MODIFIERS = 3;

/**
 * A body named in lower case as the one speaking: "“…,” the wildfire service said", "said the
 * forests ministry.", "the premier’s office said", its head in lower case after capitalised words
 * too ("the Shetland council said", "the Jal Shakti ministry said"). Its mention is an `unknown:` speaker (the
 * words after "the"), which the judge compares with the record speaker's roles (see speaksFor).
 * Undefined when no speech verb has such a body beside it.
 */
export function bodySpeaker(tokens: Token[], text: string): PersonMention | undefined {
  const lower = (token: Token | undefined) => token !== undefined && !/^\p{Lu}/u.test(token.text);
  const body = (from: number, head: number): PersonMention | undefined => {
    if (!LOWER_BODY_HEADS.has(tokens[head].norm) || !lower(tokens[head])) return undefined;
    let first = head;
    while (
      first > from &&
      head - first < MAX_BODY_MODIFIERS &&
      tokens[first - 1].norm !== 'the' &&
      !STOP_BEFORE_BODY.has(tokens[first - 1].norm) &&
      !hasBreakBetween(text, tokens[first - 1], tokens[first])
    )
      first--;
    if (tokens[first - 1]?.norm !== 'the' || hasBreakBetween(text, tokens[first - 1], tokens[first])) return undefined;
    // The article is part of how the draft names it: "the wildfire service", in messages too.
    const words = tokens
      .slice(first - 1, head + 1)
      .map((token) => token.text)
      .join(' ');
    return {
      personId: `unknown:${words}`,
      start: tokens[first - 1].start,
      end: tokens[head].end,
      firstToken: first - 1,
      lastToken: head,
      possessive: false,
      via: 'unknown',
    };
  };
  for (let verb = 0; verb < tokens.length; verb++) {
    if (!ATTRIBUTION_VERBS.has(tokens[verb].norm) || ASKING_VERBS.has(tokens[verb].norm)) continue;
    // "the wildfire service said"
    if (verb > 0 && !hasBreakBetween(text, tokens[verb - 1], tokens[verb])) {
      const found = body(0, verb - 1);
      if (found) return found;
    }
    // "said the wildfire service." (the body ends the clause)
    if (
      tokens[verb + 1]?.norm === 'the' &&
      !AUDIENCE_VERBS.has(tokens[verb].norm) &&
      !JUDGED_AFTER.has(tokens[verb].norm)
    ) {
      for (let head = verb + 2; head < tokens.length && head <= verb + 2 + MAX_BODY_MODIFIERS; head++) {
        const next = tokens[head + 1];
        if (next && !hasBreakBetween(text, tokens[head], next)) continue;
        const found = body(verb + 2, head);
        if (found) return found;
        break;
      }
    }
  }
  return undefined;
}

/** Words that end a lower-case body's name going back: a verb, a preposition, a conjunction. */
const STOP_BEFORE_BODY = new Set(['a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'from', 'that']);

/** "Pål Iversen, a Progress Party member, said": a name, an appositive between commas, then the verb. */
function appositiveThenVerb(tokens: Token[], last: number, text: string): boolean {
  if (!tokens[last + 1] || !/^\s*,/.test(text.slice(tokens[last].end, tokens[last + 1].start))) return false;
  for (let k = last + 2; k < tokens.length && k <= last + 10; k++) {
    if (/,\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return ATTRIBUTION_VERBS.has(tokens[k].norm);
  }
  return false;
}

/** "Senator Jeanne Shaheen of New Hampshire said", "Lee of the Greens said": where a person is from or sits, then the verb. */
function homeThenVerb(tokens: Token[], last: number, text: string): boolean {
  if (tokens[last + 1]?.norm !== 'of' || hasBreakBetween(text, tokens[last], tokens[last + 1])) return false;
  let k = last + 2;
  if (tokens[k]?.norm === 'the') k++;
  const first = k;
  while (k < tokens.length && k - first < 3 && isCapitalisedWord(tokens[k].text)) k++;
  return (
    k > first && tokens[k] !== undefined && ATTRIBUTION_VERBS.has(tokens[k].norm) && !AUDIENCE_VERBS.has(tokens[k].norm)
  );
}

/**
 * "Prague’s deputy mayor, Jana Kratochvílová, said": the name is itself the appositive, between
 * commas after the role it names, with the speech verb right after the second comma.
 */
function apposedNameThenVerb(tokens: Token[], first: number, last: number, text: string): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (!before || !after || !ATTRIBUTION_VERBS.has(after.norm)) return false;
  return (
    /^\s*,\s*$/.test(text.slice(before.end, tokens[first].start)) &&
    /^\s*,\s*$/.test(text.slice(tokens[last].end, after.start))
  );
}

/** "French President Emmanuel Macron" is one mention, so a fix replaces the role with the name. */
function mergeRoleAndName(mentions: PersonMention[], text: string): PersonMention[] {
  const merged: PersonMention[] = [];
  for (const mention of mentions) {
    const previous = merged[merged.length - 1];
    if (
      previous &&
      previous.personId === mention.personId &&
      previous.lastToken + 1 === mention.firstToken &&
      /^\s+$/.test(text.slice(previous.end, mention.start))
    ) {
      merged[merged.length - 1] = {
        ...mention,
        start: previous.start,
        firstToken: previous.firstToken,
        via: mention.via,
      };
      continue;
    }
    merged.push(mention);
  }
  return merged;
}

function roleKey(title: string): string {
  return tokenize(title)
    .map((token) => token.norm)
    .filter((norm) => norm !== 'the')
    .join(' ');
}

/**
 * A sentence that opens on a title and a name the corpus does not know ("Councillor Mark Lee,
 * who chairs the board, was blunt.", "Deputy Mayor Kari Holm spoke next"): that person, as an
 * unknown speaker id (`unknown:Mark Lee`) and the index of the name's first token, for "he said"
 * and a bare quotation after it. Undefined when the sentence does not open so.
 */
export function titledOpener(tokens: Token[], text: string): { personId: string; firstToken: number } | undefined {
  let k = tokens[0]?.norm === 'the' ? 1 : 0;
  const titleStart = k;
  while (k < tokens.length && k - titleStart < 3 && TITLE_WORDS.has(tokens[k].norm)) k++;
  if (k === titleStart) return undefined;
  const first = k;
  while (
    k < tokens.length &&
    k - first < 3 &&
    isCapitalisedName(tokens[k]) &&
    !TITLE_WORDS.has(tokens[k].norm) &&
    (k === first || !hasBreakBetween(text, tokens[k - 1], tokens[k]))
  )
    k++;
  if (k === first || isPossessive(tokens[k - 1])) return undefined;
  const name = spelledName(tokens.slice(first, k), text);
  return { personId: `unknown:${name}`, firstToken: first };
}

/**
 * How many initials open a name at `tokens[i]` ("K. Ramesh Gowda", "R. K. Laxman"): single
 * capitals each followed by a full stop, not a dotted abbreviation ("U.S.", "U.K.") and followed
 * by a word. 0 when none.
 */
function initialsAt(tokens: Token[], i: number, text: string): number {
  let k = i;
  while (k - i < 3 && tokens[k] && /^\p{Lu}$/u.test(tokens[k].text) && text[tokens[k].end] === '.') k++;
  if (k === i || !tokens[k]) return 0;
  const letters = tokens
    .slice(i, k)
    .map((token) => token.norm)
    .join('');
  return DOTTED_ABBREVIATIONS.has(letters) ? 0 : k - i;
}

/** Dotted abbreviations that are not a person's initials: "U.S. officials", "the U.N. envoy". */
const DOTTED_ABBREVIATIONS = new Set(['us', 'uk', 'un', 'eu', 'dc', 'la', 'nz', 'uae', 'usa', 'ussr', 'am', 'pm']);

function isCapitalisedName(token: Token | undefined): boolean {
  if (!token) return false;
  return isCapitalisedWord(token.text) && !NOT_NAMES.has(possessiveBase(token));
}

/** Punctuation between two tokens that splits a name ("Rubio, Witkoff"). */
function hasBreakBetween(text: string, a: Token, b: Token): boolean {
  const between = text.slice(a.end, b.start);
  return /[,;:()\u2014"\u201C\u201D]/.test(between) || between.length > 3;
}

/** A hyphen alone between two tokens: the tokenizer split one word ("Wójcik-Zięba", "Lis-Kowalska"). */
function hyphenBetween(text: string, a: Token, b: Token): boolean {
  return /^[-\u2010\u2011]$/.test(text.slice(a.end, b.start));
}

/**
 * A name's tokens as the text writes them: words apart by a space, the parts of a hyphenated word
 * ("Małgorzata Wójcik-Zięba") joined by their hyphen again, each part as `spell` gives it.
 */
function spelledName(
  tokens: readonly Token[],
  text: string,
  spell: (token: Token, k: number) => string = (token) => token.text,
): string {
  return tokens
    .map((token, k) => (k === 0 ? '' : hyphenBetween(text, tokens[k - 1], token) ? '-' : ' ') + spell(token, k))
    .join('');
}

/**
 * How many words tokens `from`..`to` make, a hyphenated word counting once and a name's particle
 * ("van der" in "Joost van der Heijden") not at all: a person's name is still three words.
 */
function wordsIn(tokens: readonly Token[], from: number, to: number, text: string): number {
  let words = 1;
  for (let k = from + 1; k <= to; k++)
    if (!hyphenBetween(text, tokens[k - 1], tokens[k]) && !NAME_PARTICLES.has(tokens[k].text)) words++;
  return words;
}

/**
 * The index of the capitalised word that ends a run of a name's particles right after token
 * `last` ("van der" then "Heijden"), or undefined when no particle follows, or no capitalised
 * word ends them, or punctuation breaks the run.
 */
function particlesThenName(tokens: readonly Token[], last: number, text: string): number | undefined {
  let m = last + 1;
  while (m < tokens.length && NAME_PARTICLES.has(tokens[m].text) && !hasBreakBetween(text, tokens[m - 1], tokens[m]))
    m++;
  if (m === last + 1 || m >= tokens.length) return undefined;
  return isCapitalisedName(tokens[m]) && !hasBreakBetween(text, tokens[m - 1], tokens[m]) ? m : undefined;
}

export interface Attribution {
  /** The named speaker, when one was found. */
  mention?: PersonMention;
  /** True when the attribution is a pronoun ("he said") that no earlier name in the window resolves. */
  pronoun: boolean;
  /** A speech verb stands near: the text attributes words to someone. */
  hasSpeechVerb: boolean;
}

/** "an interview with Maria Bartiromo", "alongside von der Leyen": the person is not the one speaking. */
const OBJECT_MARKERS = new Set([
  'with',
  'to',
  'alongside',
  'host',
  'by',
  'from',
  'against',
  'for',
  'of',
  'about',
  'on',
  'and',
  'met',
  'meet',
  'meeting',
]);

/** "of State", "for Digital Affairs" after a title word ("Minister of State"): the words complete the title. */
function titleComplement(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const norm = tokens[k].norm;
    if (norm === 'of' || norm === 'for') return TITLE_WORDS.has(tokens[k - 1]?.norm ?? '');
    if (!isCapitalisedWord(tokens[k].text) && norm !== 'and' && norm !== 'the') return false;
  }
  return false;
}

function isObjectOfPreposition(tokens: Token[], mention: PersonMention): boolean {
  let first = mention.firstToken;
  // "Minister of State Declan Furlong": step back over the title's complement to the title itself.
  while (first > 0 && isCapitalisedWord(tokens[first - 1].text) && titleComplement(tokens, first - 1)) first--;
  const k = indexBeforeTitles(tokens, first, Infinity, true);
  const marker = tokens[k]?.norm;
  if (marker && ['of', 'for'].includes(marker) && TITLE_WORDS.has(tokens[k - 1]?.norm ?? '')) return false;
  if (!marker || !OBJECT_MARKERS.has(marker)) return false;
  // "… ordered it to, Cabrera said": punctuation after the preposition (more than the one space
  // between its tokens) ends its phrase, so the name after it opens a clause of its own.
  if (tokens[k + 1] && tokens[k + 1].start - tokens[k].end > 1) return false;
  return !(marker === 'to' && tokens[k - 1]?.norm === 'according');
}

/**
 * What a person wrote or said, after their possessive: "Roe’s post on X read:", "Lee’s written
 * statement said": the possessor is the speaker. Not people around them ("Putin’s spokesman").
 */
const UTTERANCE_NOUNS = new Set(
  'post posts statement statements tweet tweets letter words message reply remarks speech testimony note email answer response comment comments blog column video caption memo submission evidence'.split(
    ' ',
  ),
);

/** Whether a possessive mention owns the words that follow: "Papadopoulou’s post read: …". */
function possessorSpeaks(tokens: Token[], mention: PersonMention): boolean {
  if (!mention.possessive) return false;
  // One modifier may stand between: "Roe’s latest post", "Lee’s written statement".
  return [1, 2].some((ahead) => UTTERANCE_NOUNS.has(tokens[mention.lastToken + ahead]?.norm ?? ''));
}

/** The word before a name, past its honorifics and titles: "asked Dr Marchetti" → "asked". */
function wordBeforeName(tokens: Token[], firstToken: number): string {
  return tokens[indexBeforeTitles(tokens, firstToken, 3)]?.norm ?? '';
}

/**
 * The index of the word before a name, past the honorifics and title words written before it (at
 * most `limit` of them; "the" too when `article`): "asked Dr Marchetti", "with the Prime Minister".
 * -1 when the name opens the tokens.
 */
function indexBeforeTitles(tokens: Token[], firstToken: number, limit: number, article = false): number {
  let k = firstToken - 1;
  const skips = (norm: string) => (article && norm === 'the') || HONORIFICS.has(norm) || TITLE_WORDS.has(norm);
  while (k >= 0 && firstToken - k <= limit && skips(tokens[k].norm)) k--;
  return k;
}

/** Verbs that give a figure as someone's own reckoning: "Wróbel put the bank’s exposure at €48 million". */
const VALUING_VERBS = new Set(['put', 'puts', 'estimated', 'estimates']);
/** How far after the verb its "at" and figure may stand ("put an experienced crane operator’s monthly pay at"). */
const VALUED_WITHIN = 8;

/**
 * A verb of valuing with its figure: "put the exposure at €48 million", "estimated the cost at
 * 2 billion". It attributes the figure to its subject as a verb of saying does. Only with an
 * object, then "at" and a figure: "put the plan on hold", "an estimated 5,000" and "the crowd,
 * which police estimated at 8,000, chanted …" say nothing of anyone.
 */
export function valuesAt(tokens: Token[], index: number): boolean {
  if (!VALUING_VERBS.has(tokens[index].norm) || index === 0 || tokens[index - 1].norm === 'an') return false;
  for (let k = index + 1; k < tokens.length && k <= index + VALUED_WITHIN; k++) {
    if (ATTRIBUTION_VERBS.has(tokens[k].norm)) return false;
    // The verb's own object stands between it and "at": with none ("which police estimated at
    // 8,000", "was estimated at 2 billion") the thing valued is someone else's subject, and the
    // verb says nothing of the sentence's other words (a chant, a quotation) being its subject's.
    if (tokens[k].norm === 'at') return k > index + 1 && /^\d/.test(tokens[k + 1]?.norm ?? '');
  }
  return false;
}

/** After these verbs the next name is the audience ("told Vance"), not the speaker. */
const AUDIENCE_VERBS = new Set(['told', 'tell', 'tells', 'telling']);
/** Before a colon, these leave the next name or pronoun as the audience: "asked Dr Marchetti:", "telling him:". */
const AUDIENCE_MARKERS = new Set([...AUDIENCE_VERBS, 'asked', 'asks', 'asking', 'to', 'with', 'at']);
const ASKING_VERBS = new Set(['asked', 'asks', 'questioned', 'pressed']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us']);
/** How far a speaker may stand before its verb (room for an appositive) or after it ("said Mr Rubio"). */
const MAX_GAP_BEFORE = 8;
const MAX_GAP_AFTER = 2;

/**
 * Who a sentence attributes its words to. A named person just before a speech verb ("Rubio
 * said", "Zelensky, speaking in Brussels, said") or just after one ("said Rubio", "according to
 * Rubio"); a pronoun next to the verb ("he said") resolves to the nearest name before it in the
 * same window, else to the running speaker (the caller's job). A name after "told" is the audience.
 */
export function findAttribution(tokens: Token[], mentions: PersonMention[]): Attribution {
  const verbs: number[] = [];
  tokens.forEach((token, index) => {
    // "Lee put it to her": the question is Lee's.
    if (
      (ATTRIBUTION_VERBS.has(token.norm) &&
        !(token.norm === 'called' && tokens[index - 1]?.norm === 'so') &&
        (!JUDGED_AFTER.has(token.norm) || judgesWords(tokens))) ||
      (token.norm === 'put' && tokens[index + 1]?.norm === 'it' && tokens[index + 2]?.norm === 'to') ||
      valuesAt(tokens, index)
    )
      verbs.push(index);
  });
  const hasSpeechVerb = verbs.length > 0;
  if (!hasSpeechVerb) return { pronoun: false, hasSpeechVerb };

  // "Ashworth-Pryce, who chairs the committee, asked Dr Marchetti:": with its asker named before
  // it, "asked" takes the person asked after it ("“Why now?” asked Lee" has no one before).
  const askedBySomeoneElse = (verb: number, mention: PersonMention) =>
    ASKING_VERBS.has(tokens[verb].norm) &&
    mentions.some(
      (other) =>
        other !== mention &&
        other.lastToken < verb &&
        verb - other.lastToken - 1 <= MAX_GAP_BEFORE &&
        !other.possessive &&
        !isObjectOfPreposition(tokens, other),
    );
  const gapOf = (mention: PersonMention): number => {
    let best = Infinity;
    for (const verb of verbs) {
      if (verb > mention.lastToken) {
        const gap = verb - mention.lastToken - 1;
        if (gap <= MAX_GAP_BEFORE) best = Math.min(best, gap);
      } else if (
        verb < mention.firstToken &&
        !AUDIENCE_VERBS.has(tokens[verb].norm) &&
        !JUDGED_AFTER.has(tokens[verb].norm) &&
        !askedBySomeoneElse(verb, mention)
      ) {
        // "said Councillor Tomasz Nowicki": titles and honorifics between are part of the name; so
        // are the capitalised words that say whose title it is ("said Stellako Lake councillor Dave Pruitt").
        let gap = mention.firstToken - verb - 1;
        const titled = TITLE_WORDS.has(tokens[mention.firstToken - 1]?.norm ?? '');
        for (let k = verb + 1; k < mention.firstToken; k++)
          if (
            HONORIFICS.has(tokens[k].norm) ||
            TITLE_WORDS.has(tokens[k].norm) ||
            (titled && k - verb <= 3 && isCapitalisedWord(tokens[k].text) && !isPossessive(tokens[k]))
          )
            gap--;
        if (gap <= MAX_GAP_AFTER) best = Math.min(best, gap);
      }
    }
    return best;
  };
  let best: PersonMention | undefined;
  let bestGap = Infinity;
  for (const mention of mentions) {
    if ((mention.possessive && !possessorSpeaks(tokens, mention)) || isObjectOfPreposition(tokens, mention)) continue;
    const gap = gapOf(mention);
    if (mention.via === 'unknown' && gap > 0 && !mention.appositive) continue;
    if (gap < bestGap) {
      best = mention;
      bestGap = gap;
    }
  }

  const pronounIndex = tokens.findIndex(
    (token, index) => PRONOUNS.has(token.norm) && verbs.some((verb) => verb === index + 1 || verb === index - 1),
  );
  if (pronounIndex !== -1 && bestGap > 0) {
    const antecedent = [...mentions]
      .reverse()
      .find(
        (mention) =>
          mention.lastToken < pronounIndex &&
          !mention.possessive &&
          mention.via !== 'unknown' &&
          !AUDIENCE_VERBS.has(tokens[mention.firstToken - 1]?.norm ?? ''),
      );
    return antecedent ? { mention: antecedent, pronoun: false, hasSpeechVerb } : { pronoun: true, hasSpeechVerb };
  }
  if (best) return { mention: best, pronoun: false, hasSpeechVerb };
  return { pronoun: false, hasSpeechVerb };
}

/**
 * "Stubb: ‘We are closer to peace…’", "Zelensky, in Munich: «…»", "Kjærgaard promised: "…"": a
 * name (and at most a verb or a short aside) just before the colon that opens a quotation is its
 * speaker, in headlines and in copy alike. `colonAt` is the colon's offset; `tokens` the words
 * around the quotation. A name the corpus does not know becomes an unknown speaker.
 */
export function colonAttribution(
  tokens: Token[],
  mentions: PersonMention[],
  colonAt: number,
  slots: ReadonlySet<Token> = new Set(),
): PersonMention | undefined {
  let last = -1;
  for (let k = 0; k < tokens.length && tokens[k].end <= colonAt; k++) last = k;
  if (last < 0) return undefined;
  // Words of an outlet, a day or a figure ("on BizTV's Morning Markets last Thursday:") say where
  // and when, not who: they neither stand between a speaker and the colon nor name one.
  const between = (from: number) => {
    let count = 0;
    for (let k = from + 1; k <= last; k++) if (!slots.has(tokens[k])) count++;
    return count;
  };
  // "The judge told Volkov:", "asked Dr Marchetti:": the person told or asked is the audience, not the speaker.
  const audience = (index: number) => AUDIENCE_MARKERS.has(wordBeforeName(tokens, index));
  const speaks = (mention: PersonMention) =>
    (!mention.possessive || possessorSpeaks(tokens, mention)) &&
    mention.lastToken <= last &&
    between(mention.lastToken) <= 10 &&
    !audience(mention.firstToken);
  // "sentenced Volkov on Jan. 22, telling him:": the audience is a pronoun, so the speaker is the
  // clause's subject, the first person named, not the nearest (who is the object of the verb).
  if (OBJECT_PRONOUNS.has(tokens[last].norm) && AUDIENCE_MARKERS.has(tokens[last - 1]?.norm ?? '')) {
    const subject = mentions.find(speaks);
    if (subject) return subject;
  }
  // The nearest person before the colon, up to a sentence's opening ("Élodie Marchetti promised
  // during Tuesday night’s Channel 7 debate:"), who is not the person told.
  const known = [...mentions].reverse().find(speaks);
  if (known) return known;
  if (mentions.some((mention) => mention.possessive && mention.lastToken <= last)) return undefined;
  if (mentions.some((mention) => mention.lastToken <= last && audience(mention.firstToken))) return undefined;
  if ([...Array(Math.min(6, last + 1)).keys()].some((back) => ATTRIBUTION_VERBS.has(tokens[last - back].norm)))
    return undefined;
  // An unknown name: the capitalised run that opens the stretch before the colon.
  let first = last;
  while (first > 0 && last - first < 5) first--;
  for (let k = first; k <= last; k++) {
    if (!isCapitalisedName(tokens[k]) || slots.has(tokens[k])) continue;
    let end = k;
    while (end + 1 <= last && end - k < 2 && isCapitalisedName(tokens[end + 1]) && !slots.has(tokens[end + 1])) end++;
    if (last - end > 4) return undefined;
    const phrase = tokens
      .slice(k, end + 1)
      .map((token) => token.text)
      .join(' ');
    return {
      personId: `unknown:${phrase}`,
      start: tokens[k].start,
      end: tokens[end].end,
      firstToken: k,
      lastToken: end,
      possessive: false,
      via: 'unknown',
    };
  }
  return undefined;
}

/** "spain" and "spanish", "brazil" and "brazilian": a place and its adjective share a root. */
function sameRoot(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return a === b || (common >= 3 && common >= 0.6 * Math.min(a.length, b.length));
}
