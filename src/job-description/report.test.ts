import { expect, test } from 'vitest';
import { formatStatement, renderFindings, type Findings } from './report.ts';

const channel = formatStatement(
  'According to the second article, the CSO role works best with a single channel.',
  [
    {
      quote: 'This role works best in simpler business environments with a single sales channel.',
      passage: 'CRO or CSO? › The fundamental differences',
    },
  ],
);

const findings: Findings = {
  title: 'What the job description says',
  note: 'Site’s reading: the site’s reading.',
  mismatch: {
    sentence: 'Titled “CRO”, but what it asks for is what the articles call a CSO’s job:',
    reasons: [{ sentences: ['“We sell through one channel.”'], statement: channel }],
  },
  answersTitle: 'Answers',
  answers: [
    {
      prompt: 'How many sales channels?',
      answer: 'Just one',
      sentences: ['“We sell through one channel.”'],
      statement: channel,
    },
    {
      prompt: 'What is the most urgent goal?',
      answer: 'Not sure. The job description does not say.',
      sentences: [],
      statement: '',
    },
  ],
  verdictTitle: 'Verdict',
  verdict: 'The company needs a CSO.',
  undecidedTitle: 'What it leaves undecided',
  undecided: [
    formatStatement('Whether a Head of Sales Strategy will work alongside the CSO.', [
      { quote: 'Hire an experienced Head of Sales Strategy', passage: 'CRO or CSO? › Make the right match' },
    ]),
  ],
  result: { label: 'The quiz’s result', href: 'https://example.org/en/quiz/?v=3&need=channels_one' },
};

test('writes a statement with each quote and its passage on a line of its own', () => {
  expect(formatStatement('A statement.', [{ quote: 'Words', passage: 'Article › Section' }])).toBe(
    'A statement.\n> “Words” (Article › Section)',
  );
  expect(formatStatement('Alone.', [])).toBe('Alone.');
});

test('renders the findings as text, in the order the page shows them, every statement with its quotes', () => {
  expect(renderFindings(findings)).toBe(`# What the job description says

Site’s reading: the site’s reading.

Titled “CRO”, but what it asks for is what the articles call a CSO’s job:
- > “We sell through one channel.”
  According to the second article, the CSO role works best with a single channel.
  > “This role works best in simpler business environments with a single sales channel.” (CRO or CSO? › The fundamental differences)

## Answers

- How many sales channels?
  Just one
  > “We sell through one channel.”
  According to the second article, the CSO role works best with a single channel.
  > “This role works best in simpler business environments with a single sales channel.” (CRO or CSO? › The fundamental differences)
- What is the most urgent goal?
  Not sure. The job description does not say.

## Verdict

The company needs a CSO.

## What it leaves undecided

- Whether a Head of Sales Strategy will work alongside the CSO.
  > “Hire an experienced Head of Sales Strategy” (CRO or CSO? › Make the right match)

The quiz’s result: https://example.org/en/quiz/?v=3&need=channels_one
`);
});

test('leaves out the mismatch and the undecided points when there are none', () => {
  const text = renderFindings({ ...findings, mismatch: undefined, undecided: [] });
  expect(text).not.toContain('Titled');
  expect(text).not.toContain('## What it leaves undecided');
  expect(text).toContain('## Verdict');
});
