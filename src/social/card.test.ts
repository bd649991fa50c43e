import sharp from 'sharp';
import { expect, test } from 'vitest';
import { CARD_SIZE, cardPathFor, fitTitle, readPngSize, renderCardSvg } from './card.ts';

const content = {
  title: 'Chief Sales Officer vs. Chief Revenue Officer, ¿cuál es la diferencia?',
  site: 'CSO vs CRO',
  tagline: 'Una guía bilingüe para directivos y reclutadores',
  language: 'Español',
  lang: 'es',
};

test.each([
  ['/', '/social/index.png'],
  ['/es/', '/social/es.png'],
  ['/en/articles/cso-vs-cro/', '/social/en/articles/cso-vs-cro.png'],
  ['/es/articles/cro-or-cso/parallel/', '/social/es/articles/cro-or-cso/parallel.png'],
])('puts the card of %s at %s', (page, card) => {
  expect(cardPathFor(page)).toBe(card);
});

test('draws the title, the site and the language, escaped', () => {
  const svg = renderCardSvg({ ...content, title: 'Sales & <Revenue>' });
  expect(svg).toContain('Sales &amp; &lt;Revenue&gt;');
  expect(svg).toContain('CSO vs CRO');
  expect(svg).toContain('Español');
  expect(svg).toContain('lang="es"');
  expect(svg).toContain(`width="${CARD_SIZE.width}" height="${CARD_SIZE.height}"`);
});

test('keeps a long title to four lines', () => {
  const lines = fitTitle('word '.repeat(60), 20);
  expect(lines).toHaveLength(4);
  expect(lines[3]).toMatch(/…$/);
  expect(fitTitle('Short title', 20)).toEqual(['Short title']);
});

test('rasterises to a 1200×630 PNG whose size the header gives', async () => {
  const png = await sharp(Buffer.from(renderCardSvg(content)))
    .png()
    .toBuffer();
  expect(readPngSize(png)).toEqual(CARD_SIZE);
  expect(readPngSize(new Uint8Array([1, 2, 3]))).toBeUndefined();
});
