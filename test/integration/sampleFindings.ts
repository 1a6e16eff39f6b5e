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
    kind: 'supported',
    text: 'robust security guarantees',
    message: 'Sourced: Steve Witkoff, 17 Aug 2025.',
  },
  {
    kind: 'wrong-outlet',
    text: 'CNN',
    message: 'Wrong outlet: “CNN” where the record has “Fox News Sunday” — Steve Witkoff, 17 Aug 2025.',
  },
  {
    kind: 'supported',
    text: 'Witkoff also said the Russians had agreed they would not try to take any additional land from Ukraine after a peace deal.',
    message: 'Matches the record: Steve Witkoff, 17 Aug 2025.',
  },
  {
    kind: 'supported',
    text: 'They would attest to not violating any European borders,',
    message: 'Sourced: Steve Witkoff, 17 Aug 2025.',
  },
  {
    kind: 'wrong-number',
    text: 'two',
    message: 'Wrong number: “two” where the record has “three” — The Washington Post, 15 Aug 2025.',
  },
  {
    kind: 'wrong-date',
    text: 'Saturday',
    message: 'Wrong date: “Saturday” where the record has “Sunday” — Marco Rubio, CBS’s Face the Nation, 17 Aug 2025.',
  },
  {
    kind: 'supported',
    text: 'It will require both sides to make concessions,',
    message: 'Sourced: Marco Rubio, CBS’s Face the Nation, 17 Aug 2025.',
  },
  {
    kind: 'misquote',
    text: 'Ukraine',
    occurrence: 5,
    message: 'Misquote: “Ukraine” where the record has “Russia” — Marco Rubio, CBS’s Face the Nation, 17 Aug 2025.',
  },
  {
    kind: 'negation',
    text: 'had promised',
    message:
      'Says the opposite: “had promised” where the record has “never promised” — Marco Rubio, Fox News, 17 Aug 2025.',
  },
  {
    kind: 'supported',
    text: 'under the pressure of weapons.',
    message: 'Sourced: Volodymyr Zelensky, 17 Aug 2025.',
  },
  {
    kind: 'misattribution',
    text: 'French President Emmanuel Macron',
    message:
      'Wrong speaker: “French President Emmanuel…” where the record has “Ursula von der Leyen” — Brussels, alongside Volodymyr Zelensky, 17 Aug 2025.',
  },
  {
    kind: 'unverified-quote',
    text: 'Nobody in Europe will sign off on a deal that rewards aggression,',
    message:
      'Unverified quote: nothing in the corpus matches this quotation attributed to Alexander Stubb. Check it against your notes or recording.',
  },
  {
    kind: 'supported',
    text: 'We are not going to put 1 million Ukrainians into occupation,',
    message: 'Sourced: a Ukrainian official, week of 11 Aug 2025.',
  },
  {
    kind: 'supported',
    text: 'level the negotiating balance.',
    message: 'Sourced: Volodymyr Fesenko, week of 11 Aug 2025.',
  },
  {
    kind: 'supported',
    text: 'He [Trump] took Putin’s side in Alaska, and before that, in July, he took our side,',
    message: 'Sourced: Volodymyr Fesenko, week of 11 Aug 2025.',
  },
  {
    kind: 'supported',
    text: 'Donald Trump got flattered by Vladimir Putin. But when it comes to Ukraine and our European allies, this was a setback,',
    message: 'Sourced: Chris Van Hollen, ABC’s This Week, 17 Aug 2025.',
  },
  {
    kind: 'supported',
    text: 'We want peace very much, but we need real security guarantees.',
    message: 'Sourced: Volodymyr Zelensky, 14 Feb 2025.',
  },
  {
    kind: 'wrong-number',
    text: '60',
    message: 'Wrong number: “60” where the record has “90” — Volodymyr Zelensky, week of 10 Feb 2025.',
  },
];

/** What the sample draft should get and the engine does not give (yet): shown as pending tests. */
export const SAMPLE_GAPS: string[] = [];
