import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { readSourceIndex } from '../evidence/source-index.ts';
import { createQuizSchema, type Quiz } from './schema.ts';

/** The quiz definition file, relative to the project root. */
export const QUIZ_FILE = new URL('../../content/quiz/role-fit.yaml', import.meta.url);

/** Reads the quiz definition straight from `content/` (outside Astro), unvalidated. */
export function readRawQuiz(): unknown {
  const entries = parseYaml(readFileSync(QUIZ_FILE, 'utf8')) as unknown[];
  return entries[0];
}

/** Reads and validates the quiz definition outside Astro, as the build does. */
export function readQuiz(): Quiz {
  return createQuizSchema(readSourceIndex()).parse(readRawQuiz());
}
