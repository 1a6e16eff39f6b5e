import * as vscode from 'vscode';
import { plural } from '../server/plural';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  acceptConfident,
  acceptedCorpusLines,
  editProposal,
  heldBecause,
  type EditableField,
} from '../engine/import/review';
import type { Proposal, ProposedStatement } from '../engine/import/types';
import { truncate } from '../server/conversions';
import { nameOfSpeaker } from '../engine/speakerName';
import {
  Methods,
  type ImportArticleInput,
  type ImportArticlesParams,
  type ImportArticlesResult,
} from '../server/protocol';
import { COMMAND } from './commandIds';
import { readSettings } from './config';
import type { CorpusService, RecordDirectory } from './corpusService';
import { displayPath, folderForWrite, isMultiRoot } from './folders';

/** A row of the review: a proposed statement, or one line of its evidence. */
export type ReviewNode =
  | { type: 'proposal'; id: string }
  | {
      type: 'detail';
      id: string;
      label: string;
      description?: string;
      icon: string;
      open?: { file: string; line: number };
    };

/** What the review commands take from the tests and from inline actions (the tree passes its node). */
export interface ReviewArgs {
  id: string;
  field?: EditableField;
  value?: string;
}

/** "Import Quotes from Article…" arguments; the integration tests pass them to skip the prompts. */
export interface ImportArgs {
  /** Article files (URIs or URI strings); without them, the active editor or an open dialog. */
  uris?: (vscode.Uri | string)[];
  /** ISO date for articles that carry none (default: the file's modification date). */
  articleDate?: string;
  /** The workspace folder (or its URI) whose corpus the accepted records go to; by default the active draft's, else the articles', asked for when ambiguous. */
  folder?: vscode.WorkspaceFolder | vscode.Uri | string;
}

/** What the review holds after an import, and what the commands return. */
export interface ReviewState {
  proposals: Proposal[];
  notes: string[];
  failures: { file: string; message: string }[];
}

const MAX_FILE_BYTES = 50_000_000;

/**
 * The import review: the importer runs in the language server; this view lists its proposed
 * statements with their evidence for the desk to accept, edit or reject, then writes the accepted
 * records (with the sources and people they need) to the workspace corpus in one write.
 */
export class ImportReview implements vscode.TreeDataProvider<ReviewNode>, vscode.Disposable {
  static readonly viewId = 'factDesk.importReview';
  private readonly changeEmitter = new vscode.EventEmitter<ReviewNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private state: ReviewState = { proposals: [], notes: [], failures: [] };
  /** Ids of sources and people already written by an earlier save of this review (never written twice). */
  private readonly written = new Set<string>();
  /** The workspace folder whose .factdesk/corpus.jsonl the accepted records go to (chosen at import: the proposals are compared with its records). */
  private folder: vscode.WorkspaceFolder | undefined;
  /** Each article's URI by the name its evidence gives. */
  private readonly articles = new Map<string, vscode.Uri>();
  private view: vscode.TreeView<ReviewNode> | undefined;
  /** The corpus's people and sources as of the last import or edit, to name a proposal's speaker who is already in the corpus. */
  private directory: RecordDirectory | undefined;

  constructor(
    private readonly client: BaseLanguageClient,
    private readonly corpus: CorpusService,
    private readonly output: vscode.OutputChannel,
  ) {}

  get proposals(): readonly Proposal[] {
    return this.state.proposals;
  }

