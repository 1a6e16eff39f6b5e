/**
 * Issue 8's wrong-outlet false alarms from the mackerel-quota tuning set, on an invented
 * wind-power beat: the record's outlet written as its capital initials ("GT" for "Göteborgs
 * Tidning") or, for a one-word Nordic name, without its definite ending ("the Riksdag" for the
 * record's "Riksdagen") is the record's outlet; other initials and other names still conflict.
 */
import * as assert from 'assert';
import { FactChecker, mergeCorpora, parseCorpusFile } from '../../src/engine';
import { findingsOf } from './findingsOf';

const CORPUS = [
  {
    type: 'source',
    id: 'vk-2026-05-13',
    publisher: 'Vindkraft Nytt',
    headline: 'Turbine levy',
    published: '2026-05-13',
  },
  {
    type: 'person',
    id: 'ingrid-solberg',
    name: 'Ingrid Solberg',
    aliases: ['Solberg'],
    roles: [{ title: 'Energy minister' }],
  },
  {
    type: 'person',
    id: 'lars-ekdahl',
    name: 'Lars Ekdahl',
    aliases: ['Ekdahl'],
    roles: [{ title: 'Turbine maker chief' }],
  },
  {
    id: 'solberg-levy',
    speaker: 'ingrid-solberg',
    text: 'The turbine levy will fund forty new substations',
    date: '2026-05-12',
    datePrecision: 'day',
    source: 'vk-2026-05-13',
    kind: 'quote',
    outlet: 'Riksdagen',
  },
  {
    id: 'ekdahl-orders',
    speaker: 'lars-ekdahl',
    text: 'Our order book for offshore blades is empty until autumn',
    date: '2026-05-12',
    datePrecision: 'day',
    source: 'vk-2026-05-13',
    kind: 'quote',
    outlet: 'Göteborgs Tidning',
  },
]
  .map((line) => JSON.stringify(line))
  .join('\n');

const parsed = parseCorpusFile('wind.jsonl', CORPUS);
const checker = new FactChecker(mergeCorpora([{ name: 'wind', corpus: parsed.corpus }]).corpus);
const check = (draft: string) => findingsOf(checker, draft, '2026-05-14');
const kinds = (draft: string) => check(draft).map((finding) => [finding.kind, finding.text]);

describe('engine: the record’s outlet in another spelling (issue 8)', () => {
  it('"the Riksdag" is the record’s "Riksdagen"; "the Storting" is not', () => {
    const quote = '“The turbine levy will fund forty new substations,” Solberg told the';
    assert.deepStrictEqual(kinds(`${quote} Riksdag on Tuesday.`), [
      ['supported', 'The turbine levy will fund forty new substations,'],
    ]);
    assert.deepStrictEqual(kinds(`${quote} Storting on Tuesday.`), [['wrong-outlet', 'Storting']]);
  });

  it('"GT" is the record’s "Göteborgs Tidning"; "DN" is not', () => {
    const quote = '“Our order book for offshore blades is empty until autumn,” Ekdahl told';
    assert.deepStrictEqual(kinds(`${quote} GT on Tuesday.`), [
      ['supported', 'Our order book for offshore blades is empty until autumn,'],
    ]);
    assert.deepStrictEqual(kinds(`${quote} DN on Tuesday.`), [['wrong-outlet', 'DN']]);
  });
});
