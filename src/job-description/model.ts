/**
 * The reader's model, made at build time from the quiz (its questions about the company and the
 * phrases that signal each answer) and the reader's own data (titles, open points, common words):
 * what the page hands its island. Pure.
 */
import type { Phrases, Quiz } from '../quiz/schema.ts';
import type { ReaderModel } from './reader.ts';
import type { ReaderData } from './schema.ts';

/** Both languages' phrases, as one list: a job description may mix them. */
const both = (phrases: Phrases | undefined) => (phrases ? [...phrases.es, ...phrases.en] : []);

/** Makes the reader's model from the quiz and the reader's data. */
export function buildReaderModel(quiz: Quiz, data: ReaderData): ReaderModel {
  const [need] = quiz.parts;
  return {
    questions: need.questions.map(({ id, options }) => ({
      id,
      options: options.map((option) => ({
        id: option.id,
        unsure: option.unsure,
        phrases: both(option.signals),
      })),
    })),
    titles: { cso: both(data.titles.cso), cro: both(data.titles.cro) },
    undecided: data.undecided.map(({ id, role, question, phrases }) => ({
      id,
      role,
      question,
      phrases: both(phrases),
    })),
    commonWords: data.commonWords,
  };
}
