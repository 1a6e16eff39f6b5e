import * as vscode from 'vscode';
import { CONFLICT_KINDS, type DiffPart, type Finding } from '../engine';
import { COMMAND } from './commandIds';
import type { CorpusService } from './corpusService';
import type { DiagnosticsController } from './diagnostics';
import { describeStatement, speakerName } from './statementInfo';

/** Command links a hover may run; nothing else is trusted in hover Markdown. */
export const HOVER_COMMANDS = [COMMAND.insertCitation, COMMAND.copyQuote, COMMAND.showStatement];

/** The hover citation on any checked claim: the record, and for a conflict what differs. */
export class FactHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly diagnostics: DiagnosticsController,
    private readonly corpus: CorpusService,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const findings = this.diagnostics.findingsAt(document.uri, document.offsetAt(position));
    if (findings.length === 0) return undefined;
    const finding = findings[0];
    const range = new vscode.Range(document.positionAt(finding.range.start), document.positionAt(finding.range.end));
    return new vscode.Hover(hoverMarkdown(finding, document, this.corpus), range);
  }
}

export function hoverMarkdown(finding: Finding, document: vscode.TextDocument, corpus: CorpusService): vscode.MarkdownString {
  const uri = document.uri;
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  md.appendMarkdown(`**Fact Desk: ${finding.kind}**: ${escape(finding.message)}\n\n`);
  const statement = finding.statement;
  if (!statement) {
    md.appendMarkdown('No record in the corpus matches this quotation. Source it, or add it with **Fact Desk: Add Selection to Corpus**.\n');
    return md;
  }
  const info = describeStatement(statement, corpus);
  md.appendMarkdown(`> ${escape(statement.kind === 'quote' ? `“${statement.text}”` : statement.text)}\n\n`);
  const rows = [
    `**Speaker:** ${escape(info.speakerName)}${info.role ? `, ${escape(info.role)}` : ''}`,
    `**Date:** ${escape(info.date)}`,
    `**Outlet:** ${escape(info.outlet || 'not stated')}`,
  ];
  if (info.article) rows.push(`**Article:** ${escape(info.article)}`);
  md.appendMarkdown(`${rows.join('  \n')}\n\n`);

  if (CONFLICT_KINDS.includes(finding.kind)) {
    if (finding.diff && finding.diff.some((part) => part.op !== 'same')) {
      md.appendMarkdown(`**Record vs draft:** ${diffMarkdown(finding.diff)}  \n*~~struck~~: the record's words; **bold**: what the draft has instead.*\n\n`);
    } else if (finding.fix) {
      const drafted = document.getText(new vscode.Range(document.positionAt(finding.fix.range.start), document.positionAt(finding.fix.range.end)));
      md.appendMarkdown(`**Draft vs record:** ~~${escape(drafted)}~~ → **${escape(finding.fix.text)}**\n\n`);
    } else {
      md.appendMarkdown(`**The draft says:** ${escape(finding.claim)}\n\n`);
    }
    if (finding.kind === 'misattribution' && finding.draftSpeaker !== undefined) {
      md.appendMarkdown(`**Draft attributes it to:** ${escape(speakerName(finding.draftSpeaker, corpus))}\n\n`);
    }
  }
  const args = (extra: Record<string, unknown>) => encodeURIComponent(JSON.stringify([{ statementId: statement.id, ...extra }]));
  md.appendMarkdown(
    [
      `[Insert citation](command:${COMMAND.insertCitation}?${args({ uri: uri.toString(), offset: finding.range.end })} "Insert the citation after this paragraph")`,
      `[Copy quote](command:${COMMAND.copyQuote}?${args({})} "Copy the verbatim quote")`,
      `[Show the statement](command:${COMMAND.showStatement}?${args({})} "Open the record")`,
    ].join(' · '),
  );
  return md;
}

/**
 * The engine's word diff as Markdown. Its parts go from the record to the draft: `removed` words are
 * the record's (struck through, as the draft dropped or changed them), `added` words the draft's (bold).
 */
export function diffMarkdown(diff: DiffPart[]): string {
  return diff
    .filter((part) => part.text.trim())
    .map((part) => {
      const text = escape(part.text.trim());
      if (part.op === 'removed') return `~~${text}~~`;
      if (part.op === 'added') return `**${text}**`;
      return text;
    })
    .join(' ');
}

/** Escapes Markdown so quotes with brackets, asterisks or underscores render as written. */
export function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>~|#]/g, (char) => `\\${char}`);
}
