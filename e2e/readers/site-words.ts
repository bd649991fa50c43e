/**
 * The site's words as the scenarios read them: the UI strings and the quiz definition from
 * `content/`, so that a scenario looks for what a reader sees in either language.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** The two languages of the site. */
export type Lang = 'es' | 'en';

/** The site's UI strings in one language, as translators wrote them in `content/i18n/`. */
export function readUiStrings(lang: Lang): Record<string, string> {
  return JSON.parse(
    readFileSync(new URL(`../../content/i18n/${lang}.json`, import.meta.url), 'utf8'),
  ) as Record<string, string>;
}

/** A UI string by key, with `{{name}}` slots filled; throws on a key the language lacks. */
export function createTranslator(lang: Lang) {
  const strings = readUiStrings(lang);
  return (key: string, values: Record<string, string | number> = {}): string => {
    const text = strings[key];
    if (text === undefined) throw new Error(`No UI string "${key}" in content/i18n/${lang}.json`);
    return text.replace(/\{\{(\w+)\}\}/g, (slot, name: string) => String(values[name] ?? slot));
  };
}

type Words = Record<Lang, string>;

/** The quiz as written in `content/quiz/role-fit.yaml`: what the scenarios answer. */
export interface QuizDefinition {
  version: number;
  parts: {
    id: 'need' | 'fit';
    title: Words;
    questions: { id: string; prompt: Words; options: { id: string; label: Words }[] }[];
  }[];
}

/** Reads the quiz definition from `content/quiz/`. */
export function readQuizDefinition(): QuizDefinition {
  const [quiz] = parseYaml(
    readFileSync(new URL('../../content/quiz/role-fit.yaml', import.meta.url), 'utf8'),
  ) as QuizDefinition[];
  if (!quiz) throw new Error('No quiz in content/quiz/role-fit.yaml');
  return quiz;
}
