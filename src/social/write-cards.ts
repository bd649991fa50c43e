/**
 * Draws the social cards of a build from its list of cards (`card-manifest.ts`), side by side up
 * to the machine's cores, taking each from the cache when an earlier build drew the same card;
 * writes each at its path in the build folder, then removes the list, which is not part of the site.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CacheStats } from '../build/content-cache.ts';
import { CARD_MANIFEST_FILE, parseCardManifest } from './card-manifest.ts';
import { createCardRenderer, type CardRendererOptions } from './render-cards.ts';

/** What writing a build's cards did. */
export interface CardsReport {
  cards: number;
  stats: CacheStats;
}

/** Writes every card of the list in build folder `dir` and removes the list. */
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
  renderer.prepare(cards.map(({ content }) => content));
  const targets = cards.map(({ file }) => fileURLToPath(new URL(file, dir)));
  // Each folder once, not once per card.
  for (const folder of new Set(targets.map((target) => dirname(target))))
    await mkdir(folder, { recursive: true });
  await Promise.all(
    cards.map(async ({ content }, index) => {
      await writeFile(targets[index]!, await renderer.render(content));
    }),
  );
  await rm(manifestUrl);
  return { cards: cards.length, stats: renderer.stats };
}
