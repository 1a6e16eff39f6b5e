import * as vscode from 'vscode';
import type { CorpusService } from './corpusService';
import { describeStatement } from '../server/statementInfo';

/** Read-only documents that show one record, for records whose file cannot be opened (bundled data in a web host). */
export const STATEMENT_SCHEME = 'factdesk';

export function statementDocumentUri(id: string): vscode.Uri {
  return vscode.Uri.from({ scheme: STATEMENT_SCHEME, path: `/statement/${id}.md` });
}

export class StatementDocumentProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly corpus: CorpusService) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    const id = uri.path.replace(/^\/statement\//, '').replace(/\.md$/, '');
    const statement = this.corpus.statement(id);
    if (!statement) return `# Record not found\n\nNo statement with id \`${id}\` is in the corpus.\n`;
    const info = describeStatement(statement, this.corpus);
    return [
      `# ${info.speakerName}${info.role ? `, ${info.role}` : ''}`,
      '',
      `> ${statement.kind === 'quote' ? `“${statement.text}”` : statement.text}`,
      '',
      `- **Date:** ${info.date} (${statement.dateBasis})`,
      `- **Outlet:** ${statement.outlet || 'not stated'}`,
      `- **Article:** ${info.article ?? statement.source}${info.source?.byline?.length ? ` by ${info.source.byline.join(', ')}` : ''}`,
      `- **Context:** ${statement.context}`,
      `- **Id:** ${statement.id}`,
      '',
    ].join('\n');
  }
}
