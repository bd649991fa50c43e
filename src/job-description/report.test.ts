import { expect, test } from 'vitest';
import { renderFindings, type Findings } from './report.ts';

const findings: Findings = {
  title: 'What the job description says',
  note: 'The site’s reading.',
  mismatch: 'Titled CRO, but what it asks for is what the articles call a CSO’s job.',
  answersTitle: 'Answers',
  answers: [
    {
      prompt: 'How many sales channels?',
      answer: 'Just one',
      sentences: ['We sell direct, through one channel.'],
    },
    { prompt: 'What is the most urgent goal?', answer: 'The job description does not say.', sentences: [] },
  ],
  verdictTitle: 'Verdict',
  verdict: 'The company needs a CSO.',
  undecidedTitle: 'What it leaves undecided',
  undecided: ['Whether a Head of Sales Strategy will complement the CSO. «…»'],
  result: { label: 'The quiz’s result', href: 'https://example.org/en/quiz/?v=3&need=channels_one' },
};

test('renders the findings as text, in the order the page shows them', () => {
  expect(renderFindings(findings)).toBe(`# What the job description says

The site’s reading.

Titled CRO, but what it asks for is what the articles call a CSO’s job.

## Answers

- How many sales channels?
  Just one
  > We sell direct, through one channel.
- What is the most urgent goal?
  The job description does not say.

## Verdict

The company needs a CSO.

## What it leaves undecided

- Whether a Head of Sales Strategy will complement the CSO. «…»

The quiz’s result: https://example.org/en/quiz/?v=3&need=channels_one
`);
});

test('leaves out the mismatch and the undecided points when there are none', () => {
  const text = renderFindings({ ...findings, mismatch: undefined, undecided: [] });
  expect(text).not.toContain('Titled CRO');
  expect(text).not.toContain('## What it leaves undecided');
  expect(text).toContain('## Verdict');
});
