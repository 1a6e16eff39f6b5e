import * as vscode from 'vscode';
import { draftFormat, remarkDate, type Person, type Source, type Statement } from '../engine';
import { readSettings } from './config';
import { COMMAND } from './commandIds';
import type { RecordDirectory, CorpusService } from './corpusService';
import { speakerOrder } from './corpusView';
import { displayPath, folderForWrite } from './folders';

/** Answers given up front (the API, the integration tests): each skips its step; with all but `text` given, the selection is used as is. */
export interface AddToCorpusArgs {
  text?: string;
  /** A person id already in the corpus, or a new speaker's name. */
  speaker?: string;
  date?: string;
  outlet?: string;
  /** A source id already in the corpus, or a new source's description (publisher and headline, or a URL). */
  source?: string;
  /** The workspace folder (or its URI) whose .factdesk/corpus.jsonl gets the record; by default the draft's, asked for when ambiguous. */
  folder?: vscode.WorkspaceFolder | vscode.Uri | string;
}

/** One step of the form as shown, for the integration tests that drive it (set `input.value`, then accept or go back). */
export interface AddToCorpusStep {
  step: number;
  totalSteps: number;
  input: vscode.QuickPick<vscode.QuickPickItem> | vscode.InputBox;
}

const ISO_DATE = /^\d{4}-\d{2}(-\d{2})?$/;
const TITLE = 'Add to corpus';
const TOTAL_STEPS = 5;
const DESK_BASIS = 'Entered by the desk with “Add Selection to Corpus”.';
const stepEmitter = new vscode.EventEmitter<AddToCorpusStep>();
/** Fires as each step of the form is shown. */
export const onDidShowAddToCorpusStep = stepEmitter.event;

/**
 * "Add Selection to Corpus": one form of five numbered steps (quotation, speaker, date, outlet,
 * source) with Back, that turns the selected quote into a record in the workspace corpus
 * (.factdesk/corpus.jsonl); the corpus reloads at once. The date defaults to the day the draft
 * gives for the remark ("on Monday", resolved against the draft's date), and the record carries
 * the day it was added, so it is shown as the newsroom's own, never as a sourced record.
 */
