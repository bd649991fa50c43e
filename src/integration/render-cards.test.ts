import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { readPngSize, type CardContent } from '../social/card.ts';
import { createCardRenderer, describeRenderer, listFontFiles, rasteriseCard } from './render-cards.ts';

let cacheDir: string;
beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'card-cache-'));
});
afterEach(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

const card = (title: string): CardContent => ({
  title,
  site: 'CSO vs CRO',
  tagline: 'A bilingual guide',
  language: 'English',
  lang: 'en',
});

/** A stand-in for sharp that counts its drawings and how many ran at once. */
function fakeRasteriser() {
  const fake = {
    drawn: [] as string[],
    inFlight: 0,
    most: 0,
    rasterise: async (svg: string) => {
      fake.inFlight++;
      fake.most = Math.max(fake.most, fake.inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      fake.inFlight--;
      fake.drawn.push(svg);
      return new Uint8Array(Buffer.from(`png of ${svg.length}`));
    },
  };
  return fake;
}

test('a rebuild with nothing changed puts every card from the cache and draws none', async () => {
  const cards = ['One', 'Two', 'Three'].map(card);
  const out = join(cacheDir, 'out');
  await mkdir(out);
  const place = (renderer: ReturnType<typeof createCardRenderer>, build: string) =>
    Promise.all(cards.map((content, index) => renderer.place(content, join(out, `${build}-${index}.png`))));
  const first = fakeRasteriser();
  await place(
    createCardRenderer({ cacheDir, renderer: Promise.resolve('v1'), rasterise: first.rasterise }),
    'a',
  );
  expect(first.drawn).toHaveLength(3);

  const second = fakeRasteriser();
  const rebuild = createCardRenderer({
    cacheDir,
    renderer: Promise.resolve('v1'),
    rasterise: second.rasterise,
  });
  await place(rebuild, 'b');
  expect(second.drawn).toEqual([]);
  expect(rebuild.stats).toEqual({ hits: 3, misses: 0 });
  for (const index of [0, 1, 2]) {
    expect(await readFile(join(out, `b-${index}.png`))).toEqual(await readFile(join(out, `a-${index}.png`)));
  }
});

test('a changed title draws that card again, and only that one', async () => {
  const make = (titles: string[]) => {
    const fake = fakeRasteriser();
    const renderer = createCardRenderer({
      cacheDir,
      renderer: Promise.resolve('v1'),
      rasterise: fake.rasterise,
    });
    return Promise.all(titles.map((title) => renderer.render(card(title)))).then(() => fake.drawn.length);
  };
  expect(await make(['One', 'Two'])).toBe(2);
  expect(await make(['One', 'Two, renamed'])).toBe(1);
});

test('a new renderer (another sharp, another font) draws every card again', async () => {
  const fake = fakeRasteriser();
  await createCardRenderer({ cacheDir, renderer: Promise.resolve('v1'), rasterise: fake.rasterise }).render(
    card('One'),
  );
  await createCardRenderer({ cacheDir, renderer: Promise.resolve('v2'), rasterise: fake.rasterise }).render(
    card('One'),
  );
  expect(fake.drawn).toHaveLength(2);
});

test('draws cards side by side, never more at once than allowed, each once', async () => {
  const fake = fakeRasteriser();
  const renderer = createCardRenderer({
    cacheDir,
    concurrency: 3,
    renderer: Promise.resolve('v1'),
    rasterise: fake.rasterise,
  });
  const cards = Array.from({ length: 10 }, (_, index) => card(`Page ${index}`));
  await Promise.all(cards.map((content, index) => renderer.place(content, join(cacheDir, `${index}.png`))));
  expect(fake.most).toBe(3);
  expect(fake.drawn).toHaveLength(10);
});

test('a card that fails to draw fails its own request, and can be drawn again', async () => {
  let fail = true;
  const renderer = createCardRenderer({
    cacheDir,
    renderer: Promise.resolve('v1'),
    rasterise: async () => {
      if (fail) throw new Error('librsvg could not draw the card');
      return new Uint8Array([1]);
    },
  });
  await expect(renderer.render(card('One'))).rejects.toThrow('librsvg could not draw the card');
  fail = false;
  await expect(renderer.render(card('One'))).resolves.toEqual(new Uint8Array([1]));
});

test('the renderer’s description does not depend on the order versions and fonts are listed in', () => {
  const fonts = [
    { path: '/fonts/b.ttf', size: 2, mtimeMs: 2 },
    { path: '/fonts/a.ttf', size: 1, mtimeMs: 1 },
  ];
  expect(describeRenderer({ vips: '8', rsvg: '2' }, fonts)).toBe(
    describeRenderer({ rsvg: '2', vips: '8' }, [...fonts].reverse()),
  );
  expect(describeRenderer({ vips: '8' }, fonts)).not.toBe(
    describeRenderer({ vips: '8' }, [{ ...fonts[0]!, mtimeMs: 3 }, fonts[1]!]),
  );
});

test('lists the font files of the folders that exist, and skips those that do not', async () => {
  await mkdir(join(cacheDir, 'fonts/truetype'), { recursive: true });
  await writeFile(join(cacheDir, 'fonts/truetype/DejaVuSans.ttf'), 'font');
  const fonts = await listFontFiles([join(cacheDir, 'fonts'), join(cacheDir, 'missing')]);
  expect(fonts.map(({ path, size }) => [path, size])).toEqual([
    [join(cacheDir, 'fonts/truetype/DejaVuSans.ttf'), 4],
  ]);
});

test('sharp draws a card as a 1200×630 PNG', async () => {
  const renderer = createCardRenderer({ cacheDir });
  expect(readPngSize(await renderer.render(card('Chief Sales Officer vs. Chief Revenue Officer')))).toEqual({
    width: 1200,
    height: 630,
  });
  expect(
    readPngSize(await rasteriseCard('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"/>')),
  ).toEqual({
    width: 4,
    height: 2,
  });
});
