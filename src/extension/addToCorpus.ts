import * as vscode from 'vscode';
import type { Person, Source, Statement } from '../engine';
import { readSettings } from './config';
import { COMMAND } from './commandIds';
import type { CorpusService } from './corpusService';

/** Answers to the prompts; the integration tests pass them as the command's argument to skip the prompts. */
export interface AddToCorpusArgs {
  text?: string;
  /** A person id already in the corpus, or a new speaker's name. */
  speaker?: string;
  date?: string;
  outlet?: string;
  /** A source id already in the corpus, or a new source's description (publisher and headline, or a URL). */
  source?: string;
}

const ISO_DATE = /^\d{4}-\d{2}(-\d{2})?$/;

/**
 * "Add Selection to Corpus": turns a selected quote into a record in the workspace corpus
 * (.factdesk/corpus.jsonl), asking for speaker, date, outlet and source; the corpus reloads at once.
 */
export function registerAddToCorpus(context: vscode.ExtensionContext, corpus: CorpusService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMAND.addSelectionToCorpus, async (args: AddToCorpusArgs = {}) => {
      const editor = vscode.window.activeTextEditor;
      const selected = args.text ?? (editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '');
      const text = stripQuotes(selected);
      if (!text) {
        void vscode.window.showInformationMessage('Fact Desk: select the quote to add first.');
        return undefined;
      }
      await corpus.ready();
      const speaker = args.speaker ?? (await pickSpeaker(corpus));
      if (!speaker) return undefined;
      const date =
        args.date ??
        (await vscode.window.showInputBox({
          title: 'Fact Desk: when was it said? (YYYY-MM-DD, or YYYY-MM)',
          value: readSettings().draftDate || new Date().toISOString().slice(0, 10),
          validateInput: (value) => (ISO_DATE.test(value.trim()) ? undefined : 'Use an ISO date: 2025-08-17 or 2025-08'),
        }));
      if (!date || !ISO_DATE.test(date.trim())) return undefined;
      const outlet = args.outlet ?? (await vscode.window.showInputBox({ title: 'Fact Desk: outlet or venue (e.g. Fox News Sunday, told reporters)', value: '' }));
      if (outlet === undefined) return undefined;
      const source = args.source ?? (await pickSource(corpus));
      if (!source) return undefined;

      const { lines, statement } = newRecords(text, speaker.trim(), date.trim(), outlet.trim(), source.trim(), corpus);
      try {
        const uri = await corpus.appendToWorkspaceCorpus(lines);
        void vscode.window.setStatusBarMessage(`Fact Desk: added to ${vscode.workspace.asRelativePath(uri)}`, 4000);
        return statement;
      } catch (error) {
        void vscode.window.showErrorMessage(`Fact Desk: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    }),
  );
}

/** The JSONL lines for a new statement, plus a person and a source when they are new to the corpus. */
export function newRecords(text: string, speaker: string, date: string, outlet: string, source: string, corpus: CorpusService): { lines: string[]; statement: Statement } {
  const lines: string[] = [];
  let personId = corpus.person(speaker)?.id ?? findPersonByName(speaker, corpus)?.id;
  if (!personId) {
    personId = slug(speaker);
    const person: Person = { id: personId, name: speaker, kind: 'person', aliases: [speaker, speaker.split(/\s+/).pop() ?? speaker], roles: [] };
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
      dateBasis: 'Entered by the desk with “Add Selection to Corpus”.',
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
    dateBasis: 'Entered by the desk with “Add Selection to Corpus”.',
    outlet,
    source: sourceId,
    context: text,
    numbers: [],
    negated: /\b(not|never|no|n't|won't|cannot)\b/i.test(text),
  };
  lines.push(JSON.stringify({ type: 'statement', ...statement }));
  return { lines, statement };
}

async function pickSpeaker(corpus: CorpusService): Promise<string | undefined> {
  const NEW = '$(add) New speaker…';
  const items = [{ label: NEW, id: '' }, ...corpus.corpus.people.map((person) => ({ label: person.name, description: person.roles[0]?.title, id: person.id }))];
  const picked = await vscode.window.showQuickPick(items, { title: 'Fact Desk: who said it?', matchOnDescription: true });
  if (!picked) return undefined;
  if (picked.id) return picked.id;
  return vscode.window.showInputBox({ title: 'Fact Desk: the speaker’s full name', validateInput: (value) => (value.trim() ? undefined : 'A name is needed') });
}

async function pickSource(corpus: CorpusService): Promise<string | undefined> {
  const NEW = '$(add) New source…';
  const items = [{ label: NEW, id: '' }, ...corpus.corpus.sources.map((source) => ({ label: source.headline, description: source.publisher, id: source.id }))];
  const picked = await vscode.window.showQuickPick(items, { title: 'Fact Desk: which article or source?', matchOnDescription: true });
  if (!picked) return undefined;
  if (picked.id) return picked.id;
  return vscode.window.showInputBox({ title: 'Fact Desk: the source (publisher and headline, or a URL)', validateInput: (value) => (value.trim() ? undefined : 'A source is needed') });
}

function findPersonByName(name: string, corpus: CorpusService): Person | undefined {
  const wanted = name.toLowerCase();
  return corpus.corpus.people.find((person) => person.name.toLowerCase() === wanted || person.aliases.some((alias) => alias.toLowerCase() === wanted));
}

function stripQuotes(text: string): string {
  return text.trim().replace(/^["“‘']+/, '').replace(/["”’']+$/, '').replace(/[,.]$/, (mark) => (mark === '.' ? '.' : '')).trim();
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unnamed';
}

function hash(text: string): string {
  let value = 2166136261;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 16777619);
  return (value >>> 0).toString(36);
}
