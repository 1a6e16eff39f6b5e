/**
 * A body as a clause's subject: "The Department for Culture, Media and Sport said", "The zoo's
 * owners, the Severnvale Conservation Trust, said", "Spain's transport ministry said". A person's
 * name reader stops at the lower-case words and commas inside a body's name; this one reads them.
 */

/** Lower-case words inside a body's name: "Centre for Disease Prevention and Control", "Bureau … des Vins de Bourgogne". */
const CONNECTORS = new Set([
  'of',
  'for',
  'and',
  'the',
  'de',
  'des',
  'du',
  'la',
  'le',
  'del',
  'della',
  'di',
  'von',
  '&',
]);

/** A company's legal form after its name: "Hidroandes Quelbra S.A.", "Nordvik Marine ASA". */
const COMPANY_FORM =
  /^(?:S\.?A\.?|Ltd\.?|plc|PLC|Inc\.?|LLC|GmbH|AG|ASA|AB|NV|N\.V\.|SpA|S\.p\.A\.|Corp\.?|Oy|BV|B\.V\.|SE)$/;

/** Lower-case nouns for a body, after a possessive place: "Spain's transport ministry", "Norway's fisheries directorate". */
const BODY_HEAD =
  'ministry|department|government|council|authority|agency|directorate|regulator|commission|police|coastguard|embassy|parliament|court|union|federation|association|company|bank|army|navy|office|committee|institute|board|service|inspectorate|tribunal';

/**
 * Nouns for what a body is to someone, before its name in apposition: "The zoo's owners, the
 * Severnvale Conservation Trust", "The museum's insurer, the Antwerp-based Scheldt Mutual".
 */
const BODY_ROLE = new RegExp(
  String.raw`\b(?:owners?|insurers?|operators?|parent(?:\s+company)?|regulator|employer|landlord|developer|contractor|manufacturer|maker|sponsor|organi[sz]ers?|promoter|publisher|broadcaster|supplier|lender|${BODY_HEAD}|firm|utility|airline|carrier|agency|trust|charity|group|club|university|school|hospital|board|committee)$`,
  'i',
);

const CAPITAL = /^\p{Lu}/u;

/**
 * The capitalised name that ends `words` (a body's name, lower-case connectors and an "X, Y and Z"
 * list inside it), with the index where it starts; undefined when the last word is not capitalised.
 */
function nameRunAtEnd(words: readonly string[]): { run: string[]; start: number } | undefined {
  const run: string[] = [];
  let k = words.length - 1;
  for (; k >= 0; k--) {
    const word = words[k];
    const bare = word.replace(/,$/, '');
    if (CAPITAL.test(bare) || /^[&]$/.test(bare)) {
      // A comma inside the name only in a list that "and" closes: "Culture, Media and Sport".
      if (word.endsWith(',') && !run.includes('and')) break;
      run.unshift(word);
    } else if (CONNECTORS.has(word) && run.length > 0 && k > 0 && CAPITAL.test(words[k - 1])) run.unshift(word);
    else break;
  }
  // "The" opens the sentence, not the name; a connector cannot open one.
  while (run.length && (CONNECTORS.has(run[0]) || /^(?:The|A|An)$/.test(run[0]))) run.shift();
  if (run.length === 0) return undefined;
  return { run, start: words.length - run.length };
}

/** Whether the words are a body's name: a body's word in them (`isBody`), or a company's legal form after them. */
function bodyName(run: readonly string[], isBody: (words: readonly string[]) => boolean): boolean {
  const words = run.map((word) => word.replace(/,$/, ''));
  return (words.length >= 2 || /^\p{Lu}{2,}$/u.test(words[0])) && (isBody(words) || COMPANY_FORM.test(words.at(-1)!));
}

