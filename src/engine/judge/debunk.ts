/**
 * Debunking cues: whether a sentence reports a claim as false, unsupported or disputed rather than
 * asserting it. A curated lexicon, the way negation.ts has its table: words of falsity (adverbs,
 * verdicts, refuting verbs, evidence, the nouns a claim goes by), composed into the frames reporters
 * put around a claim they do not stand behind:
 * - a falsity adverb on the saying: "falsely claimed", "wrongly stated", "claimed, without evidence, that";
 * - a verdict predicated of the claim or given by a fact-checker: "the claim is false", "was only half
 *   true", "rated as mostly false", "found … out of date", "a claim repeatedly shown to be wrong";
 * - a verdict or falsity noun on the claim's name: "the discredited claim", "the myth that", "it is a lie that";
 * - a refuting verb with the claim as object or subject: "denied that", "rejected the claim",
 *   "was debunked by", "dismissed as unfounded", "the claim overstates the cost";
 * - missing evidence: "there is no evidence that", "offered no evidence for", "nothing … supports";
 * - an idiom of failing scrutiny: "does not stand up", "does not hold water", "does not add up";
 * - the claim's truth denied: "it is not true that", "it is not the case that";
 * - a contrast with the claimant's words: "contrary to Roe's claim", "despite claims that", "rather
 *   than …, as Roe claimed" (not "contrary to popular belief", which asserts what follows);
 * - a correction: "the true figure is", "no such rise";
 * - a yes/no question ("Is it true that…?", "Did fares double?"), which asserts nothing.
 * Words alone are not enough where they have other senses ("denied asylum", "the wrong bus", "a
 * false start"): those count only inside a frame. Pure: no vscode, no node.
 */

/** Adverbs that mark the saying as false: "Roe falsely claimed". */
export const FALSITY_ADVERBS = [
  'falsely',
  'wrongly',
  'incorrectly',
  'erroneously',
  'mistakenly',
  'misleadingly',
  'baselessly',
  'groundlessly',
  'spuriously',
  'dubiously',
  'inaccurately',
  'untruthfully',
  'dishonestly',
  'deceptively',
  'disingenuously',
  'fraudulently',
  'mendaciously',
  // Distancing: the reporter does not stand behind what follows.
  'supposedly',
  'purportedly',
  'ostensibly',
];

/**
 * Words that mark a claim as false or unsupported in any use a news sentence puts them to: they
 * count wherever they stand in the claim's clause.
 */
export const FALSITY_WORDS = [
  'debunk\\w*',
  'baseless',
  'unfounded',
  'untrue',
  'untruths?',
  'falsehoods?',
  'disprov\\w*',
  'discredit\\w*',
  'bogus',
  'unsubstantiated',
  'misinformation',
  'disinformation',
  'myths?',
  'mythical',
  'hoax\\w*',
  'fabricat\\w*',
  'refut\\w*',
  'rebut\\w*',
  'fact[- ]?check\\w*',
  'conspiracy theor\\w*',
  'canards?',
  'misconceptions?',
  'fallac\\w*',
  'pants on fire',
  'pinocchios?',
  'half[- ]truths?',
  // A claim that keeps coming back after it was debunked.
  'zombie (?:claims?|statistics?|stats?|figures?|numbers?|myths?|facts?)',
  // Caught or attacked for it: "was caught out claiming", "has come under fire".
  'caught out',
  '(?:claims?|figures?|statements?|assertions?|numbers?|statistics?|boasts?)\\b[^,;]*?\\b(?:came|come|comes|coming) under (?:\\w+ )?fire',
  // The claimant owes the evidence: "has yet to produce evidence", "nobody has been able to verify".
  'yet to (?:produce|provide|offer|show|present|publish|give|supply) (?:any )?(?:evidence|proof|data|figures|sources?|support)',
  '(?:nobody|no one|no-one) (?:\\S+ ){0,5}?(?:verif\\w*|confirm\\w*|substantiat\\w*|corroborat\\w*|back(?:ed)? up)',
  // The claim read wrongly from its source: "rests on a misreading of the data".
  'misread\\w*',
  'miscalculat\\w*',
  'misinterpret\\w*',
  'miscount\\w*',
  // Taken back: "apologised for saying", "based on outdated data".
  'apologi[sz]\\w* for (?:saying|claiming|suggesting|stating|asserting|repeating|the (?:claim|figure|remark|statement|error|mistake))',
  '(?:based|relies|relied|rests|rested|built) on (?:\\w+ ){0,2}?(?:outdated|out-of-date|flawed|old|wrong|incorrect|selective|partial|faulty|misleading|unreliable|discredited) (?:data|figures|numbers|statistics|estimates|assumptions|sources?|studies|research|survey)',
  // The distortions a fact-check names: said of a claim, never of the world it describes.
  'overstat\\w*',
  'exaggerat\\w*',
  'misrepresent\\w*',
  'misstat\\w*',
  'cherry[- ]?pick\\w*',
  'conflat\\w*',
  'understat\\w*',
  'lied',
  'lying about',
  // Context left out, one measure taken for another, an accusation of distorting.
  '(?:lacks|lacked|lacking|misses|missed|missing|needs|needed|ignores|ignored|strips?|stripped) (?:\\w+ ){0,2}?context',
  'out of context',
  'confus(?:es|ed|ing) (?:\\S+ ){1,5}?with',
  'mix(?:es|ed|ing)? up',
  'mistak(?:es|ing|en|e) (?:\\S+ ){1,5}?for',
  'inflat(?:ing|es) (?:the|his|her|their|its) \\w+',
  'accus\\w* (?:\\S+ ){1,4}?of (?:lying|misleading|inflating|distorting|fabricating|spreading|peddling)',
  // A rating reported: "gave the claim its lowest rating", "received Bay Verify's lowest rating", "got it wrong".
  '(?:its|the|a) (?:lowest|worst) (?:rating|verdict|score|grade)',
  "[\\w'’-]+'s (?:lowest|worst|harshest|most severe) (?:possible )?(?:rating|verdict|grade)",
  '(?:got|gets|get|getting) (?:it|that|this|the \\w+|(?:his|her|their|its) \\w+) wrong',
];

