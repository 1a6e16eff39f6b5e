/** A headline's quotations: which line is the headline, and the body quotation that gives its words a speaker. */
import type { ProposedStatement } from './types';

/** Letters and digits only, lower case: how two quotations' words are compared whatever their marks and spacing. */
export const wordsKey = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Whether a paragraph is the article's headline: its words are the headline the article's markup
 * gives, or it is one short line with no closing full stop (a plain-text headline).
 */
export function isHeadlineLine(paragraph: string, headline: string | undefined): boolean {
  const line = paragraph.trim();
  if (headline && wordsKey(line) === wordsKey(headline)) return true;
  return !line.includes('\n') && line.length <= 160 && !/[.!?:]["\u201D\u2019']?$/.test(line);
}

/** Whether a quotation's words (two or more) recur in `rest`, the article after it. */
export function echoedLater(quote: string, rest: string): boolean {
  const words = wordsKey(quote);
  return words.includes(' ') && ` ${wordsKey(rest)} `.includes(` ${words} `);
}

/**
 * A headline's quotation ("minister calls quota deal ‘the best we could get’") takes the speaker of
 * the body's quotation that holds its words: a headline's grammar is compressed ("chief executive
 * says", "union bans … over") and its subject is often not the speaker, while the body attributes
 * the words in full, and dates them. Changes `statements` in place; one with no such body quotation is left as read.
 * Returns the headline statements a body quotation was found for.
 */
export function headlineSpeakers(
  statements: ProposedStatement[],
  headline: string | undefined,
  inHeadline: ReadonlySet<ProposedStatement>,
): Set<ProposedStatement> {
  const echoes = new Set<ProposedStatement>();
  const head = headline ? wordsKey(headline) : undefined;
  const isHeadline = (statement: ProposedStatement) =>
    inHeadline.has(statement) || (head !== undefined && wordsKey(statement.context) === head);
  for (const statement of statements) {
    if (statement.kind !== 'quote' || !isHeadline(statement)) continue;
    const words = wordsKey(statement.text);
    if (!words) continue;
    const body = statements.find(
      (other) =>
        other !== statement &&
        other.kind === 'quote' &&
        other.speaker &&
        !isHeadline(other) &&
        ` ${wordsKey(other.text)} `.includes(` ${words} `),
    );
    if (!body) continue;
    echoes.add(statement);
    // The same words were said once: the body's quotation dates them too.
    Object.assign(statement, { date: body.date, datePrecision: body.datePrecision, dateBasis: body.dateBasis });
    if (body.speaker === statement.speaker) continue;
    statement.speaker = body.speaker;
    statement.reason = `the headline\u2019s words, quoted in the article by ${body.speaker} (\u201C${body.text.slice(0, 60)}\u201D)`;
    statement.confidence = Math.max(statement.confidence, body.confidence);
  }
  return echoes;
}
