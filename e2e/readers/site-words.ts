/**
 * The site's words and quiz as the browser tests read them, from `content/`: every scenario and
 * spec looks for what a reader sees in either language, and writes answers the quiz's own way.
 */
import { readFileSync } from 'node:fs';
import type { Answers } from '../../src/quiz/engine.ts';
import type { PartId } from '../../src/quiz/ids.ts';
import { buildQuizModel } from '../../src/quiz/payload.ts';
import { readQuiz } from '../../src/quiz/read-quiz-file.ts';
import { encodeAnswers } from '../../src/quiz/share-link.ts';

/** The two languages of the site. */
export type Lang = 'es' | 'en';

/** The site's UI strings in one language, as translators wrote them in `content/i18n/`. */
export function uiStrings(lang: Lang): Record<string, string> {
  return JSON.parse(
    readFileSync(new URL(`../../content/i18n/${lang}.json`, import.meta.url), 'utf8'),
  ) as Record<string, string>;
}

/** A UI string by key, with its `{{name}}` slots filled; throws on a key the language lacks. */
export function createTranslator(lang: Lang) {
  const strings = uiStrings(lang);
  return (key: string, values: Record<string, string | number> = {}): string => {
    const text = strings[key];
    if (text === undefined) throw new Error(`No UI string "${key}" in content/i18n/${lang}.json`);
    return text.replace(/\{\{(\w+)\}\}/g, (slot, name: string) => String(values[name] ?? slot));
  };
}

/** The quiz definition, read and checked from `content/quiz/` as the build reads it. */
export const quiz = readQuiz();
const model = buildQuizModel(quiz);

/** Every question of a part answered with its first option (the CSO end) or its last (the CRO end). */
export function answers(part: PartId, pick: 'first' | 'last'): Answers {
  const questions = quiz.parts.find(({ id }) => id === part)?.questions ?? [];
  const chosen = questions.map(({ id, options }) => [
    id,
    (pick === 'first' ? options[0] : options.at(-1))?.id,
  ]);
  return { [part]: Object.fromEntries(chosen) };
}

/** A share link's query (`?v=…&need=…`) for some answers, written by the quiz's own encoder. */
export function shareQuery(...sets: Answers[]): string {
  return `?${encodeAnswers(model, Object.assign({}, ...sets))}`;
}