/** Adjectives that judge a claim both predicated ("the claim is misleading") and before its name ("the misleading claim"). */
const JUDGING_ADJECTIVES = [
  'false',
  'untrue',
  'wrong',
  'incorrect',
  'inaccurate',
  'misleading',
  'mistaken',
  'erroneous',
  'exaggerated',
  'overstated',
  'overblown',
  'inflated',
  'unsupported',
  'unproven',
  'unverified',
  'unverifiable',
  'dubious',
  'questionable',
  'spurious',
  'flawed',
  'distorted',
  'outdated',
  'fake',
  'fictitious',
  'disputed',
  'contested',
];

/**
 * Verdicts: what a claim is said to be. Predicated of the claim ("is false", "was only half true"),
 * given by a fact-checker ("rated … mostly false", "found … out of date") or attributive on the
 * claim's name ("the inaccurate claim"). Several have other senses, so they count only in a frame.
 */
export const VERDICTS = [
  ...JUDGING_ADJECTIVES,
  'not true',
  'not correct',
  'not accurate',
  'unsubstantiated',
  'doubtful',
  'out[- ]of[- ]date',
  'wide of the mark',
  'off the mark',
  'nonsense',
  'rubbish',
  'made up',
  'fabricated',
  'not the case',
  'half[- ]true',
  'partly true',
  'partly false',
  'partially true',
  'partially false',
  'mostly false',
  'largely false',
  'mostly untrue',
  'largely untrue',
  'pants on fire',
  'missing context',
  'lacking context',
  'lacks context',
  'needs context',
  'out of context',
  'contradicted',
  'an? (?:outright |complete |total |blatant |simple )?(?:lie|myth|fiction|fabrication|falsehood|hoax|distortion|exaggeration|misrepresentation|half[- ]truth|canard|fantasy)',
  'lies',
  'fiction',
  'an? (?:bit of a |big |huge |real )?stretch',
  'an? red herring',
  '(?:way|far|well) off(?: the mark)?',
  'off base',
  'far[- ]fetched',
  'implausible',
  'not credible',
  'unrealistic',
  'nowhere near (?:the truth|right|accurate|correct)',
  // An estimate judged: "a figure economists say is far too high", "an overestimate".
  '(?:far |much |way |rather |significantly )?too (?:high|low|large|big|small|optimistic|pessimistic)',
  'an? (?:gross |significant |big |huge )?(?:overestimate|underestimate|overstatement|understatement)',
  // Owned as a mistake: "acknowledged that the claim was an error".
  'an? (?:error|mistake|misreading|miscalculation|misunderstanding|slip)',
];