export function registerAddToCorpus(context: vscode.ExtensionContext, corpus: CorpusService): void {
  context.subscriptions.push(
    stepEmitter,
    vscode.commands.registerCommand(COMMAND.addSelectionToCorpus, async (args: AddToCorpusArgs = {}) => {
      const editor = vscode.window.activeTextEditor;
      const selection = editor && !editor.selection.isEmpty ? editor.selection : undefined;
      const selected = args.text ?? (editor && selection ? editor.document.getText(selection) : '');
      if (!stripQuotes(selected)) {
        void vscode.window.showInformationMessage('Fact Desk: select the quote to add first.');
        return undefined;
      }
      // Each workspace folder keeps its own records: the draft's folder, or the one the writer picks.
      const folder = await folderForWrite(
        editor?.document.uri,
        'Add the record to which folder’s corpus? (its .factdesk/corpus.jsonl)',
        args.folder,
      );
      if (!folder && vscode.workspace.workspaceFolders?.length) return undefined;
      await corpus.ready();
      const directory = await corpus.directory();
      const proposed = editor && selection ? proposedDate(editor.document, selection) : undefined;
      const answers = await runForm(directory, args, stripQuotes(selected), proposed);
      if (!answers) return undefined;
      const basis = proposed && answers.date === proposed.date ? proposed.basis : DESK_BASIS;
      const { lines, statement } = newRecords(
        answers.text,
        answers.speaker,
        answers.date,
        answers.outlet,
        answers.source,
        directory,
        { dateBasis: basis, added: localDay(new Date()) },
      );
      try {
        const uri = await corpus.appendToWorkspaceCorpus(lines, folder);
        void vscode.window.setStatusBarMessage(`Fact Desk: added to ${displayPath(uri)}`, 4000);
        return statement;
      } catch (error) {
        void vscode.window.showErrorMessage(`Fact Desk: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    }),
  );
}

/** The day the draft gives for the selected remark, or the factDesk.draftDate setting, or today. */
function proposedDate(document: vscode.TextDocument, selection: vscode.Selection): { date: string; basis: string } {
  const settings = readSettings(document.uri);
  const range = { start: document.offsetAt(selection.start), end: document.offsetAt(selection.end) };
  return (
    remarkDate(document.getText(), range, {
      draftDate: settings.draftDate || undefined,
      format: draftFormat(document.languageId),
    }) ?? { date: localDay(new Date()), basis: DESK_BASIS }
  );
}

interface Answers {
  text: string;
  speaker: string;
  date: string;
  outlet: string;
  source: string;
}

/** Walks the steps; Back returns to the previous one shown. Undefined when the form is dismissed. */
async function runForm(
  corpus: RecordDirectory,
  args: AddToCorpusArgs,
  text: string,
  proposed: { date: string; basis: string } | undefined,
): Promise<Answers | undefined> {
  // With every other answer given, the selection is taken as it is, with no form at all.
  const given = [args.speaker, args.date, args.outlet, args.source].every((answer) => answer !== undefined);
  const answers: Partial<Answers> = {
    text: args.text !== undefined || given ? text : undefined,
    speaker: args.speaker,
    date: args.date,
    outlet: args.outlet,
    source: args.source,
  };
  const steps: { key: keyof Answers; ask: (step: number) => Promise<string | 'back' | undefined> }[] = [
    {
      key: 'text',
      ask: (step) =>
        askText(
          step,
          answers.text ?? text,
          'The quotation, as the speaker said it (the marks are left out)',
          (value) => (value.trim() ? undefined : 'The quotation is needed'),
        ),
    },
    {
      key: 'speaker',
      ask: (step) =>
        askPick(
          step,
          'Who said it? Type to search, or type a new speaker’s full name',
          speakerItems(corpus),
          'New speaker',
          answers.speaker,
        ),
    },
    {
      key: 'date',
      ask: (step) =>
        askText(
          step,
          answers.date ?? proposed?.date ?? localDay(new Date()),
          `When was it said? YYYY-MM-DD, or YYYY-MM${proposed ? `. Proposed from the draft: ${proposed.basis}` : ''}`,
          (value) =>
            ISO_DATE.test(value.trim())
              ? undefined
              : 'Use an ISO date: 2025-08-17, or 2025-08 when only the month is known',
        ),
    },
    {
      key: 'outlet',
      ask: (step) =>
        askText(
          step,
          answers.outlet ?? '',
          'Outlet or venue, as a reporter names it (Fox News Sunday, told reporters, in Brussels); may be left empty',
          () => undefined,
        ),
    },
    {
      key: 'source',
      ask: (step) =>
        askPick(
          step,
          'Which article or source? Type to search, or type a new source (publisher and headline, or a URL)',
          sourceItems(corpus),
          'New source',
          answers.source,
        ),
    },
  ];
  // Steps answered up front are skipped; the rest keep their numbers, so "3/5" always means the date.
  const open = steps
    .map((step, index) => ({ ...step, number: index + 1 }))
    .filter((step) => answers[step.key] === undefined);
  for (let index = 0; index < open.length;) {
    const step = open[index];
    const value = await step.ask(step.number);
    if (value === undefined) return undefined;
    if (value === 'back') {
      index = Math.max(0, index - 1);
      continue;
    }
    answers[step.key] = value.trim();
    index++;
  }
  return answers as Answers;
}

type PickItem = vscode.QuickPickItem & { id: string };

function speakerItems(corpus: RecordDirectory): PickItem[] {
  return [...corpus.people]
    .map((person) => ({ person, order: speakerOrder(person, person.id) }))
    .sort((a, b) => a.order.rank - b.order.rank || a.order.key.localeCompare(b.order.key))
    .map(({ person }) => ({ label: person.name, description: person.roles[0]?.title, id: person.id }));
}

function sourceItems(corpus: RecordDirectory): PickItem[] {
  return corpus.sources.map((source) => ({
    label: source.headline,
    description: `${source.publisher}, ${source.published}`,
    id: source.id,
  }));
}

function withBack<T extends vscode.QuickPick<PickItem> | vscode.InputBox>(input: T, step: number): T {
  input.title = TITLE;
  input.step = step;
  input.totalSteps = TOTAL_STEPS;
  input.ignoreFocusOut = true;
  input.buttons = step > 1 ? [vscode.QuickInputButtons.Back] : [];
  return input;
}

function askText(
  step: number,
  value: string,
  prompt: string,
  validate: (value: string) => string | undefined,
): Promise<string | 'back' | undefined> {
  const input = withBack(vscode.window.createInputBox(), step);
  input.value = value;
  input.prompt = prompt;
  return new Promise((resolve) => {
    const done = (result: string | 'back' | undefined) => {
      subscriptions.forEach((subscription) => subscription.dispose());
      input.dispose();
      resolve(result);
    };
    const subscriptions = [
      input.onDidChangeValue((current) => (input.validationMessage = validate(current))),
      input.onDidAccept(() => {
        const problem = validate(input.value);
        if (problem) input.validationMessage = problem;
        else done(input.value);
      }),
      input.onDidTriggerButton((button) => button === vscode.QuickInputButtons.Back && done('back')),
      input.onDidHide(() => done(undefined)),
    ];
    input.show();
    stepEmitter.fire({ step, totalSteps: TOTAL_STEPS, input });
  });
}

/** A pick from `items`, or, when the typed words match none, a new entry of that name (resolved as the typed text). */
function askPick(
  step: number,
  placeholder: string,
  items: PickItem[],
  newLabel: string,
  current?: string,
): Promise<string | 'back' | undefined> {
  const input = withBack(vscode.window.createQuickPick<PickItem>(), step);
  input.placeholder = placeholder;
  input.matchOnDescription = true;
  input.items = items;
  const chosen = items.find((item) => item.id === current);
  if (chosen) input.activeItems = [chosen];
  return new Promise((resolve) => {
    const done = (result: string | 'back' | undefined) => {
      subscriptions.forEach((subscription) => subscription.dispose());
      input.dispose();
      resolve(result);
    };
    const subscriptions = [
      input.onDidChangeValue((typed) => {
        const words = typed.trim();
        // Listed after the matches, so Enter takes a known speaker or source first.
        input.items = words
          ? [...items, { label: `$(add) ${newLabel}: ${words}`, id: `new:${words}`, alwaysShow: true }]
          : items;
      }),
      input.onDidAccept(() => {
        const picked = input.selectedItems[0] ?? input.activeItems[0];
        if (!picked) return;
        done(picked.id.startsWith('new:') ? picked.id.slice(4) : picked.id);
      }),
      input.onDidTriggerButton((button) => button === vscode.QuickInputButtons.Back && done('back')),
      input.onDidHide(() => done(undefined)),
    ];
    input.show();
    stepEmitter.fire({
      step,
      totalSteps: TOTAL_STEPS,
      input: input as unknown as vscode.QuickPick<vscode.QuickPickItem>,
    });
  });
}

/** The JSONL lines for a new statement, plus a person and a source when they are new to the corpus. */
export function newRecords(
  text: string,
  speaker: string,
  date: string,
  outlet: string,
  source: string,
  corpus: RecordDirectory,
  extra: { dateBasis?: string; added?: string } = {},
): { lines: string[]; statement: Statement } {
  const lines: string[] = [];
  const dateBasis = extra.dateBasis ?? DESK_BASIS;
  let personId = corpus.person(speaker)?.id ?? findPersonByName(speaker, corpus)?.id;
  if (!personId) {
    personId = slug(speaker);
    const person: Person = {
      id: personId,
      name: speaker,
      kind: 'person',
      aliases: [speaker, speaker.split(/\s+/).pop() ?? speaker],
      roles: [],
    };
    lines.push(JSON.stringify({ type: 'person', ...person }));
  }
  let sourceId = corpus.source(source)?.id;
  if (!sourceId) {
    sourceId = `desk-${slug(source).slice(0, 40)}-${date}`;
    const record: Source = {
      id: sourceId,
      publisher: source,
      headline: source,
      published: date,
      publishedPrecision: date.length === 10 ? 'day' : 'month',
      dateBasis: DESK_BASIS,
    };
    if (/^https?:\/\//.test(source)) record.url = source;
    lines.push(JSON.stringify({ type: 'source', ...record }));
  }
  const statement: Statement = {
    id: `desk-${personId}-${date}-${hash(text)}`,
    kind: 'quote',
    speaker: personId,
    text,
    date,
    datePrecision: date.length === 10 ? 'day' : 'month',
    dateBasis,
    outlet,
    source: sourceId,
    context: text,
    numbers: [],
    negated: /\b(not|never|no|n't|won't|cannot)\b/i.test(text),
  };
  if (extra.added) statement.added = extra.added;
  lines.push(JSON.stringify({ type: 'statement', ...statement }));
  return { lines, statement };
}

/** The local calendar day of `date`, YYYY-MM-DD (the desk's day, not UTC's). */
function localDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function findPersonByName(name: string, corpus: RecordDirectory): Person | undefined {
  const wanted = name.toLowerCase();
  return corpus.people.find(
    (person) => person.name.toLowerCase() === wanted || person.aliases.some((alias) => alias.toLowerCase() === wanted),
  );
}

function stripQuotes(text: string): string {
  return text
    .trim()
    .replace(/^["“‘']+/, '')
    .replace(/["”’']+$/, '')
    .replace(/[,.]$/, (mark) => (mark === '.' ? '.' : ''))
    .trim();
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'unnamed'
  );
}

function hash(text: string): string {
  let value = 2166136261;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 16777619);
  return (value >>> 0).toString(36);
}
