import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  KIND_LABELS,
  outletOrVenue,
  verdictLine,
  type DiffPart,
  type Difference,
  type FactCheck,
  type Finding,
  type Statement,
} from '../engine';
import { COMMAND } from '../extension/commandIds';
import { toRange } from './conversions';
import { describeStatement, type CorpusDirectory, type StatementInfo } from './statementInfo';

export { HOVER_COMMANDS } from './hoverCommands';

/**
 * The hover on a checked claim: the difference first, then the record (quote, speaker and role,
 * date with weekday, outlet or where it was said, article) and the command links. It does not
 * repeat the diagnostic's message, which VS Code shows above it. `document` is the version the
 * finding was computed on; the hover spans the whole claim.
 */
export function hoverFor(finding: Finding, document: TextDocument, corpus: CorpusDirectory): Hover {
  return {
    contents: { kind: MarkupKind.Markdown, value: hoverMarkdown(finding, document, corpus) },
    range: toRange(document, finding.claimRange ?? finding.range),
  };
}

/** Kinds that are a change to a quotation's words, when their range is inside it. */
const WORD_KINDS = new Set<Finding['kind']>(['misquote', 'negation', 'wrong-number']);

export function hoverMarkdown(finding: Finding, document: TextDocument, corpus: CorpusDirectory): string {
  const label = `**Fact Desk · ${KIND_LABELS[finding.kind]}**`;
  let md = finding.difference ? `${label}: ${differenceMarkdown(finding.difference)}` : label;
  // The quotation's word diff belongs to a change in its words (not to a wrong day beside it).
  const claim = finding.claimRange ?? finding.range;
  const inWords = WORD_KINDS.has(finding.kind) && finding.range.start >= claim.start && finding.range.end <= claim.end;
  const quoteDiff =
    inWords && finding.diff && finding.diff.some((part) => part.op !== 'same') ? finding.diff : undefined;
  if (finding.difference?.more && quoteDiff)
    md += ` (and ${finding.difference.more} other ${finding.difference.more === 1 ? 'change' : 'changes'})`;
  md += '\n\n';
  if (quoteDiff) md += `${diffMarkdown(quoteDiff)}\n\n`;
  if (finding.difference || quoteDiff) md += `*~~struck~~: the draft's words; **bold**: the record's.*\n\n`;
  const statement = finding.statement;
  if (!statement)
    return `${md}No record in the corpus matches this quotation. Source it, or add it with **Fact Desk: Add Selection to Corpus**.\n`;
  if (finding.kind === 'unverified-quote') md += 'A similar remark on record, from another occasion:\n\n';
  md += `${recordMarkdown(statement, corpus)}\n\n`;
  // The version rides with "Insert citation": the client refuses it once the draft has changed.
  const args = (extra: Record<string, unknown>) =>
    encodeURIComponent(JSON.stringify([{ statementId: statement.id, ...extra }]));
  const claimEnd = (finding.claimRange ?? finding.range).end;
  md += [
    `[Insert citation](command:${COMMAND.insertCitation}?${args({ uri: document.uri, offset: claimEnd, version: document.version })} "Insert the citation after this paragraph")`,
    `[Copy quote](command:${COMMAND.copyQuote}?${args({})} "Copy the verbatim quote")`,
    `[Show the statement](command:${COMMAND.showStatement}?${args({})} "Open the record")`,
  ].join(' · ');
  return md;
}

/** The record's block: its words, then speaker and role, date with weekday, outlet (or where it was said) and article; empty fields left out. */
export function recordMarkdown(statement: Statement, corpus: CorpusDirectory): string {
  const info = describeStatement(statement, corpus);
  if (statement.factCheck)
    return `> ${escape(statement.text)}\n\n${factCheckRows(statement.factCheck, info).join('  \n')}`;
  const rows = [
    `**Speaker:** ${escape(info.speakerName)}${info.role ? `, ${escape(info.role)}` : ''}`,
    `**Date:** ${escape(info.date)}`,
  ];
  if (info.outlet)
    rows.push(`${outletOrVenue(info.outlet) === 'outlet' ? '**Outlet:**' : '**Where:**'} ${escape(info.outlet)}`);
  if (info.article) rows.push(`**Article:** ${escape(info.article)}`);
  if (info.provenance) rows.push(`*${escape(info.provenance[0].toUpperCase() + info.provenance.slice(1))}*`);
  return `> ${escape(statement.kind === 'quote' ? `“${statement.text}”` : statement.text)}\n\n${rows.join('  \n')}`;
}

/** A fact-checked claim: who made it and when, the verdict, where it appeared, and the fact-check's link. */
function factCheckRows(check: FactCheck, info: StatementInfo): string[] {
  const maker = info.statement.speaker
    ? `${escape(info.speakerName)}${info.role ? `, ${escape(info.role)}` : ''}`
    : 'not named in the fact-check';
  const rows = [
    `**Claim by:** ${maker}`,
    `**Claimed:** ${escape(info.date)}`,
    `**Verdict:** ${escape(verdictLine(check))}`,
  ];
  if (check.appearances?.length)
    rows.push(`**Appeared in:** ${check.appearances.map((where) => escape(where)).join(', ')}`);
  rows.push(
    check.url
      ? `**Fact-check:** [${escape(info.article ?? check.url)}](${check.url.replace(/[()\s]/g, encodeURIComponent)})`
      : `**Fact-check:** ${escape(info.article ?? check.reviewer)} (no link given)`,
  );
  return rows;
}

/**
 * The finding a hover at `offset` is about: one whose underlined words hold the offset (the
 * narrowest), else one whose claim holds it (the narrowest claim), so the hover answers anywhere
 * in a quotation whose underline is one word.
 */
export function findingAt(findings: Finding[], offset: number): Finding | undefined {
  const within = (range: { start: number; end: number }) => range.start <= offset && offset <= range.end;
  const width = (range: { start: number; end: number }) => range.end - range.start;
  const onWords = findings
    .filter((finding) => within(finding.range))
    .sort((a, b) => width(a.range) - width(b.range))[0];
  if (onWords) return onWords;
  return findings
    .filter((finding) => finding.claimRange && within(finding.claimRange))
    .sort((a, b) => width(a.claimRange!) - width(b.claimRange!))[0];
}

/** A difference in the one notation every kind uses: the draft's words struck, then the record's in bold. */
export function differenceMarkdown(difference: Difference): string {
  const draft = difference.draft.trim() ? `~~${escape(difference.draft.trim())}~~` : '';
  const record = difference.record.trim() ? `**${escape(difference.record.trim())}**` : '';
  return [draft, record].filter(Boolean).join(' ');
}

/**
 * The engine's word diff of a quotation as Markdown, in the notation of differenceMarkdown: the
 * draft's words (`added`) struck, the record's (`removed`) in bold, each with its punctuation.
 */
export function diffMarkdown(diff: DiffPart[]): string {
  return diff
    .filter((part) => part.text.trim())
    .map((part) => {
      const text = escape(part.text.trim());
      if (part.op === 'added') return `~~${text}~~`;
      if (part.op === 'removed') return `**${text}**`;
      return text;
    })
    .join(' ');
}

/** Escapes Markdown so quotes with brackets, asterisks or underscores render as written. */
export function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>~|#]/g, (char) => `\\${char}`);
}