/** Verdicts that stand before the claim's name: "the inaccurate claim", "a disputed figure". */
export const ATTRIBUTIVE_VERDICTS = [...JUDGING_ADJECTIVES, 'out-of-date', 'half-true', 'discredited', 'debunked'];

/** What a claim is called when it is named rather than made: "the claim that", "Roe's figure". */
export const CLAIM_NOUNS = [
  'claims?',
  'assertions?',
  'statements?',
  'suggestions?',
  'figures?',
  'numbers?',
  'statistics?',
  'stats?',
  'lines?',
  'remarks?',
  'comments?',
  'allegations?',
  'boasts?',
  'promises?',
  'pledges?',
  'rumou?rs?',
  'story',
  'stories',
  'posts?',
  'tweets?',
  'leaflets?',
  'videos?',
  'narratives?',
  'notions?',
  'ideas?',
  'talking points?',
  'arguments?',
  'contentions?',
  'estimates?',
  'projections?',
  'theory',
  'theories',
  'reports?',
  'headlines?',
  'memes?',
  'beliefs?',
  'assumptions?',
  'insistence',
];

/** Verbs that refute what they govern, counted with a claim, "that", "it" or "as" after them, or in the passive. */
export const REFUTING_VERBS = [
  'den(?:y|ies|ied|ying)',
  'disput(?:ed|es|ing)',
  'reject(?:ed|s|ing)?',
  'dismiss(?:ed|es|ing)?',
  'contradict(?:ed|s|ing)?',
  'challeng(?:ed|ing)',
  'question(?:ed|ing)',
  'contest(?:ed|ing)',
  'correct(?:ed|s|ing)',
  'to correct',
  'retract\\w*',
  'withdr[ae]w\\w*',
  'walk(?:ed|s)? back',
  'rowed back',
  'backtrack\\w*',
  'took issue with',
  'take issues? with',
  'pushed back (?:on|against)',
  'poured cold water on',
  'cast(?:s|ing)? doubt on',
  'called into question',
  'shot down',
  'knocked down',
  // Scorn and ridicule are refutations too: "poured scorn on the claim", "rubbished the figure".
  'poured scorn on',
  'pours? scorn on',
  'scoff(?:ed|s|ing)? at',
  'ridicul(?:ed|es|ing)',
  'rubbish(?:ed|es|ing)',
  'slapped down',
  'hit back at',
];

/** Nouns of evidence: "no evidence", "without proof", "little basis". */
const EVIDENCE_NOUNS = [
  'evidence',
  'proof',
  'basis',
  'data',
  'support',
  'foundation',
  'substantiation',
  'grounds',
  'sources?',
  'records?',
  'figures',
  'statistics',
  'justification',
];
/** Records named as what a claim is set against: "not what the census shows", "at odds with the accounts". */
const RECORD_NOUNS = [
  'numbers',
  'research',
  'studies',
  'surveys?',
  'census',
  'accounts',
  'budget',
  'books',
  'documents',
  'audit',
  'schedules?',
  'tables',
  'registers?',
  'filings',
  'returns',
];
/** Verbs of evidence: what data do for a claim ("nothing supports", "not borne out by"). */
const SUPPORT_VERBS = [
  'support(?:s|ed)?',
  'back(?:s|ed)?(?: up)?',
  'bears? out',
  'borne out',
  'corroborat\\w*',
  'substantiat\\w*',
  'verif\\w*',
  'confirm\\w*',
  'justif\\w*',
  'prove[sn]?',
  'source[sd]?',
];
/** "not supported", "not borne out", "not verified": the claim, not a policy, is what lacks support. */
const SUPPORT_PARTICIPLES = [
  'supported',
  'backed up',
  'borne out',
  'corroborated',
  'substantiated',
  'verified',
  'confirmed',
  'justified',
  'proven',
  'sourced',
];
/** Idioms of a claim failing scrutiny, after a negation: "does not stand up", "does not hold water". */
const SCRUTINY_IDIOMS = [
  'stand(?:s)? up',
  'hold(?:s)? up',
  'hold(?:s)? water',
  'add(?:s)? up',
  'stack(?:s)? up',
  'check(?:s)? out',
  'hold(?:s)? true',
  'pass(?:es)? muster',
  '(?:bear|survive|withstand)s? (?:close |much |any )?scrutiny',
  // Against the record: "does not square with", "does not tally with", "does not match".
  'squares? with',
  'tall(?:y|ies) with',
  'match(?:es)?(?: up)?',
];
/** Openers that set the claimant's words against what follows: "contrary to Roe's claim". */
const CONTRAST_OPENERS = [
  'contrary to',
  'despite',
  'in spite of',
  'counter to',
  'in contrast to',
  'unlike',
  'rather than',
];
/** "Contrary to popular belief" asserts what follows: a contrast with a belief, not with a claim. */
const POPULAR_BELIEF =
  /\b(?:contrary to|despite|counter to)\s+(?:the\s+)?(?:popular|common|conventional|widespread|general|received)\s+(?:belief|wisdom|opinion|perception|expectations?|assumptions?|view)\b|\bcontrary to what (?:many|most|some)\b/;
