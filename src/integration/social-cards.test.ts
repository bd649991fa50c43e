import type { IncomingMessage, ServerResponse } from 'node:http';
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { CardContent } from '../social/card.ts';
import { CARD_MANIFEST_FILE, makeCardManifest } from './card-manifest.ts';
import { serveSocialCards, writeSocialCards } from './social-cards.ts';

let build: string;
let cacheDir: string;
beforeEach(async () => {
  build = await mkdtemp(join(tmpdir(), 'cards-build-'));
  cacheDir = await mkdtemp(join(tmpdir(), 'cards-cache-'));
});
afterEach(async () => {
  await rm(build, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
});

const content = (title: string): CardContent => ({
  title,
  site: 'CSO vs CRO',
  tagline: 'A bilingual guide',
  language: 'English',
  lang: 'en',
});

async function writeManifest(pages: { path: string; content: CardContent }[]) {
  await mkdir(join(build, 'social'), { recursive: true });
  await writeFile(join(build, CARD_MANIFEST_FILE), JSON.stringify(makeCardManifest(pages)));
}

/** A stand-in for sharp that writes the title it was given. */
const drawn: string[] = [];
const rasterise = async (svg: string) => {
  const title = /<tspan[^>]*>([^<]*)</.exec(svg)?.[1] ?? '';
  drawn.push(title);
  return new Uint8Array(Buffer.from(`png:${title}`));
};
const options = () => ({ cacheDir, renderer: Promise.resolve('test renderer'), rasterise });
const dir = () => pathToFileURL(`${build}/`);

test('writes every card at its path, then removes the list', async () => {
  drawn.length = 0;
  await writeManifest([
    { path: '/en/quiz/', content: content('Quiz') },
    { path: '/en/articles/cso-vs-cro/parallel/', content: content('Side by side') },
  ]);
  const report = await writeSocialCards(dir(), options());
  expect(report).toEqual({ cards: 2, stats: { hits: 0, misses: 2 } });
  expect(await readFile(join(build, 'social/en/quiz.png'), 'utf8')).toBe('png:Quiz');
  expect(await readFile(join(build, 'social/en/articles/cso-vs-cro/parallel.png'), 'utf8')).toBe(
    'png:Side by side',
  );
  await expect(access(join(build, CARD_MANIFEST_FILE))).rejects.toThrow();
});

test('a second build takes the same cards from the cache, and draws a changed one', async () => {
  drawn.length = 0;
  await writeManifest([{ path: '/en/quiz/', content: content('Quiz') }]);
  await writeSocialCards(dir(), options());
  await writeManifest([
    { path: '/en/quiz/', content: content('Quiz') },
    { path: '/en/glossary/', content: content('Glossary') },
  ]);
  const report = await writeSocialCards(dir(), options());
  expect(report.stats).toEqual({ hits: 1, misses: 1 });
  expect(drawn).toEqual(['Quiz', 'Glossary']);
  expect(await readFile(join(build, 'social/en/glossary.png'), 'utf8')).toBe('png:Glossary');
});

test('stops the build with a clear message when the list is missing', async () => {
  await expect(writeSocialCards(dir(), options())).rejects.toThrow(
    /^No list of social cards at .*social\/cards\.json \(ENOENT\): the build's \/social\/cards\.json route did not write it\.$/,
  );
});

/** Asks a dev server middleware for a path; resolves with what it sent, or with `next` and its error. */
function ask(handler: ReturnType<typeof serveSocialCards>, url: string) {
  return new Promise<{ type?: string | undefined; body?: string; next?: true; error?: unknown }>(
    (resolve) => {
      const headers: Record<string, string> = {};
      const request = { url, headers: { host: 'localhost:4321' } } as unknown as IncomingMessage;
      const response = {
        setHeader: (name: string, value: string) => (headers[name] = value),
        end: (body: Uint8Array) =>
          resolve({ type: headers['content-type'], body: Buffer.from(body).toString() }),
      } as unknown as ServerResponse;
      handler(request, response, (error) => resolve({ next: true, error }));
    },
  );
}

test('the dev server draws the card the same list names for a path, and passes on anything else', async () => {
  const asked: string[] = [];
  const list = JSON.stringify(makeCardManifest([{ path: '/en/quiz/', content: content('Quiz') }]));
  const handler = serveSocialCards(
    '/guide/',
    async (origin) => {
      asked.push(origin);
      return list;
    },
    options(),
  );
  expect(await ask(handler, '/guide/social/en/quiz.png')).toEqual({ type: 'image/png', body: 'png:Quiz' });
  expect(asked).toEqual(['http://localhost:4321']);
  expect(await ask(handler, '/guide/social/en/nowhere.png')).toEqual({ next: true, error: undefined });
  expect(await ask(handler, '/guide/en/quiz/')).toEqual({ next: true, error: undefined });
  // The dev server may take the base off before the middleware sees the path.
  expect(await ask(handler, '/social/en/quiz.png')).toEqual({ type: 'image/png', body: 'png:Quiz' });
});

test('the dev server reports a list it cannot read as an error, not as a card', async () => {
  const handler = serveSocialCards('/', async () => 'not json', options());
  const { next, error } = await ask(handler, '/social/en/quiz.png');
  expect(next).toBe(true);
  expect(String(error)).toMatch(/The list of social cards is not JSON/);
});
