import { expect, test } from 'vitest';
import { readAnchorIndex } from '../content/anchor-index.ts';
import { readRawQuiz } from './read-quiz-file.ts';
import { createQuizSchema } from './schema.ts';

const schema = createQuizSchema(readAnchorIndex(new URL('../../content/docs/', import.meta.url)));

type RawQuiz = {
  parts: {
    questions: { id: string; dimension: string; options: { id: string; weight: number; cite?: string }[] }[];
  }[];
};

/** A fresh copy of the quiz file's data, to break in one place. */
const rawQuiz = () => structuredClone(readRawQuiz()) as RawQuiz;

function problemsOf(data: unknown): string {
  const result = schema.safeParse(data);
  return result.success
    ? ''
    : result.error.issues.map(({ message, path }) => `${path.join('.')}: ${message}`).join('\n');
}

function firstQuestion(quiz: RawQuiz) {
  const question = quiz.parts[0]?.questions[0];
  if (!question) throw new Error('The quiz has no first question');
  return question;
}

test('the quiz in content/ is valid', () => {
  expect(problemsOf(readRawQuiz())).toBe('');
});

test.each<[string, (quiz: RawQuiz) => void, RegExp]>([
  [
    'a citation of a heading that does not exist',
    (quiz) => {
      const option = firstQuestion(quiz).options[0];
      if (option) option.cite = 'cro-or-cso#no-such-heading';
    },
    /parts\.0\.questions\.0\.options\.0\.cite: .*#no-such-heading/,
  ],
  [
    'a question id used twice',
    (quiz) => {
      const [first, second] = quiz.parts[0]?.questions ?? [];
      if (first && second) second.id = first.id;
    },
    /the question id "channels" is used twice/,
  ],
  [
    'an option id used twice',
    (quiz) => {
      const [first, second] = firstQuestion(quiz).options;
      if (first && second) second.id = first.id;
    },
    /question "channels": the option id "one" is used twice/,
  ],
  [
    'a question with a single option',
    (quiz) => {
      firstQuestion(quiz).options.splice(1);
    },
    /options/,
  ],
  [
    'a weight that is not a whole number',
    (quiz) => {
      const last = firstQuestion(quiz).options.at(-1);
      if (last) last.weight = 1.5;
    },
    /parts\.0\.questions\.0\.options\.4\.weight/,
  ],
  [
    'an unbalanced question',
    (quiz) => {
      const options = firstQuestion(quiz).options;
      options.splice(options.length - 1, 1);
    },
    /question "channels" is unbalanced: weight -2 has no counterpart 2/,
  ],
  [
    'a question without a neutral answer',
    (quiz) => {
      const options = firstQuestion(quiz).options;
      const neutral = options.findIndex(({ weight }) => weight === 0);
      options.splice(neutral, 1);
    },
    /question "channels" needs exactly one neutral option/,
  ],
  [
    'an unknown dimension',
    (quiz) => {
      firstQuestion(quiz).dimension = 'mood';
    },
    /question "channels" feeds the unknown dimension "mood"/,
  ],
  [
    'too few questions',
    (quiz) => {
      quiz.parts[0]?.questions.splice(5);
    },
    /questions/,
  ],
  [
    'an id that cannot go in a share link',
    (quiz) => {
      firstQuestion(quiz).id = 'Channels_2';
    },
    /lower-case words joined by hyphens/,
  ],
])('the build fails on %s, naming the entry', (_, breakIt, message) => {
  const quiz = rawQuiz();
  breakIt(quiz);
  expect(problemsOf(quiz)).toMatch(message);
});
