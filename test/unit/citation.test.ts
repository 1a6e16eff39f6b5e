// Inserted citations: every kind of outlet and venue, in house and AP style, pinned word for word.
import * as assert from 'node:assert/strict';
import { apDate, formatCitation, type Corpus, type Statement } from '../../src/engine';
import { venueOf } from '../../src/engine/venue';

const corpus: Pick<Corpus, 'people' | 'sources'> = {
  people: [
    {
      id: 'jane-roe',
      name: 'Jane Roe',
      kind: 'person',
      aliases: ['Roe'],
      roles: [
        { title: 'Mayor of Springfield', from: '2024-01-08' },
        { title: 'mayor', from: '2024-01-08' },
      ],
    },
    {
      id: 'marco-rubio',
      name: 'Marco Rubio',
      kind: 'person',
      aliases: ['Rubio'],
      roles: [
        { title: 'U.S. Senator from Florida', from: '2011-01-03', to: '2025-01-20' },
        { title: 'Secretary of State', from: '2025-01-21' },
      ],
    },
    {
      id: 'dmitry-peskov',
      name: 'Dmitry Peskov',
      kind: 'person',
      aliases: ['Peskov'],
      roles: [{ title: 'Kremlin spokesman', from: '2012-05-22' }],
    },
    { id: 'official', name: 'a senior U.S. official', kind: 'anonymous', aliases: [], roles: [] },
  ],
  sources: [
    {
      id: 'wapo',
      publisher: 'The Washington Post',
      headline: 'h',
      published: '2025-10-09',
      publishedPrecision: 'day',
      dateBasis: '',
    },
    {
      id: 'gazette',
      publisher: 'Harbour Gazette',
      headline: 'h',
      published: '2025-10-09',
      publishedPrecision: 'day',
      dateBasis: '',
    },
  ],
};

function statement(outlet: string, overrides: Partial<Statement> = {}): Statement {
  return {
    id: 's',
    kind: 'quote',
    speaker: 'jane-roe',
    text: 'We will not walk away.',
    date: '2025-10-07',
    datePrecision: 'day',
    dateBasis: '',
    outlet,
    source: 'wapo',
    context: '',
    numbers: [],
    negated: false,
    ...overrides,
  };
}

const AS_OF = '2025-10-09'; // a Thursday: Tuesday 7 October is two days before

