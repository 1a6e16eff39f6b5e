/**
 * Money: the one lexicon of currencies (ISO codes, symbols and letter prefixes, names singular and
 * plural, a country's adjective, families that share a name) and the one reader of sums written
 * with them. The quantity reader (quantities.ts, for every kind of finding) takes its currencies
 * from here; `readMoney` reads sums as rated claims and their paraphrases write them, to one value
 * and one currency: "€12 billion", "12 billion euros", "EUR 12bn"; "PLN 1,780", "1,780 złoty",
 * "1,780 zł"; "10 mld zł"; "KSh 2,500", "Sh2,500"; "MX$6,000", "6,000 pesos"; "two euros fifty"
 * (2.50); "one point two trillion naira"; "half a trillion Egyptian pounds". A currency named only
 * by its family ("pesos", "dollars", "rupees", "shillings", "pounds", a bare "$") may be any member
 * of it. Pure: no vscode, no node.
 */
import { SMALL } from './numberWords';

/** A sum read from text: its value in the currency's units, its currency (a code or a family), its span. */
export interface Money {
  value: number;
  /** An ISO 4217 code in lower case ("pln"), or a family ("dollar", "peso", "rupee", "shilling", "krona", "krone", "franc"). */
  currency: string;
  start: number;
  end: number;
}

/**
 * Currencies that share a name or a sign: the one table of them, for the money reader and the
 * quantity reader (`familyOf`, `membersOf`, `codeOf`). A sum in "pesos" may be Mexican or
 * Philippine; where a record gives its sums in exactly one member, the draft's family is read in
 * that member (quantities.ts, `inRecordDollars`), and only without one does the first member, the
 * default, stand for the family ("dollars" are US dollars, "pesos" Mexican). The crowns: a bare
 * "krona"/"kronor" is Swedish (Iceland's only by its record or adjective), "krone"/"kroner"
 * Norwegian or Danish (the Faroes pay in Danish kroner), "króna"/"krónur" Icelandic, the
 * sign "kr" any of the four, and the English "crowns" any of the four or the Czech koruna.
 */
const FAMILIES: Record<string, readonly string[]> = {
  dollar: ['usd', 'aud', 'cad', 'nzd', 'sgd', 'hkd'],
  peso: ['mxn', 'php', 'ars', 'cop', 'clp', 'uyu', 'dop'],
  // A bare "$" is the dollar's sign and the peso's in Latin America ("$1.2m a month" in Buenos Aires).
  dollarsign: ['usd', 'aud', 'cad', 'nzd', 'sgd', 'hkd', 'mxn', 'ars', 'cop', 'clp', 'uyu', 'dop'],
  // "Pounds" are sterling, Egypt's, Lebanon's, Sudan's, Syria's.
  pound: ['gbp', 'egp', 'lbp', 'sdg', 'ssp', 'syp'],
  rupee: ['inr', 'pkr', 'lkr', 'npr'],
  shilling: ['kes', 'ugx', 'tzs'],
  // "Francs" are Swiss, West and Central Africa's CFA francs, Rwanda's.
  franc: ['chf', 'xof', 'xaf', 'rwf'],
  krona: ['sek', 'isk'],
  krone: ['nok', 'dkk'],
  kr: ['sek', 'nok', 'dkk', 'isk'],
  // English "crowns" also name the Czech koruna (Kč), whose sign is not "kr": a record in CZK reads a
  // draft's "crowns" in koruna, as a record in NOK reads them in kroner.
  crown: ['sek', 'nok', 'dkk', 'isk', 'czk'],
  // A plain "K" before a figure ("K4,500", "K18bn") is the kwacha's (Zambia, Malawi), Papua New
  // Guinea's kina and Myanmar's kyat, as each country's copy prints them.
  ksign: ['zmw', 'mwk', 'pgk', 'mmk'],
};

