import Fuse from 'fuse.js';
import * as vscode from 'vscode';
import { formatCitation, formatStatementDate, type Statement } from '../engine';
import { COMMAND } from './commandIds';
import { insertAtCursor } from './commands';
import { truncate } from './conversions';
import type { CorpusService } from './corpusService';
import { describeStatement } from './statementInfo';

interface StatementItem extends vscode.QuickPickItem {
  statement: Statement;
}

interface SearchRecord {
  statement: Statement;
  speaker: string;
  text: string;
  outlet: string;
  date: string;
  publisher: string;
}

const COPY_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('copy'), tooltip: 'Copy the citation' };
const MAX_ITEMS = 50;

/**
 * "Look Up Statement...": fuzzy search (fuse.js) over speaker, quote, outlet and date. Enter inserts
 * the quote with attribution and date at the cursor; the item's button copies it instead.
 * `onDidShow` lets the integration tests drive the real QuickPick.
 */
export class StatementLookup implements vscode.Disposable {
  private readonly showEmitter = new vscode.EventEmitter<vscode.QuickPick<vscode.QuickPickItem>>();
  /** Fires once the QuickPick is visible with its first items. */
  readonly onDidShow = this.showEmitter.event;

  constructor(private readonly corpus: CorpusService) {}

  register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(this, vscode.commands.registerCommand(COMMAND.lookUpStatement, (args?: { query?: string }) => this.run(args?.query)));
  }

  /** Shows the lookup; resolves with the citation inserted or copied, or undefined when dismissed. */
  async run(initialQuery = ''): Promise<string | undefined> {
    await this.corpus.ready();
    const records: SearchRecord[] = this.corpus.corpus.statements.map((statement) => {
      const person = this.corpus.person(statement.speaker);
      return {
        statement,
        speaker: person ? [person.name, ...person.aliases].join(' ') : '',
        text: statement.text,
        outlet: statement.outlet,
        date: `${statement.date} ${formatStatementDate(statement)}`,
        publisher: this.corpus.source(statement.source)?.publisher ?? '',
      };
    });
    const keys = ['speaker', 'text', 'outlet', 'date', 'publisher'];
    const fuse = new Fuse(records, {
      keys: [
        { name: 'speaker', weight: 2 },
        { name: 'text', weight: 3 },
        { name: 'outlet', weight: 1 },
        { name: 'date', weight: 1 },
        { name: 'publisher', weight: 0.5 },
      ],
      ignoreLocation: true,
      threshold: 0.35,
    });

    const quickPick = vscode.window.createQuickPick<StatementItem>();
    quickPick.title = 'Fact Desk: Look Up Statement';
    quickPick.placeholder = 'Search by speaker, words of the quote, outlet or date (e.g. "Rubio concessions", "Fox News Sunday", "August 2025")';
    quickPick.matchOnDescription = true;
    quickPick.matchOnDetail = true;
    const toItem = (statement: Statement): StatementItem => {
      const info = describeStatement(statement, this.corpus);
      return {
        statement,
        label: truncate(statement.kind === 'quote' ? `“${statement.text}”` : statement.text, 140),
        description: info.speakerName,
        detail: [info.date, statement.outlet || 'outlet not stated', info.source?.publisher].filter(Boolean).join(' · '),
        buttons: [COPY_BUTTON],
        // Fuse has already filtered and ranked; stop the QuickPick from re-filtering by label.
        alwaysShow: true,
      };
    };
    const refresh = (query: string) => {
      // Every word must match some field ("Rubio concessions": Rubio the speaker, concessions in the quote).
      const words = query.trim().split(/\s+/).filter(Boolean);
      const expression = { $and: words.map((word) => ({ $or: keys.map((key) => ({ [key]: word })) })) };
      const hits = words.length ? fuse.search(expression, { limit: MAX_ITEMS }).map((hit) => hit.item.statement) : records.slice(0, MAX_ITEMS).map((record) => record.statement);
      quickPick.items = hits.map(toItem);
    };

    return new Promise<string | undefined>((resolve) => {
      let settled = false;
      // Set once an item is chosen, so the hide that follows is not taken for a dismissal.
      let chosen = false;
      const finish = (value: string | undefined) => {
        if (settled) return;
        settled = true;
        resolve(value);
        quickPick.dispose();
      };
      quickPick.onDidChangeValue(refresh);
      quickPick.onDidTriggerItemButton(async (event) => {
        chosen = true;
        const citation = formatCitation(event.item.statement, this.corpus.corpus);
        await vscode.env.clipboard.writeText(citation);
        void vscode.window.setStatusBarMessage('Fact Desk: citation copied', 3000);
        quickPick.hide();
        finish(citation);
      });
      quickPick.onDidAccept(async () => {
        const picked = quickPick.selectedItems[0] ?? quickPick.activeItems[0];
        if (!picked) return;
        chosen = true;
        const citation = formatCitation(picked.statement, this.corpus.corpus);
        quickPick.hide();
        await insertAtCursor(citation);
        finish(citation);
      });
      quickPick.onDidHide(() => {
        if (!chosen) finish(undefined);
      });
      quickPick.value = initialQuery;
      refresh(initialQuery);
      quickPick.show();
      this.showEmitter.fire(quickPick);
    });
  }

  dispose(): void {
    this.showEmitter.dispose();
  }
}