/** [kind, outlet, house citation, AP citation] */
const CASES: [string, string, string, string][] = [
  [
    'no venue',
    '',
    '“We will not walk away,” Jane Roe said (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday, according to The Washington Post.',
  ],
  [
    'programme',
    'Fox News Sunday',
    '“We will not walk away,” Jane Roe said on Fox News Sunday (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday on “Fox News Sunday,” according to The Washington Post.',
  ],
  [
    'network’s programme',
    'CBS’s Face the Nation',
    '“We will not walk away,” Jane Roe said on CBS’s Face the Nation (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday on CBS’s “Face the Nation,” according to The Washington Post.',
  ],
  [
    'broadcaster',
    'BBC',
    '“We will not walk away,” Jane Roe said on the BBC (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday on the BBC, according to The Washington Post.',
  ],
  [
    'unlisted broadcaster',
    'Radio Nordland',
    '“We will not walk away,” Jane Roe said on Radio Nordland (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday on Radio Nordland, according to The Washington Post.',
  ],
  [
    'reporters',
    'told reporters',
    '“We will not walk away,” Jane Roe told reporters (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe told reporters Tuesday, according to The Washington Post.',
  ],
  [
    'reporters, with a place',
    'told reporters in Brussels',
    '“We will not walk away,” Jane Roe told reporters in Brussels (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe told reporters in Brussels Tuesday, according to The Washington Post.',
  ],
  [
    'an audience',
    'told allies',
    '“We will not walk away,” Jane Roe told allies (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe told allies Tuesday, according to The Washington Post.',
  ],
  [
    'place',
    'Brussels, alongside Ursula von der Leyen',
    '“We will not walk away,” Jane Roe said in Brussels, alongside Ursula von der Leyen (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday in Brussels, alongside Ursula von der Leyen, according to The Washington Post.',
  ],
  [
    'social post',
    'X',
    '“We will not walk away,” Jane Roe wrote on X (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe wrote Tuesday on X, according to The Washington Post.',
  ],
  [
    'social post, described',
    'a post on X',
    '“We will not walk away,” Jane Roe wrote in a post on X (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe wrote Tuesday in a post on X, according to The Washington Post.',
  ],
  [
    'platform',
    'Telegram',
    '“We will not walk away,” Jane Roe wrote on Telegram (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe wrote Tuesday on Telegram, according to The Washington Post.',
  ],
  [
    'newspaper',
    'Harbour Gazette',
    '“We will not walk away,” Jane Roe told the Harbour Gazette (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe told the Harbour Gazette Tuesday, according to The Washington Post.',
  ],
  [
    'newspaper that published it',
    'The Washington Post',
    '“We will not walk away,” Jane Roe told The Washington Post (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe told The Washington Post Tuesday.',
  ],
  [
    'wire',
    'Reuters',
    '“We will not walk away,” Jane Roe told Reuters (Tuesday 7 OctOber 2025; The Washington Post).'.replace(
      'OctOber',
      'October',
    ),
    '“We will not walk away,” Mayor Jane Roe told Reuters Tuesday, according to The Washington Post.',
  ],
  [
    'newspaper interview',
    'Harbour Gazette interview',
    '“We will not walk away,” Jane Roe said in an interview with the Harbour Gazette (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday in an interview with the Harbour Gazette, according to The Washington Post.',
  ],
  [
    'broadcast interview',
    'ABC News interview',
    '“We will not walk away,” Jane Roe said in an interview with ABC News (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday in an interview with ABC News, according to The Washington Post.',
  ],
  [
    'interview, no outlet',
    'interview after the summit',
    '“We will not walk away,” Jane Roe said in an interview after the summit (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday in an interview after the summit, according to The Washington Post.',
  ],
  [
    'press conference',
    'press conference',
    '“We will not walk away,” Jane Roe said at a press conference (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday at a news conference, according to The Washington Post.',
  ],
  [
    'press conference, placed',
    'Tokyo press conference',
    '“We will not walk away,” Jane Roe said at a Tokyo press conference (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday at a Tokyo news conference, according to The Washington Post.',
  ],
  [
    'named conference',
    'Munich Security Conference',
    '“We will not walk away,” Jane Roe said at the Munich Security Conference (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday at the Munich Security Conference, according to The Washington Post.',
  ],
  [
    'meeting',
    'meeting with Defense Ministry officials',
    '“We will not walk away,” Jane Roe said at a meeting with Defense Ministry officials (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday at a meeting with Defense Ministry officials, according to The Washington Post.',
  ],
  [
    'council meeting',
    'city council meeting',
    '“We will not walk away,” Jane Roe said at a city council meeting (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday at a city council meeting, according to The Washington Post.',
  ],
  [
    'hearing',
    'Senate hearing',
    '“We will not walk away,” Jane Roe said at a Senate hearing (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday at a Senate hearing, according to The Washington Post.',
  ],
  [
    'rally',
    'rally',
    '“We will not walk away,” Jane Roe said at a rally (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday at a rally, according to The Washington Post.',
  ],
  [
    'earnings call',
    'earnings call',
    '“We will not walk away,” Jane Roe said on an earnings call (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday on an earnings call, according to The Washington Post.',
  ],
  [
    'parliament',
    'parliament',
    '“We will not walk away,” Jane Roe said in Parliament (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday in Parliament, according to The Washington Post.',
  ],
  [
    'house of parliament',
    'House of Commons',
    '“We will not walk away,” Jane Roe said in the House of Commons (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday in the House of Commons, according to The Washington Post.',
  ],
  [
    'court',
    'court',
    '“We will not walk away,” Jane Roe said in court (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday in court, according to The Washington Post.',
  ],
  [
    'named court',
    'Southwark Crown Court',
    '“We will not walk away,” Jane Roe said at Southwark Crown Court (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday at Southwark Crown Court, according to The Washington Post.',
  ],
  [
    'statement',
    'statement',
    '“We will not walk away,” Jane Roe said in a statement (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday in a statement, according to The Washington Post.',
  ],
  [
    'audio message',
    'audio message to reporters',
    '“We will not walk away,” Jane Roe said in an audio message to reporters (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday in an audio message to reporters, according to The Washington Post.',
  ],
  [
    'op-ed',
    'op-ed',
    '“We will not walk away,” Jane Roe wrote in an op-ed (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe wrote Tuesday in an op-ed, according to The Washington Post.',
  ],
  [
    'dispatch for an institution',
    'online dispatch (Atlantic Council)',
    '“We will not walk away,” Jane Roe wrote in an online dispatch for the Atlantic Council (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe wrote Tuesday in an online dispatch for the Atlantic Council, according to The Washington Post.',
  ],
  [
    'participle clause',
    'speaking to European leaders',
    '“We will not walk away,” Jane Roe said, speaking to European leaders (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday, speaking to European leaders, according to The Washington Post.',
  ],
  [
    'prepositional phrase',
    'during talks in Geneva',
    '“We will not walk away,” Jane Roe said during talks in Geneva (Tuesday 7 October 2025; The Washington Post).',
    '“We will not walk away,” Mayor Jane Roe said Tuesday during talks in Geneva, according to The Washington Post.',
  ],
];

