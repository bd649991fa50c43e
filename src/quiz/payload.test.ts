import { expect, test } from 'vitest';
import { scorePart } from './engine.ts';
import { buildQuizModel } from './payload.ts';
import { readQuiz } from './read-quiz-file.ts';

const quiz = readQuiz();
const model = buildQuizModel(quiz);

test('the browser model carries ids and weights, and no text', () => {
  const json = JSON.stringify(model);
  expect(json).not.toMatch(/"(es|en|label|prompt|explanation|cite)"/);
  expect(model.parts.map(({ id }) => id)).toEqual(['need', 'fit']);
  expect(model.version).toBe(quiz.version);
});

test('the browser model scores exactly as the full definition', () => {
  for (const [index, part] of quiz.parts.entries()) {
    const answers = Object.fromEntries(part.questions.map((q) => [q.id, q.options.at(-1)?.id ?? '']));
    const modelPart = model.parts[index];
    expect(modelPart && scorePart(modelPart, answers)).toEqual(scorePart(part, answers));
  }
});
