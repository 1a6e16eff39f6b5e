/** The verbs that attribute words in an article: the draft reader's, and more that reporters use for a remark. */
import { SPEECH_VERBS } from '../draft/people';
import { tokenize } from '../text/tokens';

/** Verbs that attribute words in an article beyond the draft reader's list ("repeated his claim that", "touted"). */
const MORE_SPEECH_VERBS = new Set([
  'called',
  'described',
  'repeated',
  'repeats',
  'touted',
  'stating',
  'insisting',
  'adding',
  'telling',
  'writing',
  'continued',
  'pledged',
  'promised',
  'threatened',
  'predicting',
  // Verbs that characterise in the subject's own words: "defended it as ‘the best we could get’",
  // "dismissed the report as “fiction”", "accused the charity of acting as a “taxi service”".
  'defended',
  'defending',
  'dismissed',
  'dismissing',
  'hailed',
  'accused',
  'accusing',
]);

/** Whether a word (a token's `norm`) attributes speech; `wide` adds the verbs of reported remarks ("threatened", "touted"). */
export function isSpeechWord(norm: string, wide = false): boolean {
  return SPEECH_VERBS.has(norm) || (wide && MORE_SPEECH_VERBS.has(norm));
}

/** Whether `words` hold a speech verb (see `isSpeechWord`). */
export function hasSpeechVerb(words: string, wide = false): boolean {
  return tokenize(words).some((token) => isSpeechWord(token.norm, wide));
}