describe('Citations: every kind of outlet and venue, in both styles', () => {
  for (const [kind, outlet, house, ap] of CASES) {
    it(`${kind} (“${outlet}”)`, () => {
      assert.equal(formatCitation(statement(outlet), corpus), house);
      assert.equal(formatCitation(statement(outlet), corpus, { style: 'house' }), house);
      assert.equal(formatCitation(statement(outlet), corpus, { style: 'ap', asOf: AS_OF }), ap);
    });
  }

  it('never writes “said told”, “said on Brussels” or “said on” a place, whatever the outlet', () => {
    for (const [, outlet] of CASES) {
      for (const style of ['house', 'ap'] as const) {
        const citation = formatCitation(statement(outlet), corpus, { style, asOf: AS_OF });
        assert.doesNotMatch(
          citation,
          /\b(?:said|wrote) (?:\w+ )?told\b|said on Brussels|\bon (?:a|an) (?:statement|op-ed|rally)|\s{2}|,,|\.\./,
          citation,
        );
      }
    }
  });

  it('venues from the newsroom corpora in test/: courts, committees, phone-ins, op-eds, channels, podcasts', () => {
    const said = (outlet: string) => {
      const venue = venueOf(outlet);
      return venue.phrase.startsWith(',') ? `${venue.verb}${venue.phrase}` : `${venue.verb} ${venue.phrase}`;
    };
    assert.deepEqual(
      [
        'prosecution opening speech, Southwark Crown Court',
        'evidence in the witness box, Southwark Crown Court',
        'cross-examination, Southwark Crown Court',
        'sentencing remarks, Southwark Crown Court',
        'statement to reporters outside court',
        'Culture, Media and Sport Committee',
        'Wales Speaks phone-in, Radio Cenedl',
        'Hafren Valley University Health Board public board meeting, Aberhafren',
        'The Cardiff Courier (op-ed)',
        'Channel 7 leaders’ debate',
        'Capital News 24',
        'Rail Business Daily',
        'Flygfritt podcast',
        'The Orbit podcast',
        'National Environment Agency annual inventory',
        'LinkedIn post',
        'told the Castlemere Evening Chronicle',
      ].map(said),
      [
        'said in a prosecution opening speech at Southwark Crown Court',
        'said in evidence in the witness box at Southwark Crown Court',
        'said under cross-examination at Southwark Crown Court',
        'said in sentencing remarks at Southwark Crown Court',
        'said in a statement to reporters outside court',
        'said at the Culture, Media and Sport Committee',
        'said on a Wales Speaks phone-in on Radio Cenedl',
        'said at a Hafren Valley University Health Board public board meeting in Aberhafren',
        'wrote in an op-ed in The Cardiff Courier',
        'said at a Channel 7 leaders’ debate',
        'said on Capital News 24',
        'told the Rail Business Daily',
        'said on the Flygfritt podcast',
        'said on The Orbit podcast',
        'said in the National Environment Agency annual inventory',
        'wrote on LinkedIn',
        'told the Castlemere Evening Chronicle',
      ],
    );
  });

  it('a place the source put after “on” or “at” keeps that preposition (from the record’s context)', () => {
    assert.equal(
      venueOf('Wales Speaks', [], 'Roe said on Wales Speaks that the plan was dead.').phrase,
      'on Wales Speaks',
    );
    assert.equal(venueOf('Kyiv', [], '').phrase, 'in Kyiv');
  });

  it('an outlet field too long to be a venue (notes pasted in) is kept whole after “said,”, not taken apart', () => {
    const notes = `${'notes from the council meeting about the harbour budget, '.repeat(200)}end`;
    assert.deepEqual(venueOf(notes), { kind: 'phrase', verb: 'said', phrase: `, ${notes}` });
  });

  it('an outlet the corpus publishes is told, not a place', () => {
    assert.deepEqual(venueOf('Vestkyst Morgen', ['Vestkyst Morgen']), {
      kind: 'publication',
      verb: 'told',
      phrase: 'Vestkyst Morgen',
      publication: 'Vestkyst Morgen',
    });
  });
});

