/**
 * The findings of a job description as plain text, for an email to the hiring team: what the
 * page shows, in the page's language, in the order it shows it. Pure: the words come in as the
 * page has them (the island reads them from the page), the text goes out.
 */

/** What the page shows of a reading, as words. */
export interface Findings {
  /** The findings' heading. */
  title: string;
  /** That the reading is the site's, and what it is not. */
  note: string;
  /** The title against the content, when they disagree, and the sentences and statements behind it. */
  mismatch?:
    { sentence: string; reasons: readonly { sentences: readonly string[]; statement: string }[] } | undefined;
  /** The answers' heading. */
  answersTitle: string;
  /**
   * Each question: its prompt, the answer kept, the sentences that gave it (none when the text
   * says nothing), and what the quiz says of that answer, with its quotes (`formatStatement`).
   */
  answers: readonly { prompt: string; answer: string; sentences: readonly string[]; statement: string }[];
  /** The verdict's heading and sentence. */
  verdictTitle: string;
  verdict: string;
  /** What the text leaves undecided, each point with its quotes (`formatStatement`). */
  undecidedTitle: string;
  undecided: readonly string[];
  /** The quiz's result for the answers kept: its label and address. */
  result: { label: string; href: string };
}

/** A statement with its quotes, each with its passage's name, on lines of their own. */
export function formatStatement(text: string, quotes: readonly { quote: string; passage: string }[]): string {
  return [text, ...quotes.map(({ quote, passage }) => `> “${quote}” (${passage})`)].join('\n');
}

/** Indents the lines after the first by two spaces: a block inside a list item. */
const inItem = (lines: readonly string[]) => lines.filter(Boolean).join('\n').replace(/\n/g, '\n  ');

/** Renders the findings as plain text, one blank line between blocks. */
export function renderFindings(findings: Findings): string {
  const quoted = (sentences: readonly string[]) => sentences.map((sentence) => `> ${sentence}`);
  const blocks: string[] = [`# ${findings.title}`, findings.note];
  if (findings.mismatch) {
    blocks.push(
      [
        findings.mismatch.sentence,
        ...findings.mismatch.reasons.map(
          ({ sentences, statement }) => `- ${inItem([...quoted(sentences), statement])}`,
        ),
      ].join('\n'),
    );
  }
  blocks.push(
    `## ${findings.answersTitle}`,
    findings.answers
      .map(
        ({ prompt, answer, sentences, statement }) =>
          `- ${inItem([prompt, answer, ...quoted(sentences), statement])}`,
      )
      .join('\n'),
    `## ${findings.verdictTitle}`,
    findings.verdict,
  );
  if (findings.undecided.length > 0) {
    blocks.push(
      `## ${findings.undecidedTitle}`,
      findings.undecided.map((point) => `- ${inItem([point])}`).join('\n'),
    );
  }
  blocks.push(`${findings.result.label}: ${findings.result.href}`);
  return `${blocks.map((block) => block.replace(/[ \t]+\n/g, '\n').trim()).join('\n\n')}\n`;
}