/** Verbs of saying in a contrast: "despite what Roe told supporters", "as Roe has claimed". */
const SAYING =
  '(?:said|says|say|told|tells|claimed|claims|claim|suggested|suggests|alleged|alleges|asserted|asserts|insisted|insists|argued|argues|wrote|writes|posted|tweeted|stated|states|implied|implies)';
/** Copulas and verbs of finding that predicate a verdict: "is", "was shown to be", "turned out to be". */
const COPULA =
  '(?:is|are|was|were|be|been|being|remains?|remained|seems?|seemed|appears?|appeared|proved|proven|proves?|turned out|turns out|shown|found|revealed|considered|deemed|looks?|sounds?|stands? as)';
/** Verbs of a fact-checker's verdict: "rated … false", "found … only half true", "dismissed as unfounded". */
const VERDICT_VERBS =
  '(?:rated|rates|rating|found|finds|judged|judges|deemed|deems|ruled|rules|labell?ed|labels|branded|brands|called|calls|classed|classified|assessed|graded|gave|gives|awarded|dismissed|described|characteri[sz]ed|concluded|concludes|declared|declares)';

/**
 * Ratings fact-checkers give that are verdicts only when a fact-checker gives them ("rated Mixture",
 * "labelled altered"): in other frames they have other senses ("the results were mixed").
 */
const RATINGS = [
  'baseless',
  'unfounded',
  'mixed',
  'mixture',
  'manipulated',
  'altered',
  'doctored',
  'satire',
  'spin',
  'cherry[- ]picked',
  'flip[- ]flop',
  '(?:one|two|three|four|\\d) pinocchios?',
  'debunked',
  'an? (?:hoax|scam)',
];
/** Verbs that give a rating: "rated", "labelled", "graded", "classified". */
const RATING_VERBS = '(?:rated|rates|rating|labell?ed|labels|graded|classed|classified)';

/**
 * The words of a claim named in a sentence, up to its end: a full stop, colon or question mark ends
 * it only where it does not sit inside a figure or an abbreviation ("GH₵ 2.5 billion", "10:30",
 * "the U.S. deficit").
 */
const CLAIM_WORDS = '(?:[^.;:!?]|[.:](?=[^\\s.;:!?]))';

const alt = (words: readonly string[]) => `(?:${words.join('|')})`;
/** Words between a frame's parts that do not change it: adverbs and hedges ("only", "largely", "simply", "repeatedly"). */
const FILLER =
  '(?:(?:only|largely|mostly|partly|simply|plainly|clearly|just|also|still|now|since|widely|repeatedly|often|already|long|roundly|thoroughly|entirely|completely|totally|quite|at best|in fact|itself|themselves|to be|as|so|far|been|being|later|subsequently|publicly|officially|formally|quickly|swiftly|firmly|flatly|strongly)\\s+)*';
/** After a predicated verdict: the sentence goes on, ends, or says who judged it, not a noun the adjective modifies ("the wrong bus"). */
const AFTER_VERDICT =
  '(?=\\s*(?:$|[.,;:!?)\\]—–-]|\\s(?:to|when|about|in|on|because|and|but|as|by|according|since|given|after|at|for|said|says|found|finds|concluded|concludes|noted|notes|wrote|writes|claimed|that|than|so|or|with|while|whereas|though|although|if)\\b))';

