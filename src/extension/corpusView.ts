import * as vscode from 'vscode';
import { COMMAND } from './commandIds';
import { truncate } from '../server/conversions';
import { CORPUS_VIEW_PAGE } from '../server/corpusView';
import type { CorpusViewSpeaker, CorpusViewStatement } from '../server/protocol';
import type { CorpusService } from './corpusService';

export { speakerOrder } from '../server/corpusView';

/** The command behind a speaker's "more" row: shows the next page of its statements. */
const SHOW_MORE = COMMAND.corpusViewShowMore;

type SpeakerNode = { type: 'speaker'; speaker: CorpusViewSpeaker; shown: number };
type Node =
  | SpeakerNode
  | { type: 'statement'; entry: CorpusViewStatement }
  | { type: 'more'; parent: SpeakerNode; remaining: number };

/**
 * "Show Corpus": the records grouped by speaker (people by surname, anonymous sources last), newest
 * first; a click opens the record. The language server holds the corpus and groups it: the view asks
 * it for the speakers, and for a speaker's statements a page at a time (a "more" row asks for the next).
 */
export class CorpusTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  static readonly viewId = 'factDesk.corpus';
  private readonly changeEmitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly corpus: CorpusService) {
    this.subscriptions = [
      corpus.onDidChange(() => this.changeEmitter.fire(undefined)),
      vscode.commands.registerCommand(SHOW_MORE, (node: Node) => {
        if (node?.type !== 'more') return;
        node.parent.shown += CORPUS_VIEW_PAGE;
        this.changeEmitter.fire(node.parent);
      }),
    ];
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.type === 'speaker') {
      const page = await this.corpus.view({ speaker: node.speaker.id, offset: 0, limit: node.shown });
      if (!('statements' in page)) return [];
      const rows: Node[] = page.statements.map((entry) => ({ type: 'statement', entry }));
      if (page.total > page.statements.length)
        rows.push({ type: 'more', parent: node, remaining: page.total - page.statements.length });
      return rows;
    }
    if (node) return [];
    const view = await this.corpus.view({});
    return 'speakers' in view
      ? view.speakers.map((speaker) => ({ type: 'speaker', speaker, shown: CORPUS_VIEW_PAGE }))
      : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'speaker') {
      const { speaker } = node;
      const item = new vscode.TreeItem(speaker.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${speaker.statements}`;
      item.iconPath = new vscode.ThemeIcon(speaker.id ? 'person' : 'note');
      if (speaker.role) item.tooltip = `${speaker.name}, ${speaker.role}`;
      item.contextValue = 'speaker';
      return item;
    }
    if (node.type === 'more') {
      const next = Math.min(CORPUS_VIEW_PAGE, node.remaining);
      const item = new vscode.TreeItem(`Show ${next} more (${node.remaining} not shown)`);
      item.iconPath = new vscode.ThemeIcon('ellipsis');
      item.contextValue = 'more';
      item.command = { command: SHOW_MORE, title: 'Show more', arguments: [node] };
      return item;
    }
    const { statement, speakerName, role, date, article } = node.entry;
    const item = new vscode.TreeItem(truncate(statement.kind === 'quote' ? `“${statement.text}”` : statement.text, 90));
    item.description = [date, statement.outlet].filter(Boolean).join(' · ');
    item.tooltip = new vscode.MarkdownString(
      `> ${statement.text}\n\n${speakerName}${role ? `, ${role}` : ''}  \n${[date, statement.outlet].filter(Boolean).join(' · ')}  \n${article ?? ''}`,
    );
    item.iconPath = new vscode.ThemeIcon(statement.kind === 'quote' ? 'quote' : 'info');
    item.contextValue = 'statement';
    item.command = {
      command: COMMAND.showStatement,
      title: 'Show the statement',
      arguments: [{ statementId: statement.id }],
    };
    return item;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changeEmitter.dispose();
  }
}
