import * as vscode from 'vscode';
import { nameOfSpeaker, type Person, type Statement } from '../engine';
import { COMMAND } from './commandIds';
import { truncate } from '../server/conversions';
import type { CorpusService } from './corpusService';
import { describeStatement } from '../server/statementInfo';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Where a speaker goes in the view: named people by surname (the last word of the name, a suffix
 * such as "Jr." skipped) among groups by name; then anonymous sources; then reported facts.
 */
export function speakerOrder(person: Person | undefined, id: string): { rank: number; key: string } {
  if (!id) return { rank: 3, key: '' };
  if (!person) return { rank: 0, key: id };
  if (person.kind === 'anonymous') return { rank: 2, key: person.name };
  if (person.kind === 'group') return { rank: 0, key: person.name.replace(/^the\s+/i, '') };
  const words = person.name.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1].toLowerCase().replace(/\./g, ''))) words.pop();
  return { rank: 0, key: `${words[words.length - 1] ?? person.name} ${words.slice(0, -1).join(' ')}` };
}

type Node =
  { type: 'speaker'; id: string; name: string; statements: Statement[] } | { type: 'statement'; statement: Statement };

/** "Show Corpus": the records grouped by speaker (people by surname, anonymous sources last), newest first; a click opens the record. */
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
    const speakers = [...bySpeaker.entries()].map(([id, statements]) => ({
      type: 'speaker' as const,
      id,
      name: nameOfSpeaker(id, (known) => this.corpus.person(known)) ?? 'Reported facts (no speaker)',
      statements: statements.sort((a, b) => b.date.localeCompare(a.date)),
      order: speakerOrder(id ? this.corpus.person(id) : undefined, id),
    }));
    return speakers
      .sort(
        (a, b) =>
          a.order.rank - b.order.rank || collator.compare(a.order.key, b.order.key) || collator.compare(a.name, b.name),
      )
      .map(({ order: _order, ...node }) => node);
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
    const item = new vscode.TreeItem(
      truncate(node.statement.kind === 'quote' ? `“${node.statement.text}”` : node.statement.text, 90),
    );
    item.description = [info.date, node.statement.outlet].filter(Boolean).join(' · ');
    item.tooltip = new vscode.MarkdownString(
      `> ${node.statement.text}\n\n${info.speakerName}${info.role ? `, ${info.role}` : ''}  \n${[info.date, node.statement.outlet].filter(Boolean).join(' · ')}  \n${info.article ?? ''}`,
    );
    item.iconPath = new vscode.ThemeIcon(node.statement.kind === 'quote' ? 'quote' : 'info');
    item.contextValue = 'statement';
    item.command = {
      command: COMMAND.showStatement,
      title: 'Show the statement',
      arguments: [{ statementId: node.statement.id }],
    };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}
