import { expect, test } from 'vitest';
import { readSourceIndex } from '../evidence/source-index.ts';
import { readRawQuiz } from './read-quiz-file.ts';
import { createQuizSchema } from './schema.ts';

const schema = createQuizSchema(readSourceIndex());

type RawOption = {
  id: string;
  lean: string;
  label: { es: string; en: string };
  strength?: number;
  basis?: string;
  cite?: { at: string; es: string; en: string }[];
};
type RawQuiz = {
  parts: { questions: { id: string; dimension: string; options: RawOption[] }[] }[];
  outcomes: Record<string, { consequence?: unknown }>;
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
      const citation = firstQuestion(quiz).options[0]?.cite?.[0];
      if (citation) citation.at = 'cro-or-cso#no-such-heading';
    },
    /parts\.0\.questions\.0\.options\.0\.cite\.0: .*no section #no-such-heading/,
  ],
  [
    'a quote that is not in its section',
    (quiz) => {
      const citation = firstQuestion(quiz).options[0]?.cite?.[0];
      if (citation) citation.es = 'Este rol funciona mejor en entornos de negocios con muchos canales.';
    },
    /options\.0\.cite\.0: .*the Spanish quote «Este rol funciona mejor en entornos de negocios con muchos canales\.» is not in that section/,
  ],
  [
    'an English quote that is not the translation’s',
    (quiz) => {
      const citation = firstQuestion(quiz).options[0]?.cite?.[0];
      if (citation) citation.en = 'This role works best with one channel.';
    },
    /the English quote «This role works best with one channel\.» is not in that section/,
  ],
  [
    'an answer that leans without a quote',
    (quiz) => {
      const option = firstQuestion(quiz).options[0];
      if (option) delete option.cite;
    },
    /options\.0\.cite/,
  ],
  [
    'a strong lean on the site’s reading',
    (quiz) => {
      const option = firstQuestion(quiz).options[0];
      if (option) option.basis = 'reading';
    },
    /option "one" leans 2 on the site's reading: a reading leans 1 at most/,
  ],
  [
    'a mismatch without its consequence',
    (quiz) => {
      const outcome = quiz.outcomes['cro-in-cso-seat'];
      if (outcome) delete outcome.consequence;
    },
    /the mismatch "cro-in-cso-seat" needs its consequence/,
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
    'a strength that is not 1 or 2',
    (quiz) => {
      const last = firstQuestion(quiz).options.at(-1);
      if (last) last.strength = 1.5;
    },
    /parts\.0\.questions\.0\.options\.2\.strength/,
  ],
  [
    'a question without a "not sure" answer',
    (quiz) => {
      const options = firstQuestion(quiz).options;
      options.splice(
        options.findIndex(({ lean }) => lean === 'unsure'),
        1,
      );
    },
    /question "channels" needs exactly one "not sure" option/,
  ],
  [
    'a question where no answer leans',
    (quiz) => {
      const options = firstQuestion(quiz).options;
      options.splice(0, options.length, ...options.filter(({ lean }) => lean === 'unsure'));
      options.push({ ...options[0], id: 'other', lean: 'unsure' } as RawOption);
    },
    /question "channels" has no option that leans either way/,
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

test('every answer that leans or says it does not records why, with quotes', () => {
  const quiz = readRawQuiz() as RawQuiz;
  for (const part of quiz.parts) {
    for (const question of part.questions) {
      for (const option of question.options) {
        if (option.lean === 'unsure') continue;
        expect(option.cite?.length, `${question.id}_${option.id}`).toBeGreaterThan(0);
        if (option.lean !== 'none') expect(['stated', 'reading']).toContain(option.basis);
      }
    }
  }
});

test('a "not sure" answer says it, and says nothing else, so that no verdict blames it for another answer', () => {
  const quiz = readRawQuiz() as RawQuiz;
  const unsure = quiz.parts.flatMap(({ questions }) =>
    questions.flatMap(({ options }) => options.filter(({ lean }) => lean === 'unsure')),
  );
  expect(unsure.length).toBe(quiz.parts.reduce((sum, { questions }) => sum + questions.length, 0));
  for (const { id, label } of unsure) {
    expect(label.es, id).toMatch(/^No lo sé(:|$)/);
    expect(label.en, id).toMatch(/^Not sure(:|$)/);
    expect(`${label.es} ${label.en}`, id).not.toMatch(/\b(o|or|y|and)\b/);
  }
});
