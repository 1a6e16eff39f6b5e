/**
 * Blind-set accuracy: imports every article in test/import/blind/ with an empty corpus (other
 * beats: nobody is known) and scores the proposed quotations against annotations.jsonl, written by
 * someone who had not seen the importer. Quotation recall and precision, scare quotes taken for
 * statements, speaker accuracy and date accuracy (over the quotations found). Prints the misses.
 *
 *   npx tsx test/import/blind-score.ts [--json] [--quiet]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importArticle } from '../../src/engine/import';
import type { ProposedPerson, ProposedStatement } from '../../src/engine/import/types';

interface Annotation {
  file: string;
  quote: string;
  speaker?: string;
  speakerKind?: 'person' | 'group' | 'anonymous';
  date?: string | null;
  datePrecision?: string | null;
  notAStatement?: boolean;
  note?: string;
}

/** Compares quotation text as printed, ignoring trailing punctuation, outer space and the curly/straight form of marks. */
export function quoteKey(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B`]/g, "'")
    .replace(/[\u201C\u201D\u201E]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s'"]+|[\s,.;:!?'"\u2026]+$/g, '')
    .toLowerCase();
}

function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/^(?:mr|mrs|ms|dr|prof)\.?\s+/, '').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

export interface BlindScore {
  quotations: number;
  found: number;
  proposed: number;
  correctProposals: number;
  scareTaken: number;
  speakerRight: number;
  datesScored: number;
  dateRight: number;
  misses: string[];
}

export function scoreBlind(dir: string): BlindScore {
  const annotations = readFileSync(join(dir, 'annotations.jsonl'), 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as Annotation);
  const files = [...new Set(annotations.map((a) => a.file))];
  const score: BlindScore = { quotations: 0, found: 0, proposed: 0, correctProposals: 0, scareTaken: 0, speakerRight: 0, datesScored: 0, dateRight: 0, misses: [] };
  for (const file of files) {
    const result = importArticle(file, readFileSync(join(dir, file), 'utf8'), { statements: [], people: [], sources: [] });
    if ('message' in result) {
      score.misses.push(`${file} ERROR ${result.message}`);
      continue;
    }
    const people = new Map(result.proposals.filter((p): p is ProposedPerson => p.type === 'person').map((p) => [p.id, p]));
    const proposed = result.proposals.filter((p): p is ProposedStatement => p.type === 'statement' && p.kind === 'quote');
    const mine = annotations.filter((a) => a.file === file);
    const quotes = mine.filter((a) => !a.notAStatement);
    const scare = new Set(mine.filter((a) => a.notAStatement).map((a) => quoteKey(a.quote)));
    score.proposed += proposed.length;
    const used = new Set<ProposedStatement>();
    for (const annotation of quotes) {
      score.quotations++;
      const key = quoteKey(annotation.quote);
      const hit = proposed.find((p) => !used.has(p) && quoteKey(p.text) === key);
      if (!hit) {
        score.misses.push(`${file} NOT FOUND “${annotation.quote}” (${annotation.speaker}; ${annotation.note ?? ''})`);
        continue;
      }
      used.add(hit);
      score.found++;
      const person = hit.speaker ? people.get(hit.speaker) : undefined;
      const names = person ? [person.name, ...person.aliases] : hit.speaker ? [hit.speaker] : [];
      const truth = nameKey(annotation.speaker ?? '');
      const right = annotation.speakerKind === 'anonymous' ? person?.kind === 'anonymous' || names.some((name) => nameKey(name) === truth) : names.some((name) => nameKey(name) === truth || (nameKey(name).length > 3 && truth.endsWith(nameKey(name)) && truth.split(' ').length <= 3));
      if (right) score.speakerRight++;
      else score.misses.push(`${file} SPEAKER “${annotation.quote.slice(0, 50)}”: ${person?.name ?? hit.speaker} (truth ${annotation.speaker}) [${hit.reason}]`);
      if (annotation.date) {
        score.datesScored++;
        if (hit.date === annotation.date) score.dateRight++;
        else score.misses.push(`${file} DATE “${annotation.quote.slice(0, 40)}”: ${hit.date}/${hit.datePrecision} (truth ${annotation.date}/${annotation.datePrecision}) ${hit.dateBasis}`);
      }
    }
    for (const p of proposed) {
      if (used.has(p)) {
        score.correctProposals++;
        continue;
      }
      if (scare.has(quoteKey(p.text))) {
        score.scareTaken++;
        score.misses.push(`${file} SCARE QUOTE TAKEN “${p.text}” (${p.reason})`);
      } else if (quotes.some((a) => quoteKey(a.quote) === quoteKey(p.text))) score.correctProposals++; // a repeat of an annotated quotation
      else score.misses.push(`${file} EXTRA “${p.text.slice(0, 80)}” (${p.speaker}; ${p.reason})`);
    }
  }
  return score;
}

export function summary(s: BlindScore): string {
  const r = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
  return `Blind set: ${s.quotations} quotations; recall ${r(s.found, s.quotations)} (${s.found}); precision ${r(s.correctProposals, s.proposed)} (${s.correctProposals}/${s.proposed}); scare quotes taken ${s.scareTaken}; speaker accuracy ${r(s.speakerRight, s.found)} (${s.speakerRight}/${s.found}); date accuracy ${r(s.dateRight, s.datesScored)} (${s.dateRight}/${s.datesScored})`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = scoreBlind(join(import.meta.dirname, 'blind'));
  if (process.argv.includes('--json')) console.log(JSON.stringify(s, null, 1));
  else {
    if (!process.argv.includes('--quiet')) for (const miss of s.misses) console.log(miss);
    console.log(`\n${summary(s)}`);
  }
}
