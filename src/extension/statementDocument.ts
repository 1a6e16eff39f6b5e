import * as vscode from 'vscode';
import type { CorpusService } from './corpusService';
import { describeStatement } from '../server/statementInfo';

/**
 * "Show the statement": one record as a read-only Markdown document (`factdesk-statement:`),
 * shown in the Markdown preview. Formatted for a reporter (speaker and role, date with weekday and
 * how it was established, venue, article with byline and link, the surrounding sentence), never the
 * raw JSON in the extension's install folder; a newsroom's own record says so.
 */
export const STATEMENT_SCHEME = 'factdesk-statement';

/** The view's URI: the tab reads "Speaker, 17 August 2025"; the record id rides in the query. */
export function statementDocumentUri(id: string, title = id): vscode.Uri {
  const name =
    title
      .replace(/[\\/:*?"<>|#%]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'statement';
  return vscode.Uri.from({
    scheme: STATEMENT_SCHEME,
    path: `/${name}.md`,
    query: new URLSearchParams({ id }).toString(),
  });
}

/** The record id a `factdesk-statement:` URI shows. */
export function statementIdOf(uri: vscode.Uri): string {
  return new URLSearchParams(uri.query).get('id') ?? '';
}

export class StatementDocumentProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changeEmitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly corpus: CorpusService) {
    // A corpus reload may change or remove a shown record.
    this.subscription = corpus.onDidChange(() => {
      for (const document of vscode.workspace.textDocuments)
        if (document.uri.scheme === STATEMENT_SCHEME) this.changeEmitter.fire(document.uri);
    });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    return statementMarkdown(this.corpus, statementIdOf(uri));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}

/** The record `id` as Markdown for the statement view; a short note when no record has that id. */
export async function statementMarkdown(corpus: CorpusService, id: string): Promise<string> {
  const {
    statements: [statement],
    directory,
  } = await corpus.statements([id]);
  if (!statement)
    return `# Record not found\n\nNo statement with id \`${escape(id)}\` is in the corpus in effect (it may have been removed or renamed).\n`;
  const info = describeStatement(statement, directory);
  const source = info.source;
  const lines = [`# ${escape(info.speakerName)}${info.role ? `, ${escape(info.role)}` : ''}`, ''];
  if (info.provenance)
    lines.push(`*${escape(info.provenance[0].toUpperCase() + info.provenance.slice(1))}: not a published source.*`, '');
  lines.push(`> ${escape(statement.kind === 'quote' ? `“${statement.text}”` : statement.text)}`, '');
  lines.push(
    statement.kind === 'quote' ? '*A verbatim quotation.*' : '*A claim, in the article’s words (not a quotation).*',
    '',
  );
  const rows: string[] = [
    `- **Date:** ${escape(info.date)}${statement.dateBasis ? ` (${escape(statement.dateBasis)})` : ''}`,
  ];
  if (statement.outlet) rows.push(`- **Outlet or venue:** ${escape(statement.outlet)}`);
  if (source) {
    const byline = source.byline?.length ? `, by ${escape(source.byline.join(', '))}` : '';
    const link = source.url && /^https?:\/\//.test(source.url) ? ` ([link](${source.url}))` : '';
    rows.push(`- **Article:** ${escape(info.article ?? '')}${byline}${link}`);
  }
  lines.push(...rows, '');
  if (statement.context && statement.context !== statement.text)
    lines.push('**In context:**', '', `> ${escape(statement.context)}`, '');
  // Where to edit a newsroom's own record; the bundled records' files are the extension's, not the reader's.
  const location = directory.isNewsroomRecord(id) ? await corpus.recordLocation(id) : undefined;
  const where = location
    ? ` · [${escape(vscode.workspace.asRelativePath(location.uri))}, line ${location.range.start.line + 1}](${location.uri.with({ fragment: `L${location.range.start.line + 1}` }).toString()})`
    : '';
  lines.push('---', '', `<small>Record \`${escape(id)}\`${where}</small>`, '');
  return lines.join('\n');
}

/** Opens the statement view of record `id` in the Markdown preview (the plain read-only document where there is no preview). */
export async function showStatement(corpus: CorpusService, id: string): Promise<vscode.Uri> {
  const {
    statements: [statement],
    directory,
  } = await corpus.statements([id]);
  const title = statement ? `${describeStatement(statement, directory).speakerName}, ${statement.date}` : id;
  const uri = statementDocumentUri(id, title);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
  }
  return uri;
}

function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`);
}