  register(context: vscode.ExtensionContext): void {
    const view = vscode.window.createTreeView(ImportReview.viewId, { treeDataProvider: this, showCollapseAll: true });
    this.view = view;
    const idOf = (args: ReviewArgs | ReviewNode) => ('type' in args ? args.id : args.id);
    context.subscriptions.push(
      this,
      view,
      // From the Explorer's context menu: the clicked file, and every selected file when several are.
      vscode.commands.registerCommand(
        COMMAND.importArticle,
        (args?: ImportArgs | vscode.Uri, selected?: vscode.Uri[]) =>
          this.importCommand(
            args instanceof vscode.Uri ? { uris: selected?.length ? selected : [args] } : (args ?? {}),
          ),
      ),
      vscode.commands.registerCommand(COMMAND.reviewAccept, (args: ReviewArgs | ReviewNode) =>
        this.setStatus(idOf(args), 'accepted'),
      ),
      vscode.commands.registerCommand(COMMAND.reviewReject, (args: ReviewArgs | ReviewNode) =>
        this.setStatus(idOf(args), 'rejected'),
      ),
      vscode.commands.registerCommand(COMMAND.reviewEdit, (args: ReviewArgs | ReviewNode) =>
        this.edit(idOf(args), 'field' in args ? args.field : undefined, 'value' in args ? args.value : undefined),
      ),
      vscode.commands.registerCommand(COMMAND.reviewAcceptConfident, () => this.acceptConfident()),
      vscode.commands.registerCommand(COMMAND.reviewSave, () => this.save()),
      vscode.commands.registerCommand(COMMAND.reviewClear, () => this.load({ proposals: [], notes: [], failures: [] })),
    );
  }

  /** Replaces the review's proposals (an import, or clearing). */
  load(state: ReviewState): ReviewState {
    this.state = state;
    this.written.clear();
    if (!state.proposals.length) this.folder = undefined;
    this.refresh();
    return this.state;
  }

  /** The workspace folder the accepted records will be written to (undefined before an import, or with no folder open). */
  get targetFolder(): vscode.WorkspaceFolder | undefined {
    return this.folder;
  }

  private refresh(): void {
    const statements = this.statements();
    void vscode.commands.executeCommand('setContext', 'factDesk.reviewHasProposals', statements.length > 0);
    // In a multi-root workspace the view says which folder's corpus the records go to.
    if (this.view)
      this.view.description =
        this.folder && isMultiRoot() && statements.length
          ? `to ${displayPath(this.corpus.workspaceCorpusUri(this.folder)!)}`
          : undefined;
    this.changeEmitter.fire(undefined);
  }

  private statements(): ProposedStatement[] {
    return this.state.proposals.filter((proposal): proposal is ProposedStatement => proposal.type === 'statement');
  }

  private async importCommand(args: ImportArgs): Promise<ReviewState | undefined> {
    const uris =
      args.uris?.map((uri) => (typeof uri === 'string' ? vscode.Uri.parse(uri) : uri)) ?? (await this.pickArticles());
    if (!uris || uris.length === 0) return undefined;
    // The folder whose records the proposals are compared with, and which gets them.
    const active = vscode.window.activeTextEditor?.document.uri;
    const inFolder = (uri: vscode.Uri | undefined) =>
      uri && uri.scheme !== 'untitled' ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
    const folder = await folderForWrite(
      inFolder(active) ? active : uris.find((uri) => inFolder(uri)),
      'Import the quotes into which folder’s corpus? (its .factdesk/corpus.jsonl)',
      args.folder,
    );
    if (!folder && vscode.workspace.workspaceFolders?.length) return undefined;
    const articles: ImportArticleInput[] = [];
    const failures: ReviewState['failures'] = [];
    for (const uri of uris) {
      const read = await this.readArticle(uri, args.articleDate);
      if ('message' in read) failures.push(read);
      else articles.push(read);
    }
    const params: ImportArticlesParams = {
      articles,
      ...(folder ? { folder: this.client.code2ProtocolConverter.asUri(folder.uri) } : {}),
    };
    const result = articles.length
      ? await this.client.sendRequest<ImportArticlesResult>(Methods.importArticles, params)
      : { proposals: [], notes: [], failures: [] };
    this.folder = folder;
    this.directory = await this.corpus.directory();
    const state = this.load({
      proposals: result.proposals,
      notes: result.notes,
      failures: [...failures, ...result.failures],
    });
    for (const note of state.notes) this.output.appendLine(`Import: ${note}`);
    for (const failure of state.failures) this.output.appendLine(`Import: ${failure.file}: ${failure.message}`);
    const count = this.statements().length;
    const message = `Fact Desk: ${plural(count, 'statement')} proposed from ${plural(articles.length, 'article')} for review${state.failures.length ? `; ${plural(state.failures.length, 'file')} could not be imported (see the output)` : ''}.`;
    if (state.failures.length) void vscode.window.showWarningMessage(message);
    else void vscode.window.setStatusBarMessage(message, 5000);
    await vscode.commands.executeCommand(`${ImportReview.viewId}.focus`);
    return state;
  }

