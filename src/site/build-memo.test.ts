import { expect, test, vi } from 'vitest';
import { oncePerBuild } from './build-memo.ts';

test('a build reads each key once and shares what it read', async () => {
  const read = vi.fn(async (lang: string) => `${lang}!`);
  const load = oncePerBuild(read, true);
  expect(await Promise.all([load('es'), load('en'), load('es')])).toEqual(['es!', 'en!', 'es!']);
  expect(read.mock.calls).toEqual([['es'], ['en']]);
});

test('outside a build every call reads afresh, so an edited file is seen', async () => {
  let text = 'before';
  const load = oncePerBuild(async (lang: string) => `${lang}: ${text}`, false);
  expect(await load('es')).toBe('es: before');
  text = 'after';
  expect(await load('es')).toBe('es: after');
});

test('tests run outside a build by default', async () => {
  const read = vi.fn(async (key: number) => key);
  const load = oncePerBuild(read);
  await load(1);
  await load(1);
  expect(read).toHaveBeenCalledTimes(2);
});
