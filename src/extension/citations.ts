import * as vscode from 'vscode';
import { draftDateOf, formatCitation, type Corpus, type Statement } from '../engine';
import { readSettings } from './config';

/**
 * The citation Fact Desk inserts or copies for a record, in the style `factDesk.citationStyle`
 * chooses for the draft's folder, dated for the draft: its front-matter `date:`, else
 * `factDesk.draftDate`, else today (AP style says "said Tuesday" within the week before it).
 */
export function citationFor(
  statement: Statement,
  corpus: Pick<Corpus, 'people' | 'sources'>,
  draft?: vscode.TextDocument,
): string {
  const settings = readSettings(draft?.uri);
  const asOf = (draft && draftDateOf(draft.getText())) || settings.draftDate || localToday();
  return formatCitation(statement, corpus, { style: settings.citationStyle, asOf });
}

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
