/**
 * The list of social cards a build draws: the build renders it as a JSON file with one route, and
 * the site's integration reads it once the pages are written, draws (or links from the cache) every
 * card and writes it beside the pages, then removes the list. One route for all the cards, not one
 * per card: a card found in the cache costs a file link, not a trip through the page renderer.
 * Pure: the list's format and its check.
 */
import { z } from 'astro/zod';
import { cardPathFor, type CardContent } from '../social/card.ts';

/** Where the build writes the list, relative to the build folder. */
export const CARD_MANIFEST_FILE = 'social/cards.json';

const cardContentSchema = z.object({
  title: z.string(),
  site: z.string(),
  tagline: z.string(),
  language: z.string(),
  lang: z.string(),
}) satisfies z.ZodType<CardContent>;

/** A card's file in the build folder: `social/`, lowercase words, folders, `.png`; never `..`. */
const CARD_FILE = /^social\/[a-z0-9]+(?:[-_][a-z0-9]+)*(?:\/[a-z0-9]+(?:[-_][a-z0-9]+)*)*\.png$/;

const manifestSchema = z.object({
  cards: z.array(
    z.object({
      file: z.string().regex(CARD_FILE, 'is not a card file under social/'),
      content: cardContentSchema,
    }),
  ),
});

/** The list of cards: each card's file in the build folder and what it shows. */
export type CardManifest = z.infer<typeof manifestSchema>;

/** Makes the list from the pages' paths (as `listCardPages` gives them) and their cards. */
export function makeCardManifest(pages: readonly { path: string; content: CardContent }[]): CardManifest {
  const cards = pages.map(({ path, content }) => ({ file: cardPathFor(path).slice(1), content }));
  const files = new Set<string>();
  for (const { file } of cards) {
    if (files.has(file)) throw new Error(`Two pages would share the social card ${file}.`);
    files.add(file);
  }
  return manifestSchema.parse({ cards });
}

/** Reads the list back, refusing anything that is not one, e.g. a card file outside `social/`. */
export function parseCardManifest(text: string): CardManifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`The list of social cards is not JSON: ${(error as Error).message}`);
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `The list of social cards is malformed at ${issue?.path.join('.') ?? '?'}: ${issue?.message}`,
    );
  }
  return parsed.data;
}
