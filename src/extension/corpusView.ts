import * as vscode from 'vscode';
import type { Statement } from '../engine';
import { COMMAND } from './commandIds';
import { truncate } from '../server/conversions';
import type { CorpusService } from './corpusService';
import { describeStatement } from '../server/statementInfo';

type Node = { type: 'speaker'; id: string; name: string; statements: Statement[] } | { type: 'statement'; statement: Statement };

/** "Show Corpus": the records grouped by speaker, newest first; a click opens the record. */
export class CorpusTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  static readonly viewId = 'factDesk.corpus';
  private readonly changeEmitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly corpus: CorpusService) {
    this.subscription = corpus.onDidChange(() => this.changeEmitter.fire(undefined));
  }

  getChildren(node?: Node): Node[] {
    if (node?.type === 'speaker') return node.statements.map((statement) => ({ type: 'statement', statement }));
    if (node) return [];
    const bySpeaker = new Map<string, Statement[]>();
    for (const statement of this.corpus.corpus.statements) {
      const key = statement.speaker ?? '';
      bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), statement]);
    }
    return [...bySpeaker.entries()]
      .map(([id, statements]): Node => ({
        type: 'speaker',
        id,
        name: id ? this.corpus.person(id)?.name ?? id : 'Reported facts (no speaker)',
        statements: statements.sort((a, b) => b.date.localeCompare(a.date)),
      }))
      .sort((a, b) => (a.type === 'speaker' && b.type === 'speaker' ? a.name.localeCompare(b.name) : 0));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'speaker') {
      const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.statements.length}`;
      item.iconPath = new vscode.ThemeIcon(node.id ? 'person' : 'note');
      const role = this.corpus.person(node.id)?.roles[0]?.title;
      if (role) item.tooltip = `${node.name}, ${role}`;
      item.contextValue = 'speaker';
      return item;
    }
    const info = describeStatement(node.statement, this.corpus);
    const item = new vscode.TreeItem(truncate(node.statement.kind === 'quote' ? `“${node.statement.text}”` : node.statement.text, 90));
    item.description = [info.date, node.statement.outlet].filter(Boolean).join(' · ');
    item.tooltip = new vscode.MarkdownString(`> ${node.statement.text}\n\n${info.speakerName}${info.role ? `, ${info.role}` : ''}  \n${info.date} · ${node.statement.outlet || 'outlet not stated'}  \n${info.article ?? ''}`);
    item.iconPath = new vscode.ThemeIcon(node.statement.kind === 'quote' ? 'quote' : 'info');
    item.contextValue = 'statement';
    item.command = { command: COMMAND.showStatement, title: 'Show the statement', arguments: [{ statementId: node.statement.id }] };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}
