/**
 * The scoring model the quiz island needs in the browser: ids and weights only. Every word the
 * island shows is already in the server-rendered HTML, in the page's language.
 */
import type { ScoredPart } from './engine.ts';
import type { ShareableQuiz } from './share-link.ts';
import type { Quiz } from './schema.ts';

/** The quiz as the island needs it: the version and the weighted questions of each part. */
export interface QuizModel extends ShareableQuiz {
  parts: ScoredPart[];
}

/** Strips the quiz definition down to what scoring and share links need. */
export function buildQuizModel(quiz: Quiz): QuizModel {
  return {
    version: quiz.version,
    parts: quiz.parts.map((part) => ({
      id: part.id,
      questions: part.questions.map(({ id, dimension, options }) => ({
        id,
        dimension,
        options: options.map(({ id: option, weight, unsure }) =>
          unsure ? { id: option, weight, unsure } : { id: option, weight },
        ),
      })),
    })),
  };
}
