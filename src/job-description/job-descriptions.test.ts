import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { prepareText } from './input.ts';
import { readReaderModel } from './read-reader-file.ts';
import { readJobDescription, type Reading } from './reader.ts';

/** A job description written for the tests, with what the reader should make of it. */
interface Fixture {
  name: string;
  text: string;
  expect: {
    kind?: Reading['kind'];
    language?: 'es' | 'en';
    answers?: Record<string, string | string[]>;
    title?: 'cso' | 'cro';
    verdict?: 'cso' | 'cro' | 'both' | 'unclear';
    mismatch?: boolean;
    undecided?: string[];
  };
}

const fixtures = parseYaml(
  readFileSync(new URL('./fixtures/job-descriptions.yaml', import.meta.url), 'utf8'),
) as Fixture[];
const { model, part } = readReaderModel();
const read = (text: string) => readJobDescription(prepareText(text).text, model, part);

test('the job descriptions cover every answer the phrases signal, and both languages', () => {
  const found = new Set(
    fixtures.flatMap(({ expect: { answers = {} } }) =>
      Object.entries(answers).flatMap(([question, options]) =>
        [options].flat().map((o) => `${question}_${o}`),
      ),
    ),
  );
  const signalled = model.questions.flatMap(({ id, options }) =>
    options.filter(({ phrases }) => phrases.length > 0).map((option) => `${id}_${option.id}`),
  );
  // "Sales and sales operations, nothing more" is the one answer a job description rarely says.
  expect(signalled.filter((answer) => !found.has(answer))).toEqual(['ownership_sales-and-operations']);
  for (const language of ['es', 'en'] as const) {
    expect(fixtures.filter(({ expect }) => expect.language === language).length).toBeGreaterThanOrEqual(6);
  }
});

describe.each(fixtures)('$name', ({ text, expect: expected }) => {
  const reading = read(text);

  test(`reads as ${expected.kind ?? 'read'}${expected.language ? `, in ${expected.language}` : ''}`, () => {
    expect(reading.kind).toBe(expected.kind ?? 'read');
    if (reading.kind === 'read' || reading.kind === 'no-signal')
      expect(reading.language).toBe(expected.language);
  });

  if ((expected.kind ?? 'read') !== 'read') return;

  test('finds each answer, and says nothing where the text is silent', () => {
    if (reading.kind !== 'read') return;
    const answers = Object.fromEntries(
      reading.questions.flatMap((question): [string, string | string[]][] =>
        question.kind === 'found'
          ? [[question.question, question.option]]
          : question.kind === 'conflict'
            ? [[question.question, question.options.map(({ option }) => option)]]
            : [],
      ),
    );
    expect(answers).toEqual(expected.answers);
  });

  test('reads the title, the verdict and whether they disagree', () => {
    if (reading.kind !== 'read') return;
    expect(reading.title?.role).toBe(expected.title);
    expect(reading.result.verdict.kind).toBe(expected.verdict);
    expect(reading.mismatch).toBe(expected.mismatch);
  });

  test('lists what it leaves undecided', () => {
    if (reading.kind !== 'read') return;
    expect(reading.undecided).toEqual(expected.undecided);
  });
});

test('a job description for a multi-channel CRO and one for a single-channel sales director get opposite verdicts', () => {
  const [cro, cso] = fixtures.map(({ text }) => read(text));
  expect(cro?.kind === 'read' && cro.result.verdict).toEqual({ kind: 'cro', strength: 'clear' });
  expect(cso?.kind === 'read' && cso.result.verdict).toEqual({ kind: 'cso', strength: 'clear' });
});
