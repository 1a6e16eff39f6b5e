/** Who is named in a draft and who a sentence attributes its words to. */
import * as assert from 'assert';
import { loadBundledCorpus } from '../../src/engine';
import { PersonDirectory, findAttribution } from '../../src/engine/draft/people';
import { extractClaims, type SpeakerState } from '../../src/engine/draft/analyse';
import { splitParagraphs } from '../../src/engine/draft/segment';
import { tokenize } from '../../src/engine/text/tokens';

const directory = new PersonDirectory(loadBundledCorpus().people);

function mentions(text: string) {
  return directory
    .findMentions(tokenize(text), text)
    .map((m) => ({ id: m.personId, text: text.slice(m.start, m.end), via: m.via }));
}

function speakerOf(text: string): string | undefined {
  const tokens = tokenize(text);
  return findAttribution(tokens, directory.findMentions(tokens, text)).mention?.personId;
}

/** The speaker given to each quotation of a multi-paragraph draft, in order. */
function quoteSpeakers(text: string): (string | null)[] {
  let state: SpeakerState = { lastSpeaker: null };
  const speakers: (string | null)[] = [];
  for (const paragraph of splitParagraphs(text)) {
    const claims = extractClaims(text, paragraph, directory, state);
    speakers.push(...claims.quotes.map((q) => q.speaker));
    state = claims.state;
  }
  return speakers;
}

describe('engine: PersonDirectory.findMentions', () => {
  it('finds every spelling of Zelensky, with and without a title or first name', () => {
    assert.deepStrictEqual(mentions('Zelensky, Zelenskyy, Zelenskiy, Mr Zelensky and Volodymyr Zelensky spoke.'), [
      { id: 'volodymyr-zelensky', text: 'Zelensky', via: 'name' },
      { id: 'volodymyr-zelensky', text: 'Zelenskyy', via: 'name' },
      { id: 'volodymyr-zelensky', text: 'Zelenskiy', via: 'name' },
      { id: 'volodymyr-zelensky', text: 'Zelensky', via: 'name' },
      { id: 'volodymyr-zelensky', text: 'Volodymyr Zelensky', via: 'name' },
    ]);
  });

  it('finds role phrases, lower-case included, and a role followed by the name as one mention (a description keeps its article)', () => {
    assert.deepStrictEqual(mentions('the secretary of state met Kremlin spokesman Dmitry Peskov'), [
      { id: 'marco-rubio', text: 'the secretary of state', via: 'role' },
      { id: 'dmitry-peskov', text: 'Kremlin spokesman Dmitry Peskov', via: 'name' },
    ]);
  });

  it('requires a capital for a surname ("rubio" is not Rubio)', () => {
    assert.deepStrictEqual(mentions('the rubio plan'), []);
  });

  it('resolves a misspelled name next to a speech verb by the fuzzy fallback', () => {
    assert.deepStrictEqual(mentions('Zelenskky said it.'), [
      { id: 'volodymyr-zelensky', text: 'Zelenskky', via: 'fuzzy' },
    ]);
  });

  it('keeps an unknown named speaker as unknown:<name>', () => {
    assert.deepStrictEqual(mentions('It was said by Sergei Lavrov.'), []);
    assert.deepStrictEqual(mentions('Then said Lavrov: no.'), [
      { id: 'unknown:Lavrov', text: 'Lavrov', via: 'unknown' },
    ]);
    assert.deepStrictEqual(mentions('Sergei Lavrov said it.'), [
      { id: 'unknown:Sergei Lavrov', text: 'Sergei Lavrov', via: 'unknown' },
    ]);
  });

  // BUG (reported): a lone unknown surname that is the first token of the words around a quote is
  // dropped, so `“…,” Lavrov said.` has no speaker at all (and the quote is judged "supported"
  // for whoever the record names). Tokens outside a quotation start at 0 after the quote.
  it('keeps a lone unknown surname before "said" even when it is the first word ("Lavrov said")', () => {
    assert.deepStrictEqual(mentions('Lavrov said it.'), [{ id: 'unknown:Lavrov', text: 'Lavrov', via: 'unknown' }]);
  });

  it('reads an unknown body of four words or more whole, not from its second word ("Coast Hospital Group")', () => {
    assert.deepStrictEqual(mentions('In a statement, the West Coast Hospital Group said it was working intensively.'), [
      { id: 'unknown:West Coast Hospital Group', text: 'West Coast Hospital Group', via: 'unknown' },
    ]);
    assert.deepStrictEqual(mentions('The Port Carver Downtown Business Alliance said fares matter.'), [
      {
        id: 'unknown:Port Carver Downtown Business Alliance',
        text: 'Port Carver Downtown Business Alliance',
        via: 'unknown',
      },
    ]);
    assert.deepStrictEqual(mentions('West Midlands Police said the road was closed.'), [
      { id: 'unknown:West Midlands Police', text: 'West Midlands Police', via: 'unknown' },
    ]);
  });

  it('keeps a person’s unknown name to three words after capitalised words that are not a body', () => {
    // "Tesla Executive Elon Musk": four capitalised words ending in a person's name, read as before.
    assert.deepStrictEqual(mentions('Tesla Executive Elon Musk said it.'), [
      { id: 'unknown:Executive Elon Musk', text: 'Executive Elon Musk', via: 'unknown' },
    ]);
  });

  it('finds an alias that opens with a possessive ("Trump’s foreign policy team")', () => {
    assert.deepStrictEqual(mentions('Meanwhile, Trump’s foreign policy team has suggested it.'), [
      { id: 'trump-foreign-policy-team', text: 'Trump’s foreign policy team', via: 'name' },
    ]);
    assert.deepStrictEqual(mentions('Trump’s envoy arrived.'), [{ id: 'donald-trump', text: 'Trump’s', via: 'name' }]);
  });
});

