import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync } from './atomic-write.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atomic-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test.each([
  ['writeFileAtomic', writeFileAtomic],
  ['writeFileAtomicSync', writeFileAtomicSync],
] as const)(
  '%s writes the file in a new folder, replaces an old one, and leaves nothing beside it',
  async (_, write) => {
    const file = join(dir, 'a', 'b', 'entry.bin');
    await write(file, 'first');
    await write(file, new Uint8Array(Buffer.from('second')));
    expect(await readFile(file, 'utf8')).toBe('second');
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['entry.bin']);
  },
);

test('gives the file the mode asked for', async () => {
  const file = join(dir, 'program');
  writeFileAtomicSync(file, '#!/bin/sh\n', { mode: 0o755 });
  expect((await stat(file)).mode & 0o777).toBe(0o755);
});

test('a failed write throws, keeps the old file whole and leaves no partial file', async () => {
  const file = join(dir, 'entry');
  await writeFile(file, 'old');
  // A folder where the file's folder should be: the rename into it cannot happen.
  const blocked = join(dir, 'entry', 'inside');
  await expect(writeFileAtomic(blocked, 'new')).rejects.toThrow();
  expect(() => writeFileAtomicSync(blocked, 'new')).toThrow();
  expect(await readFile(file, 'utf8')).toBe('old');
  expect(await readdir(dir)).toEqual(['entry']);
});
