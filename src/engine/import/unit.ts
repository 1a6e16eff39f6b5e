/** One thing an article attributes, as the reading pass finds it. */
import type { QuoteClaim } from '../judge/quote';

/** One thing the article attributes: a quotation, or a reported claim with a number. */
export interface Unit {
  /** `context`: an attributed sentence that is no statement but dates or places its speaker's words. */
  kind: 'quote' | 'claim' | 'context';
  /** Offset of the paragraph it is in. */
  paragraph: number;
  text: string;
  speaker: string | null;
  confidence: number;
  reason: string;
  /** The sentence(s) around it, verbatim, where they start in the text, and their words outside quotation marks. */
  sentence: string;
  sentenceStart: number;
  outside: string;
  line: number;
  dates: QuoteClaim['window']['dates'];
  outlet: string;
  start?: number;
  /** An unattributed quotation after another in the same paragraph: the same speaker's. */
  followsQuote?: boolean;
  /** A paragraph of quotation only after one whose quotation's speaker the importer settles: that paragraph's offset. */
  afterParagraph?: number;
  /** A paragraph that is only a quotation, after one ending in a colon ("…, stating:"). */
  colonParagraph?: boolean;
  /** "A crew member who … told the agency …. “…,” he said": the unnamed source the pronoun stands for. */
  unnamedSubject?: string;
  /** "The minister’s office said": an office speaking for someone, a body the article does not name otherwise. */
  officeSubject?: string;
  /** The kind of an agent after "described by" that the corpus does not know, so a record can be proposed for it. */
  passiveAgent?: 'person' | 'group';
  /** Quoted in the article's headline. */
  headline?: boolean;
  /** Kept only because the body quotes its words: dropped unless a body quotation gives it a speaker. */
  headlineOnly?: boolean;
  /** The reader's guess (the last speaker) set aside for a body's noun ("the zoo said"), kept if no body is found. */
  guess?: string;
  /** "Speaking to European leaders, he added": a pronoun resolved to a group, which "he" cannot be. */
  viaPronounToGroup?: boolean;
  /** The words of its paragraph before its sentence, outside quotation marks: what introduced its speaker. */
  lead: string;
  /** Appositive after an unknown name ("Jane Roe, the mayor, said"), for the new person's role. */
  appositive?: { name: string; role: string };
}
