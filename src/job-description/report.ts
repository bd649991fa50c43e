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
  /** The title against the content, when they disagree. */
  mismatch?: string | undefined;
  /** The answers' heading. */
  answersTitle: string;
  /** Each question: its prompt, the answer kept, and the sentences that gave it (none when the text says nothing). */
  answers: readonly { prompt: string; answer: string; sentences: readonly string[] }[];
  /** The verdict's heading and sentence. */
  verdictTitle: string;
  verdict: string;
  /** What the text leaves undecided, each point with its quote. */
  undecidedTitle: string;
  undecided: readonly string[];
  /** The quiz's result for the answers kept: its label and address. */
  result: { label: string; href: string };
}

/** Renders the findings as plain text, one blank line between blocks. */
export function renderFindings(findings: Findings): string {
  const blocks: string[] = [`# ${findings.title}`, findings.note];
  if (findings.mismatch) blocks.push(findings.mismatch);
  blocks.push(
    `## ${findings.answersTitle}`,
    findings.answers
      .map(({ prompt, answer, sentences }) =>
        [`- ${prompt}`, `  ${answer}`, ...sentences.map((sentence) => `  > ${sentence}`)].join('\n'),
      )
      .join('\n'),
    `## ${findings.verdictTitle}`,
    findings.verdict,
  );
  if (findings.undecided.length > 0) {
    blocks.push(`## ${findings.undecidedTitle}`, findings.undecided.map((point) => `- ${point}`).join('\n'));
  }
  blocks.push(`${findings.result.label}: ${findings.result.href}`);
  return `${blocks.map((block) => block.replace(/[ \t]+\n/g, '\n').trim()).join('\n\n')}\n`;
}