  /** The active editor's document, or files picked in a dialog. */
  private async pickArticles(): Promise<vscode.Uri[] | undefined> {
    const editor = vscode.window.activeTextEditor;
    const dialog = () =>
      vscode.window.showOpenDialog({
        canSelectMany: true,
        openLabel: 'Import',
        title: 'Fact Desk: articles to import quotes from',
        filters: { Articles: ['md', 'markdown', 'txt', 'html', 'htm'], 'All files': ['*'] },
      });
    if (!editor) return dialog();
    const picked = await vscode.window.showQuickPick(
      [
        {
          label: '$(file) The active editor',
          description: vscode.workspace.asRelativePath(editor.document.uri),
          from: 'editor' as const,
        },
        { label: '$(folder-opened) Choose files…', from: 'dialog' as const },
      ],
      { title: 'Fact Desk: import quotes from…' },
    );
    if (!picked) return undefined;
    return picked.from === 'editor' ? [editor.document.uri] : dialog();
  }

  /** An article's text (the open document's, unsaved edits included, or the file's) and its fallback date. */
  private async readArticle(
    uri: vscode.Uri,
    articleDate: string | undefined,
  ): Promise<ImportArticleInput | { file: string; message: string }> {
    const file = uri.scheme === 'file' ? vscode.workspace.asRelativePath(uri) : uri.toString();
    this.articles.set(file, uri);
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    let text: string;
    let modified: string | undefined;
    if (open) {
      text = open.getText();
    } else {
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.type & vscode.FileType.Directory) return { file, message: 'is a folder, not an article' };
        if (stat.size > MAX_FILE_BYTES)
          return {
            file,
            message: `${(stat.size / 1_000_000).toFixed(0)} MB is too large for an article; split the archive into one file per article`,
          };
        modified = new Date(stat.mtime).toISOString().slice(0, 10);
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch (error) {
        return { file, message: `cannot read it (${error instanceof Error ? error.message : String(error)})` };
      }
    }
    const fallback = articleDate ?? (readSettings(uri).draftDate || modified || new Date().toISOString().slice(0, 10));
    const basis = articleDate
      ? `the article date given at import, ${articleDate}`
      : `no date in the article; ${modified ? 'the file\u2019s modification date' : 'the date of the import'}, ${fallback} (check it)`;
    return { file, text, articleDate: fallback, articleDateBasis: basis, articleDateGuessed: !articleDate };
  }

  private setStatus(id: string, status: 'accepted' | 'rejected' | 'proposed'): Proposal | undefined {
    const index = this.state.proposals.findIndex((proposal) => proposal.type === 'statement' && proposal.id === id);
    if (index < 0) return undefined;
    if (status === 'accepted' && !(this.state.proposals[index] as ProposedStatement).date) {
      // A record needs a date; the article gave none, and a guess would be a wrong one.
      void vscode.window.showWarningMessage(
        'Fact Desk: the article does not date this remark. Set its date (Edit) before accepting it.',
      );
      return undefined;
    }
    const next = [...this.state.proposals];
    next[index] = { ...next[index], status };
    this.state = { ...this.state, proposals: next };
    this.refresh();
    return next[index];
  }

  private async edit(
    id: string,
    field: EditableField | undefined,
    value: string | undefined,
  ): Promise<Proposal | undefined> {
    const statement = this.statements().find((candidate) => candidate.id === id);
    if (!statement) return undefined;
    const chosen =
      field ??
      (
        await vscode.window.showQuickPick(
          (['speaker', 'date', 'outlet', 'text'] as const).map((name) => ({
            label: name,
            description: this.fieldValue(statement, name),
            field: name,
          })),
          { title: 'Fact Desk: correct which field?' },
        )
      )?.field;
    if (!chosen) return undefined;
    const directory = (this.directory = await this.corpus.directory());
    const answer =
      value ??
      (await vscode.window.showInputBox({
        title: `Fact Desk: ${chosen} of the statement`,
        prompt:
          chosen === 'speaker'
            ? 'A name (a new speaker is proposed with it) or a corpus person id'
            : chosen === 'date'
              ? 'ISO date: 2025-08-17, 2025-08 or 2025'
              : undefined,
        value: chosen === 'speaker' ? this.speakerName(statement.speaker) : this.fieldValue(statement, chosen),
        validateInput: (input) => editProposal(this.state.proposals, id, chosen, input, directory.people).error,
      }));
    if (answer === undefined) return undefined;
    const result = editProposal(this.state.proposals, id, chosen, answer, directory.people);
    if (result.error) {
      void vscode.window.showErrorMessage(`Fact Desk: ${result.error}`);
      return undefined;
    }
    this.state = { ...this.state, proposals: result.proposals };
    this.refresh();
    return result.proposals.find((proposal) => proposal.type === 'statement' && proposal.id === id);
  }

  private acceptConfident(): { accepted: number; held: Record<string, number> } {
    const result = acceptConfident(this.state.proposals);
    this.state = { ...this.state, proposals: result.proposals };
    this.refresh();
    const held = Object.fromEntries(result.held);
    const reasons = Object.entries(held)
      .map(([reason, count]) => `${count} ${reason}`)
      .join(', ');
    void vscode.window.setStatusBarMessage(
      `Fact Desk: accepted ${result.accepted}${reasons ? `; held: ${reasons}` : ''}. Add them with “Add Accepted to Corpus”.`,
      6000,
    );
    return { accepted: result.accepted, held };
  }

  /**
   * Writes the accepted statements, and the sources and people they need, to the workspace corpus in
   * one write (the corpus reloads, so open drafts are re-checked at once); accepted and rejected
   * statements then leave the review. Returns the lines written.
   */
  private async save(): Promise<string[]> {
    const lines = acceptedCorpusLines(this.state.proposals).filter((line) => {
      const record = JSON.parse(line) as { type: string; id?: string };
      return (
        record.type === 'statement' || record.type === 'occurrence' || !this.written.has(`${record.type}:${record.id}`)
      );
    });
    if (lines.length === 0) {
      void vscode.window.showInformationMessage('Fact Desk: no accepted statements to add; accept some first.');
      return [];
    }
    try {
      const uri = await this.corpus.appendToWorkspaceCorpus(lines, this.folder);
      for (const line of lines) {
        const record = JSON.parse(line) as { type: string; id?: string };
        if (record.type === 'source' || record.type === 'person') this.written.add(`${record.type}:${record.id}`);
      }
      // Sources and people stay (later statements may need them); decided statements leave the list.
      this.state = {
        ...this.state,
        proposals: this.state.proposals.filter(
          (proposal) => proposal.type !== 'statement' || proposal.status === 'proposed',
        ),
      };
      this.refresh();
      const statements = lines.filter(
        (line) => line.startsWith('{"type":"statement"') || line.startsWith('{"type":"occurrence"'),
      ).length;
      void vscode.window.setStatusBarMessage(
        `Fact Desk: added ${plural(statements, 'statement')} to ${displayPath(uri)}`,
        5000,
      );
      return lines;
    } catch (error) {
      void vscode.window.showErrorMessage(
        `Fact Desk: nothing was written: ${error instanceof Error ? error.message : String(error)}`,
      );
      return [];
    }
  }

  getChildren(node?: ReviewNode): ReviewNode[] {
    if (!node) return this.statements().map((statement) => ({ type: 'proposal', id: statement.id }));
    if (node.type === 'detail') return [];
    const statement = this.statements().find((candidate) => candidate.id === node.id);
    if (!statement) return [];
    const details: ReviewNode[] = [
      {
        type: 'detail',
        id: `${node.id}#evidence`,
        label: statement.evidence.sentence,
        description: `${statement.evidence.file}:${statement.evidence.line}`,
        icon: 'quote',
        open: { file: statement.evidence.file, line: statement.evidence.line },
      },
      {
        type: 'detail',
        id: `${node.id}#reason`,
        label: `Confidence ${statement.confidence}: ${statement.reason}`,
        icon: 'info',
      },
    ];
    if (statement.occurrenceOf)
      details.push({
        type: 'detail',
        id: `${node.id}#occurrence`,
        label: `Already on record (${statement.occurrenceOf}): accepting adds an occurrence`,
        icon: 'references',
      });
    if (statement.differsFrom)
      details.push({
        type: 'detail',
        id: `${node.id}#differs`,
        label: `Differs from record ${statement.differsFrom.id}: “${statement.differsFrom.text}”. One of the two texts is wrong.`,
        icon: 'warning',
      });
    const held = statement.status === 'proposed' ? heldBecause(statement) : undefined;
    if (held)
      details.push({
        type: 'detail',
        id: `${node.id}#held`,
        label: `Not accepted by “Accept All Confident”: ${held}`,
        icon: 'circle-slash',
      });
    return details;
  }

  getTreeItem(node: ReviewNode): vscode.TreeItem {
    if (node.type === 'detail') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
      item.description = node.description;
      item.tooltip = node.label;
      item.iconPath = new vscode.ThemeIcon(node.icon);
      item.id = node.id;
      if (node.open)
        item.command = {
          command: 'vscode.open',
          title: 'Open the article',
          arguments: [
            this.articleUri(node.open.file),
            { selection: new vscode.Range(node.open.line - 1, 0, node.open.line - 1, 0) },
          ],
        };
      return item;
    }
    const statement = this.statements().find((candidate) => candidate.id === node.id)!;
    const item = new vscode.TreeItem(
      truncate(statement.kind === 'quote' ? `“${statement.text}”` : statement.text, 90),
      vscode.TreeItemCollapsibleState.Collapsed,
    );
    item.id = node.id;
    item.description = [this.speakerName(statement.speaker), statement.date, statement.outlet]
      .filter(Boolean)
      .join(' · ');
    item.iconPath = new vscode.ThemeIcon(
      statement.status === 'accepted'
        ? 'pass'
        : statement.status === 'rejected'
          ? 'circle-slash'
          : statement.differsFrom
            ? 'warning'
            : 'circle-large-outline',
    );
    item.contextValue = `proposal.${statement.status}`;
    item.tooltip = new vscode.MarkdownString(
      `**${statement.status}** · confidence ${statement.confidence}\n\n> ${statement.text}\n\n${this.speakerName(statement.speaker)} · ${statement.date} (${statement.datePrecision})${statement.outlet ? ` · ${statement.outlet}` : ''}\n\nEvidence (${statement.evidence.file}:${statement.evidence.line}): ${statement.evidence.sentence}`,
    );
    return item;
  }

  private articleUri(file: string): vscode.Uri {
    const known = this.articles.get(file);
    if (known) return known;
    if (/^[a-z][a-z0-9+.-]*:/i.test(file)) return vscode.Uri.parse(file);
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, file) : vscode.Uri.file(file);
  }

  private speakerName(id: string | null): string {
    const proposedPerson = (known: string) => {
      const proposed = this.state.proposals.find((proposal) => proposal.type === 'person' && proposal.id === known);
      return proposed?.type === 'person' ? proposed : undefined;
    };
    return nameOfSpeaker(id, (known) => this.directory?.person(known) ?? proposedPerson(known)) ?? 'no speaker found';
  }

  private fieldValue(statement: ProposedStatement, field: EditableField): string {
    return field === 'speaker' ? this.speakerName(statement.speaker) : statement[field];
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }
}