const FRAMES: { kind: DebunkCue['kind']; pattern: RegExp; afterClaimNoun?: boolean }[] = [
  { kind: 'adverb', pattern: new RegExp(`\\b${alt(FALSITY_ADVERBS)}\\b`) },
  {
    kind: 'adverb',
    pattern: new RegExp(
      `\\b(?:without|with no|lacking)\\s+(?:(?:providing|offering|giving|citing|producing|presenting|showing|any|a|hard|firm|supporting|shred of)\\s+)*${alt(EVIDENCE_NOUNS)}\\b`,
    ),
  },
  { kind: 'falsity', pattern: new RegExp(`\\b${alt(FALSITY_WORDS)}\\b`) },
  // Distancing after the claim: "— or so Roe claims", "Roe would have us believe".
  {
    kind: 'adverb',
    pattern:
      /\bor so\s+(?:\S+\s+){0,3}?(?:claims?|claimed|says?|said|insists?|insisted|alleges?|alleged|argues?|argued)\b|\bwould have (?:us|you|voters|readers|people) believe\b/,
  },
  // "the claim is false", "was only half true", "a claim repeatedly shown to be wrong", "it is a lie that".
  {
    kind: 'verdict',
    pattern: new RegExp(`\\b${COPULA}[\\s,]+${FILLER}(?:\\S+\\s+){0,3}?${FILLER}${alt(VERDICTS)}${AFTER_VERDICT}`),
  },
  // "rated as “mostly false”", "found the figure only half true", "dismissed as unfounded".
  {
    kind: 'verdict',
    pattern: new RegExp(`\\b${VERDICT_VERBS}\\s+(?:\\S+\\s+){0,12}?${FILLER}${alt(VERDICTS)}\\b`),
  },
  // A rating only a fact-checker gives: "rated Mixture", "was labelled altered", "rated the claim baseless".
  {
    kind: 'verdict',
    pattern: new RegExp(`\\b${RATING_VERBS}\\s+(?:\\S+\\s+){0,12}?${FILLER}(?:as\\s+)?${alt(RATINGS)}\\b`),
  },
  // The verdict after the whole claim it names, however long: "rated the minister's claim that
  // … fell by 40 per cent in 2024 half true", "called Roe's claim that … misleading".
  {
    kind: 'verdict',
    pattern: new RegExp(
      `\\b${VERDICT_VERBS}\\s+(?:\\S+\\s+){0,3}?${alt(CLAIM_NOUNS)}\\s+that\\s+${CLAIM_WORDS}{1,240}?\\s${FILLER}(?:${alt(VERDICTS)}|${alt(RATINGS)})${AFTER_VERDICT}`,
    ),
  },
  // A verdict received as a rating: "was given a “False” verdict", "earned a mostly false rating",
  // "received a rating of Misleading".
  {
    kind: 'verdict',
    pattern: new RegExp(
      `\\b(?:received|receives|receiving|earned|earns|earning|got|gets|given|awarded|handed|assigned|drew|draws|attracted|attracts|carries|carried)\\s+(?:\\S+\\s+){0,12}?(?:(?:a|an|the|its|[\\w'’-]+'s)\\s+'?${FILLER}(?:${alt(VERDICTS)}|${alt(RATINGS)})'?\\s+(?:rating|verdict|label|grade|ruling|score|tag)|(?:rating|verdict|label|grade|ruling) of\\s+${FILLER}(?:${alt(VERDICTS)}|${alt(RATINGS)})${AFTER_VERDICT})`,
    ),
  },
  // "the inaccurate claim", "an oft-repeated but misleading figure", "Roe's false statement".
  {
    kind: 'verdict',
    pattern: new RegExp(
      `\\b${alt(ATTRIBUTIVE_VERDICTS)}\\s+(?:(?!(?:the|a|an|this|that|its|his|her|their)\\b)[\\w'’-]+\\s+){0,2}?${alt(CLAIM_NOUNS)}\\b`,
    ),
  },
  // "it is not true that", "there is no truth in", "far from the truth".
  {
    kind: 'verdict',
    pattern:
      /\b(?:is|was|are|were|it's|that's)\s+(?:simply\s+|just\s+|plainly\s+|clearly\s+|certainly\s+)?not\s+(?:true|the case|correct|accurate|right|so)\b|\bno truth\b|\bfar from (?:the truth|true|accurate|correct)\b|\banything but (?:true|accurate)\b/,
  },
  {
    kind: 'refuted',
    pattern: new RegExp(
      `\\b${alt(REFUTING_VERBS)}\\s+(?:(?:the|a|an|this|that|these|those|his|her|their|its|our|such|any|[\\w'’-]+'s|[\\w'’-]+’s)\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?:${alt(CLAIM_NOUNS)}|that|it|this|as)\\b`,
    ),
  },
  // A relative clause on the claim's name: "a figure that the council disputes", "Roe's claim, which
  // police statistics flatly contradict".
  {
    kind: 'refuted',
    pattern: new RegExp(`\\b${alt(CLAIM_NOUNS)},?\\s+(?:which|that)\\s+(?:\\S+\\s+){0,5}?${alt(REFUTING_VERBS)}\\b`),
  },
  // The same without its pronoun ("…, a claim officials rejected"), a "which" on the whole clause
  // before it ("…, which the bureau has denied"), and a claim since taken back ("an assertion
  // since withdrawn", "a figure later corrected").
  {
    kind: 'refuted',
    pattern: new RegExp(
      `\\b(?:a|an|the|this|that)\\s+(?:[\\w'’-]+\\s+)?${alt(CLAIM_NOUNS)}\\s+(?:[\\w'’-]+\\s+){1,4}?(?:has\\s+|have\\s+|had\\s+)?(?:since\\s+|later\\s+|flatly\\s+|firmly\\s+)?${alt(REFUTING_VERBS)}\\b|,\\s*which\\s+(?:[\\w'’-]+\\s+){1,5}?${alt(REFUTING_VERBS)}\\b|\\b${alt(CLAIM_NOUNS)}\\s+(?:[\\w'’-]+\\s+){0,2}?(?:since|later|subsequently|now)\\s+(?:been\\s+)?(?:withdrawn|retracted|corrected|deleted|removed|taken down|debunked|disproved|discredited|rejected|denied|disputed|contradicted|walked back)\\b`,
    ),
  },
  // Passive: "the claim was rejected", "has been widely disputed", "contradicted by official figures";
  // only after the claim's name ("30,000 applications were rejected" is a claim of its own).
  {
    kind: 'refuted',
    afterClaimNoun: true,
    pattern: new RegExp(
      `\\b(?:(?:is|are|was|were|been|being)\\s+${FILLER}${alt(REFUTING_VERBS)}|${alt(REFUTING_VERBS)}\\s+by)\\b`,
    ),
  },
  {
    kind: 'evidence',
    pattern: new RegExp(
      `\\b(?:no|little|scant|scarce|not any|not a shred of|lack of|lacks|lacked|absence of|zero|insufficient|nothing)\\s+(?:(?:hard|firm|real|solid|credible|reliable|supporting|published|official|such|any)\\s+)*${alt(EVIDENCE_NOUNS)}\\b`,
    ),
  },
  // "nothing in the accounts supports", "no data back up", "not borne out by", "could not be verified".
  {
    kind: 'evidence',
    pattern: new RegExp(
      `\\b(?:nothing|no\\s+[\\w'’-]+|none)\\s+(?:[\\w'’-]+\\s+){0,8}?${alt(SUPPORT_VERBS)}\\b|\\b(?:not|never|could not|can not|unable to|failed to|fails to|did not|does not|do not)\\s+(?:(?:be|been|be independently)\\s+${alt(SUPPORT_VERBS)}|${alt(SUPPORT_PARTICIPLES)}|${alt(SUPPORT_VERBS)}(?=\\s*(?:$|[.,;:]|\\s(?:it|this|that|the claim|the figure|such)\\b)))`,
    ),
  },
  // What the record shows, set against the claim: "that is not what official data show", "at odds
  // with the census figures", "not what EEP's tariff schedule shows" (one word naming what the
  // record lists). The record must be named: "not what voters want" is no refutation.
  {
    kind: 'evidence',
    pattern: new RegExp(
      `\\bnot what (?:(?:the|official|government|published|its|his|her|their|our|[\\w'’-]+'s|latest|own|available)\\s+){0,3}(?:[\\w-]+\\s+)?(?:${alt(EVIDENCE_NOUNS)}|${alt(RECORD_NOUNS)})\\s+(?:\\w+\\s+)?(?:show|shows|showed|shown|say|says|said|suggest|suggests|suggested|indicate|indicates|indicated|record|records|recorded|reveal|reveals|revealed)\\b|\\b(?:at odds|inconsistent|in conflict|irreconcilable) with (?:(?:the|official|government|published|its|his|her|their|[\\w'’-]+'s|latest|own|available)\\s+){0,3}(?:${alt(EVIDENCE_NOUNS)}|${alt(RECORD_NOUNS)})\\b`,
    ),
  },
  // The record set against the claim by name, the record the subject: "The governorate's fare
  // tables are at odds with the presenter's claim that …", "the accounts contradict" aside.
  {
    kind: 'evidence',
    pattern: new RegExp(
      `\\b(?:are|is|were|was|seem|seems|appear|appears)\\s+(?:\\w+\\s+)?(?:at odds|inconsistent|in conflict|irreconcilable) with (?:the|a|an|this|that|his|her|their|its|[\\w'’-]+'s)\\s+(?:[\\w'’-]+\\s+){0,2}?(?:claims?|assertions?|allegations?|suggestions?)\\b`,
    ),
  },
  // "the figures do not support the minister's claim", "nothing to suggest that", "no reason to believe".
  {
    kind: 'evidence',
    pattern: new RegExp(
      `\\b(?:not|never|could not|can not|unable to|failed to|fails to|did not|does not|do not)\\s+${alt(SUPPORT_VERBS)}\\s+(?:(?:the|a|an|this|that|these|those|his|her|their|its|[\\w'’-]+'s)\\s+)?(?:[\\w'’-]+\\s+){0,2}?${alt(CLAIM_NOUNS)}\\b|\\b(?:little|nothing|no reason|no indication|no sign|no suggestion)\\s+(?:at all\\s+)?(?:to\\s+)?(?:suggest|indicate|show|believe|support|think)s?\\b`,
    ),
  },
  // "do not bear that out", "could not back it up": the support verb around its object.
  {
    kind: 'evidence',
    pattern:
      /\b(?:not|never|unable to|failed to|fails to)\s+(?:bear|bears|back|backs|prop|props)\s+(?:it|that|this|them|those|the claim|the figure|the claims|the figures)\s+(?:out|up)\b/,
  },
  {
    kind: 'scrutiny',
    pattern: new RegExp(
      `\\b(?:not|never|fails? to|failed to)\\s+(?:really\\s+|quite\\s+|even\\s+)?${alt(SCRUTINY_IDIOMS)}\\b`,
    ),
  },
  // "fell apart under scrutiny", "crumbles on closer inspection".
  {
    kind: 'scrutiny',
    pattern:
      /\b(?:fell|falls|fall|falling|crumbled?|crumbles|collapsed?|collapses|unravell?ed|unravels|disintegrat\w*)\s+(?:apart\s+)?(?:under|on)\s+(?:close\s+|closer\s+|any\s+)?(?:scrutiny|examination|inspection|analysis)\b/,
  },
  // "contrary to Roe's claim", "despite claims that", "despite what Roe told supporters", "rather than …, as Roe has claimed".
  {
    kind: 'contrast',
    pattern: new RegExp(
      `\\b${alt(CONTRAST_OPENERS)}\\s+(?:(?:the|a|an|his|her|their|its|[\\w'’-]+'s|[\\w'’-]+’s|repeated|many|some|recent|earlier|frequent|persistent)\\s+)*(?:${alt(CLAIM_NOUNS)}\\b|what\\b|(?:[\\w'’-]+\\s+){0,2}?${alt(EVIDENCE_NOUNS)}\\s+(?:show|suggest|put|point)\\w*)|\\bcontrary to\\b|\\b(?:not|never),?\\s+as\\s+(?:[\\w'’-]+\\s+){1,5}?(?:has\\s+|had\\s+|have\\s+)?${SAYING}\\b|\\b(?:rather than|instead of|far from)\\b[^;]*?,\\s+as\\s+(?:[\\w'’-]+\\s+){1,5}?(?:has\\s+|had\\s+|have\\s+)?${SAYING}\\s*,`,
    ),
  },
  // "the true figure is", "the actual number", "no such rise"; "…, but the audit puts the share at
  // 23 per cent" (any measure the true figure may be of).
  {
    kind: 'correction',
    pattern:
      /\b(?:the|a)\s+(?:true|actual|real|correct|accurate)\s+(?:figure|number|rate|total|amount|cost|count|share|proportion|level|increase|rise|fall)\b|\bno such\b|\b(?:tell|tells|told|telling|paint|paints|painted|painting)\s+(?:a\s+)?(?:very\s+|rather\s+|quite\s+|completely\s+)?different\s+(?:story|picture)\b|\b(?:show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|indicated|prove|proves|proved|say|says|said|tell|tells|told|point|points|pointed)\s+otherwise\b|\bbut\b[^.;]*?\b(?:puts?|putting|places?|placed|estimates?|estimated|says?|said)\s+(?:the\s+)?(?:real\s+|true\s+|actual\s+|correct\s+)?(?:figure|number|total|cost|count|rate|amount|share|proportion|percentage|level)\s+(?:at|as|is|was)\b/,
  },
];

