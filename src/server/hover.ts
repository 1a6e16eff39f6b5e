import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFLICT_KINDS, verdictLine, type DiffPart, type FactCheck, type Finding } from '../engine';
import { COMMAND } from '../extension/commandIds';
import { toRange } from './conversions';
import { describeStatement, speakerName, type CorpusDirectory, type StatementInfo } from './statementInfo';

export { HOVER_COMMANDS } from './hoverCommands';

/** The hover citation on a checked claim: the record, and for a conflict what differs. `document` is the version the finding was computed on. */
export function hoverFor(finding: Finding, document: TextDocument, corpus: CorpusDirectory): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: hoverMarkdown(finding, document, corpus) }, range: toRange(document, finding.range) };
}

export function hoverMarkdown(finding: Finding, document: TextDocument, corpus: CorpusDirectory): string {
  let md = `**Fact Desk: ${finding.kind}**: ${escape(finding.message)}\n\n`;
  const statement = finding.statement;
  if (!statement) return `${md}No record in the corpus matches this quotation. Source it, or add it with **Fact Desk: Add Selection to Corpus**.\n`;
  const info = describeStatement(statement, corpus);
  md += `> ${escape(statement.kind === 'quote' ? `“${statement.text}”` : statement.text)}\n\n`;
  const rows = statement.factCheck
    ? factCheckRows(statement.factCheck, info)
    : [
        `**Speaker:** ${escape(info.speakerName)}${info.role ? `, ${escape(info.role)}` : ''}`,
        `**Date:** ${escape(info.date)}`,
        `**Outlet:** ${escape(info.outlet || 'not stated')}`,
      ];
  if (info.article && !statement.factCheck) rows.push(`**Article:** ${escape(info.article)}`);
  md += `${rows.join('  \n')}\n\n`;
  if (CONFLICT_KINDS.includes(finding.kind)) {
    if (finding.diff && finding.diff.some((part) => part.op !== 'same')) {
      md += `**Record vs draft:** ${diffMarkdown(finding.diff)}  \n*~~struck~~: the record's words; **bold**: what the draft has instead.*\n\n`;
    } else if (finding.fix) {
      const drafted = document.getText().slice(finding.fix.range.start, finding.fix.range.end);
      md += `**Draft vs record:** ~~${escape(drafted)}~~ → **${escape(finding.fix.text)}**\n\n`;
    } else {
      md += `**The draft says:** ${escape(finding.claim)}\n\n`;
    }
    if (finding.kind === 'misattribution' && finding.draftSpeaker !== undefined) {
      md += `**Draft attributes it to:** ${escape(speakerName(finding.draftSpeaker, corpus))}\n\n`;
    }
  }
  // The version rides with "Insert citation": the client refuses it once the draft has changed.
  const args = (extra: Record<string, unknown>) => encodeURIComponent(JSON.stringify([{ statementId: statement.id, ...extra }]));
  md += [
    `[Insert citation](command:${COMMAND.insertCitation}?${args({ uri: document.uri, offset: finding.range.end, version: document.version })} "Insert the citation after this paragraph")`,
    `[Copy quote](command:${COMMAND.copyQuote}?${args({})} "Copy the verbatim quote")`,
    `[Show the statement](command:${COMMAND.showStatement}?${args({})} "Open the record")`,
  ].join(' · ');
  return md;
}

/** A fact-checked claim: who made it and when, the verdict, where it appeared, and the fact-check's link. */
function factCheckRows(check: FactCheck, info: StatementInfo): string[] {
  const maker = info.statement.speaker ? `${escape(info.speakerName)}${info.role ? `, ${escape(info.role)}` : ''}` : 'not named in the fact-check';
  const rows = [`**Claim by:** ${maker}`, `**Claimed:** ${escape(info.date)}`, `**Verdict:** ${escape(verdictLine(check))}`];
  if (check.appearances?.length) rows.push(`**Appeared in:** ${check.appearances.map((where) => escape(where)).join(', ')}`);
  rows.push(check.url ? `**Fact-check:** [${escape(info.article ?? check.url)}](${check.url.replace(/[()\s]/g, encodeURIComponent)})` : `**Fact-check:** ${escape(info.article ?? check.reviewer)} (no link given)`);
  return rows;
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
