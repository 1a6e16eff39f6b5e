import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { formatCitation, type Statement } from '../engine';
import { Methods, type LookupResult } from '../server/protocol';
import { COMMAND } from './commandIds';
import { insertAtCursor } from './commands';
import { truncate } from '../server/conversions';
import type { CorpusService } from './corpusService';
import { describeStatement } from '../server/statementInfo';

interface StatementItem extends vscode.QuickPickItem {
  statement: Statement;
}

const COPY_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('copy'), tooltip: 'Copy the citation' };
const MAX_ITEMS = 50;

/**
 * "Look Up Statement...": the language server searches speaker, quote, outlet and date as the user types. Enter inserts
 * the quote with attribution and date at the cursor; the item's button copies it instead.
 * `onDidShow` lets the integration tests drive the real QuickPick.
 */
export class StatementLookup implements vscode.Disposable {
  private readonly showEmitter = new vscode.EventEmitter<vscode.QuickPick<vscode.QuickPickItem>>();
  /** Fires once the QuickPick is visible with its first items. */
  readonly onDidShow = this.showEmitter.event;

  constructor(
    private readonly client: BaseLanguageClient,
    private readonly corpus: CorpusService,
  ) {}

  register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(this, vscode.commands.registerCommand(COMMAND.lookUpStatement, (args?: { query?: string }) => this.run(args?.query)));
  }

  /** Shows the lookup; resolves with the citation inserted or copied, or undefined when dismissed. */
  async run(initialQuery = ''): Promise<string | undefined> {
    await this.corpus.ready();
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
    // Each keystroke asks the server; a reply to an older query than the latest is dropped.
    let asked = 0;
    const refresh = async (query: string) => {
      const ticket = ++asked;
      quickPick.busy = true;
      const { statements } = await this.client.sendRequest<LookupResult>(Methods.lookup, { query, limit: MAX_ITEMS });
      if (ticket !== asked) return;
      quickPick.items = statements.map(toItem);
      quickPick.busy = false;
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
      quickPick.onDidChangeValue((query) => void refresh(query));
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
      void refresh(initialQuery).then(() => {
        quickPick.show();
        this.showEmitter.fire(quickPick);
      });
    });
  }

  dispose(): void {
    this.showEmitter.dispose();
  }
}
