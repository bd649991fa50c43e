import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createContentCache } from './content-cache.ts';
import { createPrecompressor } from './precompress.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'precompress-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Lays out a build folder with two pages and returns its URL. */
async function makeBuild(name: string, pageText: string): Promise<URL> {
  const dir = join(root, name);
  await mkdir(join(dir, 'es'), { recursive: true });
  await writeFile(join(dir, 'index.html'), `<p>${pageText}</p>`.repeat(50));
  await writeFile(join(dir, 'es/index.html'), '<p>Inicio</p>'.repeat(50));
  await writeFile(join(dir, 'card.png'), 'not text');
  return pathToFileURL(`${dir}/`);
}

test('a second build with the same files takes every copy from the cache, byte for byte', async () => {
  const cacheDir = join(root, 'cache');
  const first = createContentCache(cacheDir);
  const firstBuild = await makeBuild('first', 'Home');
  const report = await createPrecompressor(firstBuild, first).rest();
  // Two pages, two copies each.
  expect(first.stats).toEqual({ hits: 0, misses: 4 });

  const second = createContentCache(cacheDir);
  const secondBuild = await makeBuild('second', 'Home');
  expect(await createPrecompressor(secondBuild, second).rest()).toEqual(report);
  expect(second.stats).toEqual({ hits: 4, misses: 0 });
  for (const file of ['index.html.br', 'index.html.gz', 'es/index.html.br', 'es/index.html.gz']) {
    expect(await readFile(new URL(file, secondBuild))).toEqual(await readFile(new URL(file, firstBuild)));
  }
});

test('a changed page is compressed afresh, and its copies hold its new text', async () => {
  const cacheDir = join(root, 'cache');
  await createPrecompressor(await makeBuild('first', 'Home'), createContentCache(cacheDir)).rest();
  const cache = createContentCache(cacheDir);
  const build = await makeBuild('second', 'Changed');
  await createPrecompressor(build, cache).rest();
  expect(cache.stats).toEqual({ hits: 2, misses: 2 });
  const page = await readFile(new URL('index.html', build));
  expect(brotliDecompressSync(await readFile(new URL('index.html.br', build)))).toEqual(page);
  expect(gunzipSync(await readFile(new URL('index.html.gz', build)))).toEqual(page);
  expect((await readdir(new URL('.', build))).filter((file) => file.startsWith('card'))).toEqual([
    'card.png',
  ]);
});

test('a file handed over is compressed from the bytes given, and not again with the rest', async () => {
  const build = await makeBuild('handed', 'Home');
  const precompressor = createPrecompressor(build);
  const secured = Buffer.from('<p>Secured</p>'.repeat(50));
  await precompressor.file('index.html', secured);
  const report = await precompressor.rest();
  expect(report.files).toBe(2);
  expect(brotliDecompressSync(await readFile(new URL('index.html.br', build)))).toEqual(secured);
  expect(gunzipSync(await readFile(new URL('es/index.html.gz', build)))).toEqual(
    await readFile(new URL('es/index.html', build)),
  );
});

test('a copy no smaller than its file is not kept, from the cache or made', async () => {
  const dir = join(root, 'tiny');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'a.txt'), 'x');
  const build = pathToFileURL(`${dir}/`);
  const cacheDir = join(root, 'cache');
  for (const cache of [createContentCache(cacheDir), createContentCache(cacheDir)]) {
    const report = await createPrecompressor(build, cache).rest();
    expect(report).toEqual({ files: 1, bytes: 1, brotliBytes: 1, gzipBytes: 1 });
    expect(await readdir(dir)).toEqual(['a.txt']);
  }
});