/**
 * The body that is the subject of a clause, from its words before the verb (`before`, outside
 * quotation marks): a body's name in apposition to a body's role ("The zoo's owners, the Severnvale
 * Conservation Trust,"), a body's whole name ("In a statement, the Department for Culture, Media and
 * Sport"), or a possessive place and a body's noun ("Spain's transport ministry"). `isBody` says
 * whether capitalised words name a body. Undefined when the subject is none of these.
 */
export function bodySubject(before: string, isBody: (words: readonly string[]) => boolean): string | undefined {
  const text = before.replace(/\s+$/, '').replace(/^[("\u201C]+/, '');
  // In apposition: "<a body's role>, [the] [Antwerp-based] <Name>,".
  const apposed =
    /^(.*?\S)\s*,\s+(?:the\s+)?(?:[\p{L}\d][\p{L}\d-]*-based\s+)?([^,]+(?:,\s+[^,]+\s+and\s+[^,]+)?),?$/u.exec(text);
  if (apposed && BODY_ROLE.test(apposed[1])) {
    const words = apposed[2].trim().split(/\s+/);
    const found = nameRunAtEnd(words);
    if (found && found.start === 0 && found.run.length === words.length && found.run.length <= 8)
      return found.run.join(' ').replace(/,$/, '');
  }
  // An appositive clause after the subject: "…, the region's wine trade body," / ", which represents growers,".
  const subject = text
    .replace(/,\s+(?:who|whose|which|a|an|the|its|their)\b[^,]*(?:,[^,]*)?,$/, '')
    .replace(/,$/, '')
    .trim();
  const words = subject.split(/\s+/);
  const found = nameRunAtEnd(words);
  // The name is the clause's whole subject: it opens the sentence or follows "the" or an opener's comma.
  const opensClause = (start: number) =>
    start === 0 || /^(?:the|The)$/.test(words[start - 1]) || words[start - 1].endsWith(',');
  if (found && found.run.length <= 10 && opensClause(found.start) && bodyName(found.run, isBody))
    return found.run.join(' ');
  const possessive = new RegExp(
    String.raw`(?:^|,\s+|\s)((?:the\s+)?\p{Lu}[\p{L}\p{M}-]*['\u2019]s(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s+(?:${BODY_HEAD}))$`,
    'u',
  ).exec(subject);
  if (possessive && (possessive.index === 0 || /^,/.test(possessive[0]))) return possessive[1].replace(/^the\s+/, '');
  return undefined;
}

/**
 * Words before a body's noun that describe no body of their own ("the same committee", "the new
 * board"), or show the words run over a clause ("the court chose the company", "the board said
 * the department").
 */
const NOT_A_DESCRIPTION =
  /^(?:same|other|new|former|whole|entire|its|their|his|her|our|this|that|these|those|two|three|both|each|every|one|the|a|an|and|or|of|to|in|on|at|for|by|with|from|said|says|told|is|was|were|has|had|have)$/i;

/**
 * The body a description names when the article gives it no name: the words after "the" before a
 * speech verb ("national avalanche institute", "Baltic Open organising committee", "area's
 * cantonal police"), read as words describing a body (one to four before a body's noun). A place's
 * possessive that only points back ("the area's", "the city's") is dropped. Undefined for a bare
 * noun ("the committee": a role reference, which callers resolve to a name first) or a noun that
 * is no body's. Callers use it last, after looking for the name the article gave the body.
 */
export function describedBody(phrase: string): string | undefined {
  const words = phrase.trim().split(/\s+/);
  if (/^\p{Ll}[\p{Ll}-]*['\u2019]s$/u.test(words[0] ?? '')) words.shift();
  const head = words.at(-1) ?? '';
  const modifiers = words.slice(0, -1);
  if (!new RegExp(`^(?:${BODY_HEAD})$`).test(head)) return undefined;
  if (modifiers.length < 1 || modifiers.length > 4) return undefined;
  if (modifiers.some((word) => NOT_A_DESCRIPTION.test(word) || !/^[\p{L}][\p{L}\p{M}-]*$/u.test(word)))
    return undefined;
  return words.join(' ');
}