describe('engine: findAttribution', () => {
  it('"X said", "said X", "according to X", "X told reporters"', () => {
    assert.strictEqual(speakerOf('Rubio said the talks went well.'), 'marco-rubio');
    assert.strictEqual(speakerOf('The talks went well, said Rubio.'), 'marco-rubio');
    assert.strictEqual(speakerOf('According to Peskov, the talks went well.'), 'dmitry-peskov');
    assert.strictEqual(speakerOf('Witkoff told reporters the talks went well.'), 'steve-witkoff');
  });

  it('a role phrase attributes: "Kremlin spokesman Dmitry Peskov said", "the secretary of state said"', () => {
    assert.strictEqual(speakerOf('Kremlin spokesman Dmitry Peskov said the talks went well.'), 'dmitry-peskov');
    assert.strictEqual(speakerOf('The talks went well, the secretary of state said.'), 'marco-rubio');
  });

  it('the audience after "told" is not the speaker', () => {
    assert.strictEqual(speakerOf('Rubio told Vance the talks went well.'), 'marco-rubio');
    assert.strictEqual(speakerOf('He told Zelensky that the talks went well.'), undefined);
  });

  it('the person after "with" or a possessive is not the speaker', () => {
    assert.strictEqual(speakerOf('In an interview with Bartiromo, Rubio said the talks went well.'), 'marco-rubio');
    assert.strictEqual(speakerOf('Putin’s spokesman Peskov said the talks went well.'), 'dmitry-peskov');
  });

  it('flags a bare pronoun for the caller to resolve', () => {
    const text = 'He said the talks went well.';
    const tokens = tokenize(text);
    assert.deepStrictEqual(findAttribution(tokens, directory.findMentions(tokens, text)), {
      pronoun: true,
      hasSpeechVerb: true,
    });
  });

  it('returns nothing without a speech verb', () => {
    const text = 'Rubio met Vance in Washington.';
    const tokens = tokenize(text);
    assert.deepStrictEqual(findAttribution(tokens, directory.findMentions(tokens, text)), {
      pronoun: false,
      hasSpeechVerb: false,
    });
  });
});

describe('engine: pronouns and carried speakers (extractClaims)', () => {
  it('"he said" resolves to the nearest earlier speaker, across sentences', () => {
    assert.deepStrictEqual(
      quoteSpeakers('Rubio spoke first. Then Witkoff took questions. “We are close to a deal,” he said.'),
      ['steve-witkoff'],
    );
  });

  it('"he said" resolves across paragraphs', () => {
    assert.deepStrictEqual(
      quoteSpeakers(
        'Rubio spoke to reporters on Sunday.\n\n“It will require both sides to make concessions,” he said.',
      ),
      ['marco-rubio'],
    );
  });

  it('a pronoun with no earlier speaker stays unresolved, but the quote counts as attributed', () => {
    const text = '“We are close to a deal,” he said.';
    const claims = extractClaims(text, { start: 0, end: text.length }, directory, { lastSpeaker: null });
    assert.strictEqual(claims.quotes.length, 1);
    assert.strictEqual(claims.quotes[0].speaker, null);
    assert.strictEqual(claims.quotes[0].attributed, true);
  });

  it('a follow-on quotation in the same paragraph keeps the speaker', () => {
    assert.deepStrictEqual(quoteSpeakers('“Ukraine is a sovereign country,” Rubio said. “It is a fact.”'), [
      'marco-rubio',
      'marco-rubio',
    ]);
  });

  it('named speakers are taken per quotation', () => {
    assert.deepStrictEqual(quoteSpeakers('“We want peace,” Zelenskyy said. “We want land,” said Putin.'), [
      'volodymyr-zelensky',
      'vladimir-putin',
    ]);
  });
});
