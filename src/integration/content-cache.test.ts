import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createContentCache, hashInputs, linkOrCopy } from './content-cache.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'content-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytes = (text: string) => new Uint8Array(Buffer.from(text));
const text = (body: Uint8Array) => Buffer.from(body).toString();

/** A maker that counts its calls. */
function counting(output: string) {
  const maker = { calls: 0, make: async () => (maker.calls++, bytes(output)) };
  return maker;
}

async function entryFiles(root = join(dir, 'cache')): Promise<string[]> {
  return (await readdir(root, { recursive: true })).filter((file) => /[0-9a-f]{64}\.out$/.test(file));
}

test('a second build with the same inputs links the output into place instead of making it', async () => {
  const cacheDir = join(dir, 'cache');
  const key = hashInputs(['card', 'Synthetic page 1']);
  const maker = counting('png');
  expect(await createContentCache(cacheDir).place(key, join(dir, 'first.png'), maker.make)).toBe(3);
  const again = createContentCache(cacheDir);
  expect(await again.place(key, join(dir, 'second.png'), maker.make)).toBe(3);
  expect(maker.calls).toBe(1);
  expect(again.stats).toEqual({ hits: 1, misses: 0 });
  expect(await readFile(join(dir, 'second.png'), 'utf8')).toBe('png');
  // The same file under two names: no bytes written twice.
  const [entry] = await entryFiles();
  expect((await stat(join(dir, 'second.png'))).ino).toBe((await stat(join(cacheDir, entry!))).ino);
});

test('a changed input misses the cache and makes its own output', async () => {
  const cache = createContentCache(join(dir, 'cache'));
  await cache.read(hashInputs(['card', 'Old title']), counting('old').make);
  const maker = counting('new');
  expect(text(await cache.read(hashInputs(['card', 'New title']), maker.make))).toBe('new');
  expect(maker.calls).toBe(1);
  expect(cache.stats).toEqual({ hits: 0, misses: 2 });
});

test('reads what was placed, and places what was read', async () => {
  const cacheDir = join(dir, 'cache');
  const key = hashInputs(['x']);
  await createContentCache(cacheDir).place(key, join(dir, 'a'), counting('bytes').make);
  const maker = counting('other');
  expect(text(await createContentCache(cacheDir).read(key, maker.make))).toBe('bytes');
  expect(maker.calls).toBe(0);
});

test('an output that is not to be kept is stored, and its size said, but not put in place', async () => {
  const cache = createContentCache(join(dir, 'cache'));
  const keep = (size: number) => size < 3;
  for (const round of [1, 2]) {
    expect(
      await cache.place(hashInputs(['big']), join(dir, `big-${round}`), counting('large').make, keep),
    ).toBe(5);
  }
  expect(cache.stats).toEqual({ hits: 1, misses: 1 });
  expect((await readdir(dir)).filter((file) => file.startsWith('big'))).toEqual([]);
});

test('leaves no partial files behind', async () => {
  const cache = createContentCache(join(dir, 'cache'));
  await Promise.all(
    ['a', 'b', 'c'].map((title) => cache.place(hashInputs([title]), join(dir, title), counting(title).make)),
  );
  const files = await readdir(join(dir, 'cache'), { recursive: true });
  expect(files.filter((file) => file.endsWith('.partial'))).toEqual([]);
  expect(await entryFiles()).toHaveLength(3);
});

test('a cache that cannot be written still gives the output, in place', async () => {
  const file = join(dir, 'not-a-folder');
  await writeFile(file, '');
  const cache = createContentCache(file);
  expect(text(await cache.read(hashInputs(['x']), counting('png').make))).toBe('png');
  expect(await cache.place(hashInputs(['y']), join(dir, 'out.png'), counting('png').make)).toBe(3);
  expect(await readFile(join(dir, 'out.png'), 'utf8')).toBe('png');
});

test('refuses a key that is not a hash, as it would name a file anywhere', async () => {
  await expect(createContentCache(dir).read('../../etc/passwd', counting('x').make)).rejects.toThrow(
    'is not a cache key',
  );
});

test('keys tell apart inputs that join to the same text, and strings from bytes', () => {
  expect(hashInputs(['ab', 'c'])).not.toBe(hashInputs(['a', 'bc']));
  expect(hashInputs(['ab'])).not.toBe(hashInputs([bytes('ab')]));
  expect(hashInputs(['ab', 'c'])).toBe(hashInputs(['ab', 'c']));
});

test('links a file over one already there, and copies where it cannot link', async () => {
  const from = join(dir, 'from');
  await writeFile(from, 'new');
  await writeFile(join(dir, 'there'), 'old');
  await linkOrCopy(from, join(dir, 'there'));
  expect(await readFile(join(dir, 'there'), 'utf8')).toBe('new');
  // A folder cannot be linked: the copy is tried, and its failure reported.
  await expect(linkOrCopy(dir, join(dir, 'folder-link'))).rejects.toThrow();
});
