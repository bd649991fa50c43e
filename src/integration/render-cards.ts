/**
 * Rasterises social cards to PNG with sharp, side by side up to the machine's cores, and keeps
 * each PNG in a cache that survives between builds, keyed by the card's SVG and everything else
 * that shapes its pixels (sharp and the libraries it draws text with, the PNG settings, the fonts
 * installed): a build where nothing changed reads its cards instead of drawing them again.
 */
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism, homedir } from 'node:os';
import { join } from 'node:path';
import sharp, { type PngOptions } from 'sharp';
import { createContentCache, hashInputs, type CacheStats } from './content-cache.ts';
import pLimit from 'p-limit';
import { renderCardSvg, type CardContent } from '../social/card.ts';

/** How cards are encoded: the smallest PNG zlib makes. */
export const CARD_PNG_OPTIONS = { compressionLevel: 9 } as const satisfies PngOptions;

// The folders fontconfig reads fonts from on the systems the site is built on.
const FONT_DIRS = [
  '/usr/share/fonts',
  '/usr/local/share/fonts',
  join(homedir(), '.fonts'),
  join(homedir(), '.local/share/fonts'),
  '/Library/Fonts',
  '/System/Library/Fonts',
  join(homedir(), 'Library/Fonts'),
];

/** A font file, as far as the card cache needs to know it changed. */
export interface FontFile {
  path: string;
  size: number;
  mtimeMs: number;
}

/** Lists the font files installed, so that installing, removing or updating a font invalidates the cards. */
export async function listFontFiles(dirs: readonly string[] = FONT_DIRS): Promise<FontFile[]> {
  const files: FontFile[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = await readdir(dir, { recursive: true });
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(dir, name);
      const info = await stat(path).catch(() => undefined);
      if (info?.isFile()) files.push({ path, size: info.size, mtimeMs: info.mtimeMs });
    }
  }
  return files;
}

/**
 * Describes what draws the cards, as part of every card's cache key: the versions of sharp and of
 * the libraries under it (librsvg, pango, fontconfig…), the PNG settings and the fonts, in an order
 * that does not depend on how the disk lists them.
 */
export function describeRenderer(
  versions: Record<string, string | undefined>,
  fonts: readonly FontFile[],
): string {
  const sortedVersions = Object.entries(versions).sort(([a], [b]) => a.localeCompare(b));
  const sortedFonts = fonts.map(({ path, size, mtimeMs }) => `${path} ${size} ${mtimeMs}`).sort();
  return JSON.stringify({ versions: sortedVersions, png: CARD_PNG_OPTIONS, fonts: sortedFonts });
}

/** Draws one card's PNG from its SVG, without the cache. */
export async function rasteriseCard(svg: string): Promise<Uint8Array> {
  return new Uint8Array(await sharp(Buffer.from(svg)).png(CARD_PNG_OPTIONS).toBuffer());
}

/** A build's card renderer. */
export interface CardRenderer {
  /** Puts one card's PNG at `target`: linked from the cache, or drawn now (side by side up to the cores). */
  place(card: CardContent, target: string): Promise<void>;
  /** The PNG of one card, as the dev server sends it: from the cache, or drawn now. */
  render(card: CardContent): Promise<Uint8Array>;
  /** How many cards came from the cache and how many were drawn. */
  readonly stats: CacheStats;
}

/** Options of a card renderer. */
export interface CardRendererOptions {
  /** The folder of the cache that survives between builds. */
  cacheDir: string;
  /** How many cards may be drawn at once; the machine's cores by default. */
  concurrency?: number;
  /** What draws the cards, for the cache key; sharp's versions and the installed fonts by default. */
  renderer?: Promise<string>;
  /** Draws a card's PNG from its SVG; sharp by default. */
  rasterise?: (svg: string) => Promise<Uint8Array>;
}

/** Makes the renderer one build uses for all its cards. */
export function createCardRenderer({
  cacheDir,
  concurrency,
  renderer = listFontFiles().then((fonts) => describeRenderer(sharp.versions, fonts)),
  rasterise = rasteriseCard,
}: CardRendererOptions): CardRenderer {
  const cache = createContentCache(cacheDir);
  // Drawing is bounded by the cores; finding a card in the cache only waits on the disk, so more
  // of those run at once (but not thousands, each holding a file open).
  const limit = pLimit(concurrency ?? availableParallelism());
  const io = pLimit(4 * availableParallelism());
  // The renderer's description (fonts included) is long: hash it once, not into every card's key.
  const rendererKey = renderer.then((description) => hashInputs([description]));
  const keyOf = async (svg: string) => hashInputs([await rendererKey, svg]);
  return {
    stats: cache.stats,
    async place(card, target) {
      const svg = renderCardSvg(card);
      await io(async () => cache.place(await keyOf(svg), target, () => limit(() => rasterise(svg))));
    },
    async render(card) {
      const svg = renderCardSvg(card);
      return cache.read(await keyOf(svg), () => limit(() => rasterise(svg)));
    },
  };
}