/** Symbols and prefixes written before the figure, longest first where one starts another. */
const PREFIXES: readonly [string, string][] = [
  ['MX$', 'mxn'],
  ['AR$', 'ars'],
  ['ARS$', 'ars'],
  ['CLP$', 'clp'],
  ['COL$', 'cop'],
  ['UY$', 'uyu'],
  ['E£', 'egp'],
  ['LE', 'egp'],
  ['L.E.', 'egp'],
  ['S/.', 'pen'],
  ['S/', 'pen'],
  ['AU$', 'aud'],
  ['A$', 'aud'],
  ['CA$', 'cad'],
  ['C$', 'cad'],
  ['NZ$', 'nzd'],
  ['US$', 'usd'],
  ['S$', 'sgd'],
  ['HK$', 'hkd'],
  ['R$', 'brl'],
  ['KSh', 'kes'],
  ['TSh', 'tzs'],
  ['USh', 'ugx'],
  ['GH₵', 'ghs'],
  ['₵', 'ghs'],
  ['₺', 'try'],
  // Turkish copy writes the lira "TL" before the figure ("TL400bn") as often as "₺".
  ['TL', 'try'],
  ['₩', 'krw'],
  ['₽', 'rub'],
  ['₴', 'uah'],
  ['₪', 'ils'],
  ['₫', 'vnd'],
  ['KShs', 'kes'],
  ['Kshs', 'kes'],
  ['Rp', 'idr'],
  ['Tk', 'bdt'],
  ['RM', 'myr'],
  ['Br', 'etb'],
  ['Ksh', 'kes'],
  ['Sh', 'shilling'],
  ['Rs.', 'rupee'],
  ['Rs', 'rupee'],
  ['₹', 'inr'],
  ['€', 'eur'],
  ['£', 'gbp'],
  ['₦', 'ngn'],
  ['₱', 'php'],
  ['¥', 'jpy'],
  ['GH', 'ghs'],
  ['$', 'dollarsign'],
];

/** ISO codes claims are written with, before or after the figure ("PLN 1,780", "1,780 PLN"). */
const CODES = new Set(
  (
    'usd eur gbp nok sek dkk isk chf jpy cny rmb aud cad nzd hkd sgd inr rub uah pln czk huf ron bgn zar brl mxn ars clp krw try ils aed sar qar egp ngn kes php idr myr thb vnd ' +
    'etb tzs ugx rwf ghs xof xaf mad dzd tnd pkr bdt lkr npr mmk khr lak twd kzt uzs azn gel amd byn rsd bam mkd cop pen uyu pyg bob ves dop gtq crc jmd ttd kwd bhd omr jod lbp iqd irr zmw mwk pgk mzn aoa bwp nad mur scr ' +
    'sdg ssp syp'
  ).split(' '),
);

/** Names written after the figure, as a reader normalises them (lower case, "ł" as "l"). */
const NAMES: Record<string, string> = {
  euro: 'eur',
  euros: 'eur',
  pound: 'pound',
  pounds: 'pound',
  sterling: 'gbp',
  naira: 'ngn',
  zloty: 'pln',
  zlotys: 'pln',
  zlotych: 'pln',
  złoty: 'pln',
  złotys: 'pln',
  złotych: 'pln',
  zl: 'pln',
  zł: 'pln',
  shilling: 'shilling',
  shillings: 'shilling',
  peso: 'peso',
  pesos: 'peso',
  rand: 'zar',
  reais: 'brl',
  rupee: 'rupee',
  rupees: 'rupee',
  dollar: 'dollar',
  dollars: 'dollar',
  yen: 'jpy',
  yuan: 'cny',
  renminbi: 'cny',
  krona: 'krona',
  kronor: 'krona',
  krone: 'krone',
  kroner: 'krone',
  króna: 'isk',
  krónur: 'isk',
  kronur: 'isk',
  crown: 'crown',
  crowns: 'crown',
  kr: 'kr',
  soles: 'pen',
  sol: 'pen',
  koruna: 'czk',
  koruny: 'czk',
  forint: 'huf',
  lira: 'try',
  cedi: 'ghs',
  cedis: 'ghs',
  ringgit: 'myr',
  baht: 'thb',
  rupiah: 'idr',
  taka: 'bdt',
  rouble: 'rub',
  roubles: 'rub',
  ruble: 'rub',
  rubles: 'rub',
  hryvnia: 'uah',
  hryvnias: 'uah',
  franc: 'franc',
  francs: 'franc',
  won: 'krw',
  shekel: 'ils',
  shekels: 'ils',
  lei: 'ron',
  leu: 'ron',
  kc: 'czk',
  birr: 'etb',
  dong: 'vnd',
  kwacha: 'zmw',
  real: 'brl',
  dirham: 'aed',
  dirhams: 'aed',
};

/** Names that are English words too ("real", "won", "rand"): a currency only when capitalised. */
export const AMBIGUOUS_NAMES = new Set(['real', 'won', 'rand']);