/** The claim named before a passive refutation: "Roe's claim that … was rejected", "a figure which was disputed". */
const CLAIM_NOUN_BEFORE = new RegExp(`\\b(?:${alt(CLAIM_NOUNS)}|it|this|which)\\b`);

/** A negation just before a falsity word: "not misleading", "not an exaggeration". */
const NEGATED = /\b(?:not|never|hardly)\s+(?:\w+\s+)?$/;

/** A debunking cue found in a sentence: its kind and where it stands (offsets in the sentence). */
export interface DebunkCue {
  kind: 'adverb' | 'falsity' | 'verdict' | 'refuted' | 'evidence' | 'scrutiny' | 'contrast' | 'correction' | 'question';
  start: number;
  end: number;
}

/** An auxiliary opening a yes/no question: "Is it true that…?", "Did fares double?". */
const YES_NO_QUESTION =
  /^\s*(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might|must)\b[^?]*\?\s*(?:no\b.*)?$/;

/**
 * A statement asked as a question ("Rents have doubled since 2019?"), not a wh-question, which
 * takes its content as given ("Why have rents doubled?").
 */
const DECLARATIVE_QUESTION = /^(?!\s*(?:why|how|what|who|whom|whose|when|where|which)\b)[^?]*\?\s*(?:no\b.*)?$/;

