import fc from 'fast-check';
import { expect, test } from 'vitest';
import { isComplete, parseProgress, serializeProgress, START, type Progress } from './progress.ts';
import { readQuiz } from './read-quiz-file.ts';

const quiz = readQuiz();
const [need, fit] = quiz.parts;
const firstOptions = (part: typeof need) =>
  Object.fromEntries(part.questions.map((q) => [q.id, q.options[0]?.id ?? '']));

test.each<[string, Progress]>([
  ['the start', { plan: ['need'], answers: {}, step: { kind: 'question', part: 'need', index: 0 } }],
  [
    'the middle of the second part',
    {
      plan: ['need', 'fit'],
      answers: { need: firstOptions(need), fit: { background: 'sales' } },
      step: { kind: 'question', part: 'fit', index: 1 },
    },
  ],
  ['the summary', { plan: ['fit'], answers: { fit: firstOptions(fit) }, step: { kind: 'summary' } }],
  [
    'the result',
    {
      plan: ['need', 'fit'],
      answers: { need: firstOptions(need), fit: firstOptions(fit) },
      step: { kind: 'result' },
    },
  ],
])('progress at %s survives storage', (_, progress) => {
  expect(parseProgress(quiz, serializeProgress(quiz, progress))).toEqual(progress);
});

test.each([
  ['nothing', null],
  ['not JSON', '{plan'],
  ['a number', '42'],
  ['an unknown part', JSON.stringify({ plan: ['other'], answers: 'v=1', step: { kind: 'summary' } })],
  [
    'a question past the end',
    JSON.stringify({ plan: ['need'], answers: 'v=1', step: { kind: 'question', part: 'need', index: 99 } }),
  ],
  [
    'a part outside the plan',
    JSON.stringify({ plan: ['need'], answers: 'v=1', step: { kind: 'question', part: 'fit', index: 0 } }),
  ],
  [
    'a summary with answers missing',
    JSON.stringify({ plan: ['need'], answers: 'v=1&need=channels_one', step: { kind: 'summary' } }),
  ],
  [
    'answers of an older version',
    JSON.stringify({
      plan: ['need'],
      answers: 'v=0&need=channels_one',
      step: { kind: 'question', part: 'need', index: 0 },
    }),
  ],
  [
    'answers to a part not planned',
    JSON.stringify({
      plan: ['need'],
      answers: 'v=1&fit=background_sales',
      step: { kind: 'question', part: 'need', index: 0 },
    }),
  ],
  [
    'a repeated part',
    JSON.stringify({
      plan: ['need', 'need'],
      answers: 'v=1',
      step: { kind: 'question', part: 'need', index: 0 },
    }),
  ],
])('stored progress is ignored when it holds %s', (_, text) => {
  expect(parseProgress(quiz, text)).toBeUndefined();
});

test('reading any stored text never throws', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
      const progress = parseProgress(quiz, text);
      if (progress) expect(progress.plan.length).toBeGreaterThan(0);
    }),
    { numRuns: 2000 },
  );
});

test('a plan is complete only when every planned question has an answer', () => {
  expect(isComplete(quiz, START.plan, START.answers)).toBe(true);
  expect(isComplete(quiz, ['need'], { need: firstOptions(need) })).toBe(true);
  expect(isComplete(quiz, ['need', 'fit'], { need: firstOptions(need) })).toBe(false);
});