/** A country's adjective before a family's name: "Kenyan shillings", "Mexican pesos". */
const NATIONAL: Record<string, string> = {
  kenyan: 'kes',
  ugandan: 'ugx',
  tanzanian: 'tzs',
  mexican: 'mxn',
  philippine: 'php',
  argentine: 'ars',
  argentinian: 'ars',
  colombian: 'cop',
  chilean: 'clp',
  indian: 'inr',
  pakistani: 'pkr',
  swedish: 'sek',
  icelandic: 'isk',
  norwegian: 'nok',
  danish: 'dkk',
  faroese: 'dkk',
  swiss: 'chf',
  rwandan: 'rwf',
  dominican: 'dop',
  australian: 'aud',
  canadian: 'cad',
  american: 'usd',
  us: 'usd',
  egyptian: 'egp',
  lebanese: 'lbp',
  sudanese: 'sdg',
  syrian: 'syp',
  british: 'gbp',
  uruguayan: 'uyu',
};

/** Scales written after a figure, in the abbreviations of several languages ("mld" and "mln" are Polish, "mrd" German). */
const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  millions: 1e6,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  b: 1e9,
  mld: 1e9,
  mrd: 1e9,
  bln: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
  // Pakistani and Indian copy glues "tr" to rupees ("Rs70tr").
  tr: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  // The scales of Spanish and Turkish copy a claim's paraphrase keeps ("$3.000 millones", "₺400 milyar").
  millones: 1e6,
  milyon: 1e6,
  milyar: 1e9,
};

/** Number words up to ninety-nine: "two", "fifty", "twenty-five". */
function wordValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower in SMALL) return SMALL[lower];
  const [tens, ones] = lower.split('-');
  if (ones !== undefined && tens in SMALL && ones in SMALL && SMALL[tens] % 10 === 0 && SMALL[ones] < 10)
    return SMALL[tens] + SMALL[ones];
  return undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PREFIX = PREFIXES.map(([symbol]) => escape(symbol)).join('|');
const CODE = [...CODES].join('|');
const NAME = Object.keys(NAMES).join('|');
const SCALE = Object.keys(SCALES).join('|');
const WORD_NUMBER = `(?:${Object.keys(SMALL)
  .filter((word) => /^[a-z]+$/.test(word))
  .join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`;
/**
 * A numeral ("1,780", "2.50", "500 000", India's "2,00,000", "28,79" with a decimal comma, "1.250.000"
 * with dot thousands) or a number in words, up to hundreds ("one hundred fifteen"), with "point"
 * for a decimal ("one point two"). Which a dot or a comma is, `moneyNumeral` decides.
 */
const NUMBER = `(half\\s+an?(?=\\s+(?:thousand|million|billion|trillion)\\b)|(?:\\d{1,2}(?:,\\d{2})+,\\d{3}|\\d{1,3}(?:[,\\u00a0 ]\\d{3})+|\\d{1,3}(?:\\.\\d{3}){2,}|\\d+,\\d{2}(?![,.]?\\d)|\\d+)(?:\\.\\d+)?(?![,.]?\\d)|(?:a\\s+hundred(?:\\s+(?:and\\s+)?${WORD_NUMBER})?|${WORD_NUMBER}(?:\\s+hundred(?:\\s+(?:and\\s+)?${WORD_NUMBER})?)?)(?:\\s+point\\s+${WORD_NUMBER})?)`;

/**
 * Minor units named after a sum's whole units ("17 pounds and 50 piastres", "two euros and
 * fifty cents", "12 hryvnias 40 kopiykas"): their number is the sum's hundredths.
 */
const MINOR =
  'pence|pennies|cents?|piastres?|piasters?|kopecks?|kopeks?|kopiykas?|kopiyky|centavos?|c[eé]ntimos?|centimes?|' +
  'paise|kobo|pesewas?|groszy?|halalas?|santims?|stotinki|haler[uů]?|öre|satang|sen';

/**
 * An amount: a currency before it (symbol, prefix or code, spaced or glued: "VND8 trillion"), the number, a scale, a currency after
 * it (code or name, maybe after a country's adjective) and, after a name, a number of hundredths
 * ("two euros fifty"). Case-insensitive for words; symbols and codes as written.
 */
