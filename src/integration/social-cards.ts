/**
 * The site's social cards, from one list (`card-manifest.ts`, written by the `cards.json` route)
 * and one renderer (`render-cards.ts`, with its cache), whether a build writes them all or the dev
 * server draws one when it is asked for.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CacheStats } from './content-cache.ts';
import { CARD_MANIFEST_FILE, parseCardManifest } from './card-manifest.ts';
import { createCardRenderer, type CardRendererOptions } from './render-cards.ts';

/** What writing a build's cards did. */
export interface CardsReport {
  cards: number;
  stats: CacheStats;
}

/**
 * Puts every card of the list in build folder `dir` at its path: linked from the cache where an
 * earlier build drew the same card, drawn otherwise (side by side up to the machine's cores); then
 * removes the list, which is not part of the site.
 */
export async function writeSocialCards(dir: URL, options: CardRendererOptions): Promise<CardsReport> {
  const manifestUrl = new URL(CARD_MANIFEST_FILE, dir);
  const text = await readFile(manifestUrl, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(
      `No list of social cards at ${fileURLToPath(manifestUrl)} (${error.code}): ` +
        `the build's /${CARD_MANIFEST_FILE} route did not write it.`,
    );
  });
  const { cards } = parseCardManifest(text);
  const renderer = createCardRenderer(options);
  const targets = cards.map(({ file }) => fileURLToPath(new URL(file, dir)));
  // Each folder once, not once per card.
  for (const folder of new Set(targets.map((target) => dirname(target))))
    await mkdir(folder, { recursive: true });
  await Promise.all(cards.map(({ content }, index) => renderer.place(content, targets[index]!)));
  await rm(manifestUrl);
  return { cards: cards.length, stats: renderer.stats };
}

/** A dev server middleware, as Vite's (connect's) take them. */
export type Middleware = (
  request: IncomingMessage,
  response: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/**
 * The dev server's cards: a request for `<base>social/….png` is answered with the card the list
 * names for that file, drawn by the same renderer as a build's; anything else passes on.
 * `readList` fetches the list from the dev server's own `cards.json` route.
 */
export function serveSocialCards(
  base: string,
  readList: (origin: string) => Promise<string>,
  options: CardRendererOptions,
): Middleware {
  const renderer = createCardRenderer(options);
  return (request, response, next) => {
    const { pathname, origin } = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
    // The dev server may hand over the path with its base already taken off.
    const file = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.slice(1);
    if (!/^social\/.+\.png$/.test(file)) return next();
    readList(origin)
      .then(async (text) => {
        const card = parseCardManifest(text).cards.find((entry) => entry.file === file);
        if (!card) return next();
        response.setHeader('content-type', 'image/png');
        response.end(await renderer.render(card.content));
      })
      .catch(next);
  };
}