/** "Did you know that…?" asserts what follows. */
const RHETORICAL =
  /^\s*(?:did|do|does) (?:you|we|they|people) (?:know|reali[sz]e|remember)\b|^\s*(?:is|was) it any wonder\b/;

/**
 * Lower-cased, curly quotes and guillemets dropped (a verdict in quotation marks is still the
 * verdict: rated as “mostly false”), "n't" spelled "not" ("doesn't" is "does not", "can't" "can not").
 */
export function normalizeForCues(sentence: string): string {
  return sentence
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d"«»]/g, ' ')
    .replace(/\b(it|that|there|this|what)'s\b/g, '$1 is')
    .replace(/\bcan't\b/g, 'can not')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/n't\b/g, ' not')
    .replace(/\bcannot\b/g, 'can not');
}

/** The debunking cues in `sentence`, in no particular order. */
export function debunkingCues(sentence: string): DebunkCue[] {
  const lower = normalizeForCues(sentence);
  const cues: DebunkCue[] = [];
  if ((YES_NO_QUESTION.test(lower) || DECLARATIVE_QUESTION.test(lower)) && !RHETORICAL.test(lower))
    cues.push({ kind: 'question', start: 0, end: lower.length });
  // "Asked whether rents had doubled, …", "it is unclear whether": an indirect question asserts nothing.
  for (const match of lower.matchAll(/\bwhether\b/g))
    cues.push({ kind: 'question', start: match.index!, end: match.index! + 'whether'.length });
  for (const { kind, pattern, afterClaimNoun } of FRAMES) {
    const global = new RegExp(pattern.source, 'g');
    for (const match of lower.matchAll(global)) {
      const before = lower.slice(0, match.index!);
      if (kind === 'contrast' && POPULAR_BELIEF.test(lower.slice(match.index!, match.index! + 60))) continue;
      if (afterClaimNoun && !CLAIM_NOUN_BEFORE.test(before)) continue;
      // "not misleading", "is not an exaggeration": a falsity word negated is no debunking.
      if ((kind === 'falsity' || kind === 'verdict') && NEGATED.test(before)) continue;
      if (
        kind === 'verdict' &&
        /\b(?:not|never)\b/.test(match[0]) &&
        !/\bnot (?:true|correct|accurate|the case|right|so)\b/.test(match[0])
      )
        continue;
      const cue = { kind, start: match.index!, end: match.index! + match[0].length };
      if (!cues.some((other) => other.kind === cue.kind && other.start <= cue.start && cue.end <= other.end))
        cues.push(cue);
    }
  }
  return cues;
}

/**
 * True when `sentence` reports a claim as false, unsupported or disputed rather than asserting it:
 * "falsely claimed", "there is no evidence that", "fact-checkers rejected the claim that", "the
 * claim is false", "contrary to…", "the myth that", "Is it true that…?".
 */
export function reportsAsFalse(sentence: string): boolean {
  return debunkingCues(sentence).length > 0;
}