describe('Citations: speakers and dates in AP style', () => {
  it('capitalises a formal title held on the day, abbreviates “Senator”, and lower-cases none of the name', () => {
    assert.equal(
      formatCitation(statement('Fox News', { speaker: 'marco-rubio', date: '2025-08-17' }), corpus, {
        style: 'ap',
        asOf: '2025-08-18',
      }),
      '“We will not walk away,” Secretary of State Marco Rubio said Sunday on Fox News, according to The Washington Post.',
    );
    // Before he took office: the Florida title is too long to go before the name, so none.
    assert.equal(
      formatCitation(statement('', { speaker: 'marco-rubio', date: '2024-03-05' }), corpus, {
        style: 'ap',
        asOf: '2025-08-18',
      }),
      '“We will not walk away,” Marco Rubio said March 5, 2024, according to The Washington Post.',
    );
    assert.equal(
      formatCitation(statement('told reporters', { speaker: 'dmitry-peskov' }), corpus, { style: 'ap' }),
      '“We will not walk away,” Kremlin spokesman Dmitry Peskov told reporters Oct. 7, 2025, according to The Washington Post.',
    );
    assert.equal(
      formatCitation(statement('', { speaker: 'official' }), corpus, { style: 'ap', asOf: AS_OF }),
      '“We will not walk away,” a senior U.S. official said Tuesday, according to The Washington Post.',
    );
  });

  it('dates: the weekday within six days, the month abbreviated with a day, the year only outside the current one', () => {
    const at = (date: string, datePrecision: Statement['datePrecision'] = 'day') => ({ date, datePrecision });
    assert.equal(apDate(at('2025-10-07'), '2025-10-09', false), 'Tuesday');
    assert.equal(apDate(at('2025-10-02'), '2025-10-09', false), 'Oct. 2');
    assert.equal(apDate(at('2025-10-03'), '2025-10-09', false), 'Friday');
    assert.equal(apDate(at('2025-09-08'), '2025-10-09', false), 'Sept. 8');
    assert.equal(apDate(at('2024-03-05'), '2025-10-09', true), 'March 5, 2024,');
    assert.equal(apDate(at('2025-10-08'), undefined, false), 'Oct. 8, 2025');
    assert.equal(apDate(at('2025-08', 'month'), '2025-10-09', false), 'in August');
    assert.equal(apDate(at('2024-08', 'month'), '2025-10-09', false), 'in August 2024');
    assert.equal(apDate(at('2024', 'year'), '2025-10-09', false), 'in 2024');
    assert.equal(apDate(at('2025-08-11', 'week'), '2025-10-09', false), 'the week of Aug. 11');
    // A date after the citation's own is never "Tuesday": it is not last Tuesday.
    assert.equal(apDate(at('2025-10-14'), '2025-10-09', false), 'Oct. 14');
  });

  it('a quotation ending in ? or … keeps its mark and takes no comma', () => {
    assert.equal(
      formatCitation(statement('', { text: 'Why would we?' }), corpus),
      '“Why would we?” Jane Roe said (Tuesday 7 October 2025; The Washington Post).',
    );
  });
});

describe('Citations: a reported claim is quoted and credited, never passed off', () => {
  const claim = (overrides: Partial<Statement>) =>
    statement('', { kind: 'claim', text: 'The council voted 12 to 3 for the twinning.', speaker: null, ...overrides });

  it('a fact the article reports on its own authority: the publisher reported it, in quotation marks', () => {
    assert.equal(
      formatCitation(claim({}), corpus),
      'The Washington Post reported that “The council voted 12 to 3 for the twinning” (Tuesday 7 October 2025).',
    );
    assert.equal(
      formatCitation(claim({}), corpus, { style: 'ap', asOf: AS_OF }),
      'The Washington Post reported Tuesday that “The council voted 12 to 3 for the twinning.”',
    );
  });

  it('a paraphrase of a speaker: the words are the article’s, so the article is credited and the speaker cited', () => {
    const paraphrase = claim({
      speaker: 'jane-roe',
      text: 'the city would not walk away from the twinning',
      outlet: 'told reporters',
      source: 'gazette',
    });
    assert.equal(
      formatCitation(paraphrase, corpus),
      'The Harbour Gazette reported that “the city would not walk away from the twinning” (per Jane Roe, who told reporters; Tuesday 7 October 2025).',
    );
    assert.equal(
      formatCitation(paraphrase, corpus, { style: 'ap', asOf: AS_OF }),
      'The Harbour Gazette reported Tuesday, citing Mayor Jane Roe, that “the city would not walk away from the twinning.”',
    );
  });

  it('every claim citation has the record’s words inside quotation marks', () => {
    for (const [, outlet] of CASES) {
      for (const style of ['house', 'ap'] as const) {
        const citation = formatCitation(claim({ outlet, speaker: 'jane-roe' }), corpus, { style, asOf: AS_OF });
        assert.match(citation, /“The council voted 12 to 3 for the twinning\.?”/, citation);
        assert.match(citation, /^The Washington Post reported /, citation);
      }
    }
  });
});