const MONEY = new RegExp(
  `(?<![\\p{L}\\d$])(?:(${PREFIX})\\s?|(${CODE.toUpperCase()})\\s?)?${NUMBER}` +
    `(?:[\\s-]?(${SCALE})\\b)?` +
    `(?:\\s(?:([A-Za-z]+)\\s)?(${NAME}|${CODE.toUpperCase()})(?![\\p{L}\\d])(?:,?\\s(?:and\\s)?(${WORD_NUMBER}|\\d{1,2})\\s(?:${MINOR})(?![\\p{L}])|\\s(${WORD_NUMBER}|\\d{2})\\b(?!\\s*(?:%|per|${SCALE}|${NAME})))?|(?<=\\d)\\s?(zł|zl)(?!\\p{L}))?`,
  'giu',
);

/** Scales written after a plain letter's figure ("N1.2tn", "Rs70tr", "P115 billion"). */
const LETTER_SCALE: Record<string, number> = {
  million: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
  tr: 1e12,
};
const LETTER_SCALES = Object.keys(LETTER_SCALE).join('|');
/** Rand written with a plain "R" ("R5 billion", "R500 000", "R1,200", "R28,79"). */
const RAND = new RegExp(
  `(?<![\\w$])R\\s?(\\d{1,3}(?:[ ,]\\d{3})+(?![,.]?\\d)|\\d+,\\d{2}(?![,.]?\\d)|\\d+(?:\\.\\d+)?)(?:[\\s-]*(${LETTER_SCALES})\\b)?`,
  'g',
);
/**
 * Naira written with a plain "N" for "₦" ("N150,000", "N1.2tn", "N4.4trn"), the Philippine peso
 * with a plain "P" for "₱" ("P3,000", "P115 billion") and the kwacha, kina or kyat with a plain
 * "K" ("K4,500", "K18bn"), as Nigerian, Philippine, Zambian or Malawian copy types them: only with
 * grouped thousands or a scale, so a name such as "N95", "P45" or "K2" stays a name.
 */
const plainLetter = (letter: string) =>
  new RegExp(
    `(?<![\\w$])${letter}(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?(?=\\s?(?:${LETTER_SCALES})\\b))(?:\\s?(${LETTER_SCALES})\\b)?`,
    'g',
  );
const PLAIN_LETTERS: readonly [RegExp, string][] = [
  [RAND, 'zar'],
  [plainLetter('N'), 'ngn'],
  [plainLetter('P'), 'php'],
  [plainLetter('K'), 'ksign'],
];

/**
 * The sums of money in `text`, offsets shifted by `offset`. Only amounts with a currency (before
 * or after) count; "R" and "N" before a figure (rand and naira) only where the figure rules out a
 * name ("N95", "R2-D2"): thousands grouped or a scale.
 */
export function readMoney(text: string, offset = 0): Money[] {
  const out: Money[] = [];
  for (const match of text.matchAll(MONEY)) {
    const [whole, prefix, codeBefore, number, scale, national, nameAfter, minorNamed, minorBare, zloty] = match;
    const minor = minorNamed ?? minorBare;
    // Symbols and codes are case-sensitive ("Sh", "PLN"); the regular expression is not.
    const before = prefix
      ? PREFIXES.find(([symbol]) => symbol === prefix)?.[1]
      : codeBefore && codeBefore === codeBefore.toUpperCase()
        ? codeBefore.toLowerCase()
        : undefined;
    let after: string | undefined;
    if (zloty) after = 'pln';
    else if (nameAfter) {
      const lower = nameAfter.toLowerCase().replace('ł', 'l');
      if (CODES.has(lower) && nameAfter === nameAfter.toUpperCase()) after = lower;
      // "real" and "won" are English words too: currencies only capitalised ("5 billion rand" has no other reading).
      else if (lower in NAMES && (lower === 'rand' || !AMBIGUOUS_NAMES.has(lower) || /^[A-Z]/.test(nameAfter)))
        after = NAMES[lower];
      if (after && national) after = nationalMember(national, nameAfter) ?? after;
    }
    if (prefix && !before) continue;
    if (codeBefore && !before) continue;
    // A code glued to its figure ("VND8 trillion", "USD4bn") only with a scale or grouped thousands:
    // otherwise letters and digits are a name ("MAD2", "CAD3").
    if (codeBefore && /^\d/.test(whole.slice(codeBefore.length)) && !scale && !/^\d{1,3}(?:,\d{3})+/.test(number))
      continue;
    const currency = before ?? after;
    if (!currency || (before && after && !sameCurrency(before, after))) continue;
    const base = /^\d/.test(number) ? moneyNumeral(number, currency, scale) : numberValue(number);
    if (base === undefined) continue;
    let value = base * (scale ? SCALES[scale.toLowerCase()] : 1);
    // "two euros fifty": hundredths after the unit's name, a price in words.
    const hundredths = minor && (wordValue(minor) ?? Number(minor));
    if (hundredths && hundredths < 100 && !scale) value += hundredths / 100;
    // A bare scale letter ("5 m") may be metres: only after a currency written before it.
    if (scale && /^[mkb]$/i.test(scale) && !before) continue;
    // The span ends after what was read: the name and its hundredths, or the scale.
    let length = whole.length;
    if (!nameAfter && !zloty) length = whole.trimEnd().length;
    if (nameAfter && !after) continue;
    const start = offset + match.index!;
    out.push({ value, currency: after && before ? before : currency, start, end: start + length });
  }
  const free = (start: number, end: number) => !out.some((sum) => sum.start < end && start < sum.end);
  for (const [pattern, currency] of PLAIN_LETTERS)
    for (const match of text.matchAll(pattern)) {
      const value =
        (moneyNumeral(match[1], currency, match[2]) ?? Number.NaN) *
        (match[2] ? LETTER_SCALE[match[2].toLowerCase()] : 1);
      const start = offset + match.index!;
      const end = start + match[0].length;
      if (Number.isFinite(value) && value > 0 && free(start, end)) out.push({ value, currency, start, end });
    }
  return out.sort((a, b) => a.start - b.start);
}

