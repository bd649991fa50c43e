/**
 * How long the job-description reader takes over a long job description: the texts written for
 * its tests, one after another until 3,000 words, read as the page reads them (prepared, then
 * read against the site's own model), the median of many runs after a few to warm up.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { prepareText } from '../job-description/input.ts';
import { readReaderModel } from '../job-description/read-reader-file.ts';
import { readJobDescription } from '../job-description/reader.ts';
import { listWords } from '../job-description/words.ts';

/** How many words the measured job description has. */
export const READER_WORDS = 3000;

/** Builds a job description of at least `words` words from the test job descriptions in Spanish. */
export function buildLongJobDescription(words = READER_WORDS): string {
  const fixtures = parseYaml(
    readFileSync(new URL('../job-description/fixtures/job-descriptions.yaml', import.meta.url), 'utf8'),
  ) as { text: string; expect: { language?: string } }[];
  const texts = fixtures.filter(({ expect }) => expect.language === 'es').map(({ text }) => text.trim());
  const parts: string[] = [];
  let count = 0;
  for (let index = 0; count < words; index++) {
    const text = texts[index % texts.length] ?? '';
    parts.push(text);
    count += listWords(text).length;
  }
  return parts.join('\n\n');
}

/** Reads a long job description `runs` times and returns the median milliseconds of one reading. */
export function measureReaderTime(runs = 25, warmUp = 5): { ms: number; words: number } {
  const { model, part } = readReaderModel();
  const raw = buildLongJobDescription();
  const times: number[] = [];
  for (let run = 0; run < warmUp + runs; run++) {
    const started = performance.now();
    const reading = readJobDescription(prepareText(raw).text, model, part);
    const elapsed = performance.now() - started;
    if (reading.kind !== 'read') throw new Error(`The long job description read as ${reading.kind}.`);
    if (run >= warmUp) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? 0, words: listWords(raw).length };
}
