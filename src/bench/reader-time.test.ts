import { expect, test } from 'vitest';
import { buildLongJobDescription, READER_WORDS } from './reader-time.ts';
import { listWords } from '../job-description/words.ts';

test(`the measured job description has at least ${READER_WORDS} words, and not many more`, () => {
  const words = listWords(buildLongJobDescription()).length;
  expect(words).toBeGreaterThanOrEqual(READER_WORDS);
  expect(words).toBeLessThan(READER_WORDS + 200);
});