/** Scales of English copy, after which a dot before three digits is a decimal point ("£1.250 billion"). */
const ENGLISH_SCALE = /^(?:thousand|million|millions|billion|billions|trillion|k|m|mn|bn|b|tn|trn|tr)$/i;
/** Currencies whose minor unit is a thousandth: a dot before three digits may be their decimals. */
const THOUSANDTHS = new Set(['kwd', 'bhd', 'omr', 'jod', 'iqd', 'tnd', 'lyd']);

/**
 * The value of a numeral in a sum of money in `currency` (a code or a family), in the notations of
 * the copy it comes from: "1,780", "500 000" and India's "2,00,000" group thousands; "28,79" has a
 * decimal comma before its cents (South African and European prices); "3.000", "350.000" and
 * "1.250.000" group thousands with dots (Spanish, Portuguese, Turkish and Indonesian copy:
 * "$3.000 millones", "R$ 1.518"). A dot before three digits is a decimal point where one may be
 * meant: a dollar's prices run to three decimals ("$3.499 a gallon"), so in dollars (or a bare "$")
 * only a round ".000" or several groups are thousands; in a currency of thousandths (KWD) only
 * several groups; before an English scale ("$1.500 million", `scale`) a dot is a decimal point,
 * as English copy prints it. Undefined for no number.
 */
export function moneyNumeral(numeral: string, currency: string | undefined, scale = ''): number | undefined {
  const plain = numeral.replace(/[\u00a0 ]/g, '');
  let digits = plain.replace(/,/g, '');
  if (/^\d+,\d{2}$/.test(plain)) digits = plain.replace(',', '.');
  else if (/^\d{1,3}(?:\.\d{3})+$/.test(plain)) {
    const groups = plain.split('.').length - 1;
    const dollar = currency !== undefined && membersOf(currency).some((code) => membersOf('dollar').includes(code));
    const thousands =
      groups > 1 ||
      (!ENGLISH_SCALE.test(scale) &&
        currency !== undefined &&
        !THOUSANDTHS.has(currency) &&
        (!dollar || plain.endsWith('.000')));
    if (thousands) digits = plain.replace(/\./g, '');
  }
  const value = Number(digits);
  return digits !== '' && Number.isFinite(value) ? value : undefined;
}

/** The value of a numeral ("1,780", "500 000") or of words ("two", "one hundred fifteen", "a hundred and fifty", "one point two"), or undefined. */
function numberValue(number: string): number | undefined {
  if (/^half\s/i.test(number)) return 0.5;
  if (/^\d/.test(number)) return moneyNumeral(number, undefined);
  const [whole, decimals] = number.split(/\s+point\s+/i);
  const hundreds = /^(\S+)\s+hundred(?:\s+(?:and\s+)?(\S+))?$/i.exec(whole);
  // "a hundred and fifty thousand rupiah": "a hundred" is one hundred.
  const count = hundreds && (/^a$/i.test(hundreds[1]) ? 1 : wordValue(hundreds[1]));
  const units = hundreds
    ? (count ?? Number.NaN) * 100 + (hundreds[2] ? (wordValue(hundreds[2]) ?? Number.NaN) : 0)
    : wordValue(whole);
  if (units === undefined || Number.isNaN(units)) return undefined;
  if (decimals === undefined) return units;
  const digit = wordValue(decimals);
  return digit !== undefined && digit < 10 ? units + digit / 10 : undefined;
}

