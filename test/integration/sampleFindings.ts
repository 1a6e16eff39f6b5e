// What the engine reports on samples/draft.md and a reporter would agree with, as the extension must
// show it. Findings that looked wrong are left out (see SAMPLE_GAPS and the issue-5 report), not enshrined.
// Refresh when the engine's messages change: every entry is checked for exact range and message.

export interface ExpectedFinding {
  kind: string;
  /** The exact text the diagnostic's range covers. */
  text: string;
  /** Which occurrence of `text` in the draft, when it appears more than once. */
  occurrence?: number;
  message: string;
}

export const SAMPLE_FINDINGS: ExpectedFinding[] = [
  {
    "kind": "supported",
    "text": "robust security guarantees",
    "message": "Sourced: Steve Witkoff, Sunday 17 August 2025."
  },
  {
    "kind": "wrong-outlet",
    "text": "CNN",
    "message": "Wrong outlet: the record has Fox News Sunday, not CNN — Steve Witkoff, Fox News Sunday, Sunday 17 August 2025."
  },
  {
    "kind": "supported",
    "text": "Witkoff also said the Russians had agreed they would not try to take any additional land from Ukraine after a peace deal.",
    "message": "Matches the record: Steve Witkoff, Sunday 17 August 2025."
  },
  {
    "kind": "supported",
    "text": "They would attest to not violating any European borders,",
    "message": "Sourced: Steve Witkoff, Sunday 17 August 2025."
  },
  {
    "kind": "wrong-number",
    "text": "two",
    "message": "Wrong number: the record says three-hour, not two — The Washington Post, Friday 15 August 2025."
  },
  {
    "kind": "wrong-date",
    "text": "Saturday",
    "message": "Wrong day: the record is Sunday 17 August 2025, not Saturday — Marco Rubio, CBS’s Face the Nation, Sunday 17 August 2025."
  },
  {
    "kind": "supported",
    "text": "It will require both sides to make concessions,",
    "message": "Sourced: Marco Rubio, CBS’s Face the Nation, Sunday 17 August 2025."
  },
  {
    "kind": "misquote",
    "text": "It’s just a fact, and there are things that maybe Ukraine is holding now that they’re going to have to give up.",
    "message": "Misquote: the record reads “It’s just a fact, and there are things that maybe Russia is holding now that they’re goin…” — Marco Rubio, CBS’s Face the Nation, Sunday 17 August 2025."
  },
  {
    "kind": "negation",
    "text": "But Rubio, speaking to Maria Bartiromo on Fox News, said the administration had promised that Friday's summit with Putin would result in a ceasefire deal.",
    "message": "Says the opposite of the record: “Mr Rubio, speaking to host Maria Bartiromo on Fox News, said Sunday that the Trump admini…” — Marco Rubio, Fox News, Sunday 17 August 2025."
  },
  {
    "kind": "supported",
    "text": "under the pressure of weapons.",
    "message": "Sourced: Volodymyr Zelensky, Brussels, alongside Ursula von der Leyen, Sunday 17 August 2025."
  },
  {
    "kind": "misattribution",
    "text": "French President Emmanuel Macron",
    "message": "Wrong speaker: the record gives these words to Ursula von der Leyen, not Emmanuel Macron — Ursula von der Leyen, Brussels, alongside Volodymyr Zelensky, Sunday 17 August 2025."
  },
  {
    "kind": "unverified-quote",
    "text": "Nobody in Europe will sign off on a deal that rewards aggression,",
    "message": "Unverified quote: nothing in the corpus matches this quotation attributed to Alexander Stubb. Check it against your notes or recording."
  },
  {
    "kind": "supported",
    "text": "We are not going to put 1 million Ukrainians into occupation,",
    "message": "Sourced: a Ukrainian official, week of 11 August 2025."
  },
  {
    "kind": "supported",
    "text": "level the negotiating balance.",
    "message": "Sourced: Volodymyr Fesenko, week of 11 August 2025."
  },
  {
    "kind": "supported",
    "text": "He [Trump] took Putin’s side in Alaska, and before that, in July, he took our side,",
    "message": "Sourced: Volodymyr Fesenko, week of 11 August 2025."
  },
  {
    "kind": "supported",
    "text": "Donald Trump got flattered by Vladimir Putin. But when it comes to Ukraine and our European allies, this was a setback,",
    "message": "Sourced: Chris Van Hollen, ABC’s This Week, Sunday 17 August 2025."
  },
  {
    "kind": "supported",
    "text": "We want peace very much, but we need real security guarantees.",
    "message": "Sourced: Volodymyr Zelensky, Munich Security Conference, Friday 14 February 2025."
  },
  {
    "kind": "wrong-number",
    "text": "60",
    "message": "Wrong number: the record says 90 minutes, not 60 — Volodymyr Zelensky, week of 10 February 2025."
  }
];

/** What the sample draft should get and the engine does not give (yet): shown as pending tests. */
export const SAMPLE_GAPS: string[] = [];
