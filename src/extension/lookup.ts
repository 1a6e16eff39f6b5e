import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { venueOf, type Statement } from '../engine';
import { citationFor } from './citations';
import { LOOKUP_LIMIT, Methods, type LookupResult } from '../server/protocol';
import { COMMAND } from './commandIds';
import { insertAtCursor } from './commands';
import type { CorpusService } from './corpusService';
import { describeStatement, type StatementInfo } from '../server/statementInfo';

interface StatementItem extends vscode.QuickPickItem {
  statement: Statement;
}

const COPY_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('copy'), tooltip: 'Copy the citation' };
const SHOW_BUTTON: vscode.QuickInputButton = {
  iconPath: new vscode.ThemeIcon('open-preview'),
  tooltip: 'Show the whole record',
};

/**
 * How a record reads in the look-up. Who said it is the label, so a long quote never pushes the
 * speaker out of sight; when, where (worded as the citation words it: "told reporters", "said in
 * Brussels") and the article are the description; the whole quotation, untruncated, is the detail.
 * A reported claim is marked as the article's words, not the speaker's.
 */
export function lookupItem(
  statement: Statement,
  info: StatementInfo,
  publishers: readonly string[],
): Pick<vscode.QuickPickItem, 'label' | 'description' | 'detail'> {
  const publisher = info.source?.publisher;
  const speaker = statement.speaker ? info.speakerName : undefined;
  const venue = venueOf(statement.outlet, publishers, statement.context);
  const where =
    venue.kind === 'none' ? '' : `${venue.verb}${venue.phrase.startsWith(',') ? venue.phrase : ` ${venue.phrase}`}`;
  if (statement.kind === 'claim') {
    return {
      label: `$(note) ${speaker ?? publisher ?? 'Unattributed'}`,
      description: [info.date, speaker ? `reported${where ? `: ${where}` : ''}` : 'reported fact', publisher]
        .filter(Boolean)
        .join(' · '),
      detail: statement.text,
    };
  }
  return {
    label: `$(quote) ${speaker ?? 'An unnamed source'}`,
    description: [info.date, where, publisher].filter(Boolean).join(' · '),
    detail: `“${statement.text}”`,
  };
}

/**
 * "Look Up Statement...": the language server searches speaker, quote, outlet and date as the user types. Enter inserts
 * the citation (factDesk.citationStyle) at the cursor; the item's buttons copy it instead, or show the whole record.
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
    context.subscriptions.push(
      this,
      vscode.commands.registerCommand(COMMAND.lookUpStatement, (args?: { query?: string }) => this.run(args?.query)),
    );
  }

  /** Shows the lookup; resolves with the citation inserted or copied, or undefined when dismissed. */
  async run(initialQuery = ''): Promise<string | undefined> {
    await this.corpus.ready();
    // The active draft's folder's records are searched (multi-root workspaces: each folder its own corpus).
    const draft = vscode.window.activeTextEditor?.document.uri;
    // People and sources name each row and make the citation; the statements come from each search.
    const directory = await this.corpus.directory();
    const quickPick = vscode.window.createQuickPick<StatementItem>();
    quickPick.title = 'Fact Desk: Look Up Statement';
    quickPick.placeholder =
      'Search by speaker, words of the quote, outlet or date (e.g. "Rubio concessions", "Fox News Sunday", "August 2025")';
    quickPick.matchOnDescription = true;
    quickPick.matchOnDetail = true;
    const publishers = directory.sources
      .flatMap((source) => [source.publisher, source.distributor ?? ''])
      .filter(Boolean);
    const toItem = (statement: Statement): StatementItem => ({
      statement,
      ...lookupItem(statement, describeStatement(statement, directory), publishers),
      buttons: [COPY_BUTTON, SHOW_BUTTON],
      alwaysShow: true,
    });
    // Each keystroke asks the server; a reply to an older query than the latest is dropped.
    let asked = 0;
    const refresh = async (query: string) => {
      const ticket = ++asked;
      quickPick.busy = true;
      const { statements } = await this.client.sendRequest<LookupResult>(Methods.lookup, {
        query,
        limit: LOOKUP_LIMIT,
        ...(draft ? { uri: this.client.code2ProtocolConverter.asUri(draft) } : {}),
      });
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
        if (event.button === SHOW_BUTTON) {
          // The record in full, beside the look-up, which stays open.
          await vscode.commands.executeCommand(COMMAND.showStatement, { statementId: event.item.statement.id });
          return;
        }
        chosen = true;
        const citation = citationFor(event.item.statement, directory, vscode.window.activeTextEditor?.document);
        await vscode.env.clipboard.writeText(citation);
        void vscode.window.setStatusBarMessage('Fact Desk: citation copied', 3000);
        quickPick.hide();
        finish(citation);
      });
      quickPick.onDidAccept(async () => {
        const picked = quickPick.selectedItems[0] ?? quickPick.activeItems[0];
        if (!picked) return;
        chosen = true;
        const citation = citationFor(picked.statement, directory, vscode.window.activeTextEditor?.document);
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
