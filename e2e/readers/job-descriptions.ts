/**
 * The job descriptions written for the reader's tests (`src/job-description/fixtures/`), and what
 * the reader's own module makes of each, read as the page reads it: what the browser tests expect
 * the page to show, in any engine, without copying a text or a sentence into a test.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { prepareText } from '../../src/job-description/input.ts';
import { readReaderModel } from '../../src/job-description/read-reader-file.ts';
import { readJobDescription, type Reading } from '../../src/job-description/reader.ts';

/** A job description written for the tests, with the answers it should give. */
export interface JobDescription {
  name: string;
  text: string;
  expect: { answers?: Record<string, string | string[]> };
}

/** A reading of a text that found something, with the text as the page reads it. */
export interface TextReading {
  /** The text after `prepareText`: what the page reads and shows. */
  text: string;
  reading: Reading & { kind: 'read' };
}

const fixtures = parseYaml(
  readFileSync(new URL('../../src/job-description/fixtures/job-descriptions.yaml', import.meta.url), 'utf8'),
) as JobDescription[];

/** The reader's model and the quiz's part about the company, as the build makes them. */
export const { model: readerModel, part: needPart } = readReaderModel();

/** A job description of the fixtures, by its name. */
export function jobDescription(name: string): JobDescription {
  const found = fixtures.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`No job description named “${name}” in the fixtures`);
  return found;
}

/** What the reader makes of a text pasted as it is; throws unless it found something to answer. */
export function readLikeThePage(raw: string): TextReading {
  const { text } = prepareText(raw);
  const reading = readJobDescription(text, readerModel, needPart);
  if (reading.kind !== 'read') throw new Error(`Expected a reading, got “${reading.kind}”`);
  return { text, reading };
}

/** The words of a sentence of the text read. */
function sentenceText({ text, reading }: TextReading, index: number): string {
  const span = reading.sentences[index];
  return span ? text.slice(span.start, span.end) : '';
}

/** The sentences that gave a question its answer (or its answers), in the order the page lists them. */
export function listAnswerSentences(read: TextReading, question: string): string[] {
  const found = read.reading.questions.find((candidate) => candidate.question === question);
  const options = found?.kind === 'found' ? [found] : found?.kind === 'conflict' ? found.options : [];
  return options.flatMap(({ matches }) =>
    [...new Set(matches.map(({ sentence }) => sentence))].map((index) => sentenceText(read, index)),
  );
}

/** The sentences the page highlights in the text, in the text's order: the title and every sentence that gave an answer. */
export function listHighlights(read: TextReading): string[] {
  const marked = new Set(
    read.reading.questions.flatMap((question) =>
      (question.kind === 'found' ? [question] : question.kind === 'conflict' ? question.options : []).flatMap(
        ({ matches }) => matches.map(({ sentence }) => sentence),
      ),
    ),
  );
  const { title, sentences } = read.reading;
  if (title?.role) {
    const index = sentences.findIndex(({ start }) => start === title.line.start);
    if (index >= 0) marked.add(index);
  }
  return [...marked].sort((a, b) => a - b).map((index) => sentenceText(read, index));
}

/** The answers found that lean the way the content does: the reasons a title mismatch lists, in the quiz's order. */
export function listMismatchReasons(read: TextReading): { question: string; option: string }[] {
  const lean = read.reading.result.verdict.kind;
  return needPart.questions.flatMap(({ id, options }) => {
    const found = read.reading.questions.find((question) => question.question === id);
    if (found?.kind !== 'found') return [];
    const weight = options.find((option) => option.id === found.option)?.weight ?? 0;
    return (lean === 'cso' ? weight < 0 : lean === 'cro' && weight > 0)
      ? [{ question: id, option: found.option }]
      : [];
  });
}