/** The currency a name or code written after a figure names ("pounds", "PLN", "zł"), or undefined. */
export function currencyNamed(word: string): string | undefined {
  if (CODES.has(word.toLowerCase()) && word === word.toUpperCase()) return word.toLowerCase();
  return NAMES[word.toLowerCase().replace('ł', 'l')];
}

/** Two currencies that may be one: equal, or a family and one of its members ("peso" and "mxn"). */
export function sameCurrency(a: string, b: string): boolean {
  if (a === b) return true;
  const members = membersOf(b);
  return membersOf(a).some((code) => members.includes(code));
}

/** Signs written just before a figure, without letters ("€", "£", "$"), with their currency; longest first. */
export const SIGNS: readonly [string, string][] = PREFIXES.filter(([symbol]) => !/[A-Za-z]/.test(symbol));

/** Letter prefixes written before a figure, spaced or glued ("KSh 5,800", "Rp5,600", "Rs 500"), in their printed case. */
export const LETTER_PREFIXES: Readonly<Record<string, string>> = Object.fromEntries(
  PREFIXES.filter(([symbol]) => /^[A-Za-z.]+$/.test(symbol)),
);

/** The currency a prefix of letters and a sign names ("US$", "MX$", "E£", "GH₵"), or undefined. */
export function symbolCurrency(symbol: string): string | undefined {
  return PREFIXES.find(([known]) => known === symbol)?.[1];
}

/** The currency (a code or a family) a name written after a figure names, in lower case ("pounds", "kronor"), or undefined. */
export function currencyOfName(word: string): string | undefined {
  return NAMES[word.toLowerCase().replace('ł', 'l')];
}

/**
 * The one member of a family a country's adjective names before the family's name ("Egyptian"
 * and "pounds" → "egp", "Kenyan" and "shillings" → "kes"), or undefined when the adjective names
 * no member of it ("Kenyan pesos").
 */
export function nationalMember(adjective: string, name: string): string | undefined {
  const nation = NATIONAL[adjective.toLowerCase()];
  const currency = currencyOfName(name);
  if (!nation || currency === undefined) return undefined;
  return membersOf(currency).includes(nation) ? nation : undefined;
}

/** True for an ISO 4217 code the lexicon knows, in lower case. */
export function isCurrencyCode(code: string): boolean {
  return CODES.has(code);
}

/** One ISO code for a currency: a family's default, its first member ("dollar" is "usd", "krone" "nok"); a code as it is. */
export function codeOf(currency: string): string {
  return FAMILIES[currency]?.[0] ?? currency;
}

/**
 * The family a currency's name written after a figure names, when several currencies share it
 * ("pesos" → "peso", "kroner" → "krone", "kr" → "kr"), or undefined for a name of one currency
 * ("euros", "kronur", "zloty") and for words that name none.
 */
export function familyOf(name: string): string | undefined {
  const currency = currencyOfName(name);
  return currency !== undefined && currency in FAMILIES ? currency : undefined;
}

/** The currencies of a family, its default first ("krone": nok, dkk); a code's own one ("eur": eur). */
export function membersOf(currency: string): readonly string[] {
  return FAMILIES[currency] ?? [currency];
}

/** A currency's code or family as factFigures.ts names it (its "dollar" is the dollar family). */
export function isCurrency(code: string): boolean {
  return CODES.has(code) || code in FAMILIES;
}

/**
 * True for a word that writes a sum's currency or scale ("zloty", "zl", "pln", "mx", "ksh",
 * "mld"): part of the figure, not of what the claim is about.
 */
export function isMoneyWord(norm: string): boolean {
  return MONEY_WORDS.has(norm);
}
const MONEY_WORDS = new Set([
  ...Object.keys(NAMES).map((name) => name.replace('ł', 'l')),
  ...CODES,
  ...Object.keys(FAMILIES),
  ...Object.keys(SCALES),
  ...PREFIXES.map(([symbol]) => symbol.replace(/[^A-Za-z]/g, '').toLowerCase()).filter(Boolean),
]);
