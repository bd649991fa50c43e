import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { readSourceIndex } from '../evidence/source-index.ts';
import { buildQuizModel } from '../quiz/payload.ts';
import { readQuiz } from '../quiz/read-quiz-file.ts';
import type { ScoredPart } from '../quiz/engine.ts';
import { buildReaderModel } from './model.ts';
import type { ReaderModel } from './reader.ts';
import { createReaderSchema } from './schema.ts';

/** The reader's data file, relative to the project root. */
export const READER_FILE = new URL('../../content/job-description/reader.yaml', import.meta.url);

/**
 * Reads the reader's model and the quiz's part about the company straight from `content/`
 * (outside Astro), checked as the build checks them: what the tests and the bench read with.
 */
export function readReaderModel(): { model: ReaderModel; part: ScoredPart } {
  const [entry] = parseYaml(readFileSync(READER_FILE, 'utf8')) as unknown[];
  const quiz = readQuiz();
  const data = createReaderSchema(readSourceIndex()).parse(entry);
  const [part] = buildQuizModel(quiz).parts;
  if (!part) throw new Error('The quiz has no part about the company.');
  return { model: buildReaderModel(quiz, data), part };
}
