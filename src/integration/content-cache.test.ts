import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createContentCache, hashInputs, openEntry, sealEntry } from './content-cache.ts';

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

async function entryFiles(): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((file) => /[0-9a-f]{64}$/.test(file));
}

test('a second build with the same inputs reads the output instead of making it', async () => {
  const key = hashInputs(['card', 'Synthetic page 1']);
  const maker = counting('png');
  expect(text(await createContentCache(dir).getOrMake(key, maker.make))).toBe('png');
  const again = createContentCache(dir);
  expect(text(await again.getOrMake(key, maker.make))).toBe('png');
  expect(maker.calls).toBe(1);
  expect(again.stats).toEqual({ hits: 1, misses: 0 });
});

test('a changed input misses the cache and makes its own output', async () => {
  const cache = createContentCache(dir);
  await cache.getOrMake(hashInputs(['card', 'Old title']), counting('old').make);
  const maker = counting('new');
  expect(text(await cache.getOrMake(hashInputs(['card', 'New title']), maker.make))).toBe('new');
  expect(maker.calls).toBe(1);
  expect(cache.stats).toEqual({ hits: 0, misses: 2 });
});

test.each([
  [
    'a flipped byte',
    (entry: Buffer) => Buffer.concat([entry.subarray(0, -1), Buffer.from([entry.at(-1)! ^ 1])]),
  ],
  ['a truncated entry', (entry: Buffer) => entry.subarray(0, entry.length - 2)],
  ['an empty file', () => Buffer.alloc(0)],
])('a damaged entry (%s) is made again and repaired, never served', async (_, damage) => {
  const key = hashInputs(['card', 'Title']);
  await createContentCache(dir).getOrMake(key, counting('good png').make);
  const [file] = await entryFiles();
  const path = join(dir, file!);
  await writeFile(path, damage(await readFile(path)));

  const maker = counting('good png');
  const cache = createContentCache(dir);
  expect(text(await cache.getOrMake(key, maker.make))).toBe('good png');
  expect(maker.calls).toBe(1);
  expect(text(openEntry(await readFile(path))!)).toBe('good png');
  expect(text(await createContentCache(dir).getOrMake(key, counting('other').make))).toBe('good png');
});

test('leaves no partial files behind', async () => {
  const cache = createContentCache(dir);
  await Promise.all(
    ['a', 'b', 'c'].map((title) => cache.getOrMake(hashInputs([title]), counting(title).make)),
  );
  const files = await readdir(dir, { recursive: true });
  expect(files.filter((file) => file.endsWith('.partial'))).toEqual([]);
  expect(await entryFiles()).toHaveLength(3);
});

test('a cache that cannot be written still gives the output', async () => {
  const file = join(dir, 'not-a-folder');
  await writeFile(file, '');
  const maker = counting('png');
  expect(text(await createContentCache(file).getOrMake(hashInputs(['x']), maker.make))).toBe('png');
});

test('refuses a key that is not a hash, as it would name a file anywhere', async () => {
  await expect(createContentCache(dir).getOrMake('../../etc/passwd', counting('x').make)).rejects.toThrow(
    'is not a cache key',
  );
});

test('keys tell apart inputs that join to the same text, and strings from bytes', () => {
  expect(hashInputs(['ab', 'c'])).not.toBe(hashInputs(['a', 'bc']));
  expect(hashInputs(['ab'])).not.toBe(hashInputs([bytes('ab')]));
  expect(hashInputs(['ab', 'c'])).toBe(hashInputs(['ab', 'c']));
});

test('an entry opens to the bytes it sealed, and any change to it is caught', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(), (body, at) => {
      const entry = sealEntry(body);
      expect(Buffer.from(openEntry(entry)!).equals(Buffer.from(body))).toBe(true);
      const damaged = Buffer.from(entry);
      const index = at % damaged.length;
      damaged[index] = damaged[index]! ^ 0xff;
      expect(openEntry(damaged)).toBeUndefined();
    }),
  );
});
