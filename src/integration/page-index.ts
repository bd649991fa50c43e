/**
 * What the last build read of each page, kept between builds in one file: the inline code its
 * Content-Security-Policy allows, and the links, resources and anchors the build's link check
 * follows. A page whose HTML (and whose readers) did not change is not parsed again. One file read
 * once and written once, rather than one small file per page: on a build of hundreds of pages,
 * opening files is most of what a lookup costs. An index that cannot be read, or is not one, is
 * started afresh.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import { parse } from 'parse5';
import { readPageLinksIn } from './links.ts';
import type { CacheStats } from './content-cache.ts';
import { writeFileAtomic } from '../site/atomic-write.ts';
import { findInlineCodeIn, type InlineCode } from './content-security-policy.ts';

/** What the build reads of one page. */
export interface PageFacts {
  /** Its inline scripts, style elements and style attributes. */
  code: InlineCode;
  /** The links a reader follows from it. */
  links: string[];
  /** The resources the browser loads for it. */
  resources: string[];
  /** Every `id` on it: the anchors other links may point at. */
  ids: string[];
}

/** Reads a page's facts from its HTML, parsing it once. */
export function readPageFacts(html: string): PageFacts {
  const document = parse(html);
  const { links, resources, ids } = readPageLinksIn(document);
  return { code: findInlineCodeIn(document), links, resources, ids: [...ids] };
}

const factsSchema = z.object({
  code: z.object({
    scripts: z.array(z.string()),
    styles: z.array(z.string()),
    styleAttributes: z.array(z.string()),
  }),
  links: z.array(z.string()),
  resources: z.array(z.string()),
  ids: z.array(z.string()),
}) satisfies z.ZodType<PageFacts>;

const indexSchema = z.object({
  version: z.literal(2),
  pages: z.record(z.string(), factsSchema),
});

/** The index of one build: what earlier builds read, and what this one reads. */
export interface PageIndex {
  /** The facts stored under `key`, or what `read` reads (stored for next time). */
  getOrRead(key: string, read: () => PageFacts): PageFacts;
  /** Writes the entries this build used, and only those, for the next build. */
  save(): Promise<void>;
  /** How many pages were looked up and how many parsed. */
  readonly stats: CacheStats;
}

/** Reads the entries of an index file's text; none when it is not an index. */
export function parsePageIndex(text: string): Map<string, PageFacts> {
  try {
    const parsed = indexSchema.safeParse(JSON.parse(text));
    return new Map(parsed.success ? Object.entries(parsed.data.pages) : []);
  } catch {
    return new Map();
  }
}

/** Writes entries as an index file's text. */
export function renderPageIndex(entries: ReadonlyMap<string, PageFacts>): string {
  return JSON.stringify({ version: 2, pages: Object.fromEntries(entries) });
}

/** Opens the index kept in `file` (none yet is an empty index). */
export async function openPageIndex(file: string): Promise<PageIndex> {
  const known = parsePageIndex(await readFile(file, 'utf8').catch(() => ''));
  const used = new Map<string, PageFacts>();
  const stats: CacheStats = { hits: 0, misses: 0 };
  return {
    stats,
    getOrRead(key, read) {
      const stored = known.get(key);
      if (stored) stats.hits++;
      else stats.misses++;
      const facts = stored ?? read();
      used.set(key, facts);
      return facts;
    },
    async save() {
      // Whole or not at all: a build stopped half-way leaves the old index whole. An index that
      // cannot be written costs the next build time, never this build.
      await writeFileAtomic(file, renderPageIndex(used)).catch(() => {});
    },
  };
}
