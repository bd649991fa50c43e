/**
 * The inline code the last build found in each page, kept between builds in one file: a page
 * whose HTML (and whose finder) did not change is not parsed again. One file read once and written
 * once, rather than one small file per page: on a build of hundreds of pages, opening files is
 * most of what a lookup costs. An index that cannot be read, or is not one, is started afresh.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'astro/zod';
import type { CacheStats } from './content-cache.ts';
import type { InlineCode } from './content-security-policy.ts';

const inlineCodeSchema = z.object({
  scripts: z.array(z.string()),
  styles: z.array(z.string()),
  styleAttributes: z.array(z.string()),
}) satisfies z.ZodType<InlineCode>;

const indexSchema = z.object({
  version: z.literal(1),
  pages: z.record(z.string(), inlineCodeSchema),
});

/** The index of one build: what earlier builds found, and what this one finds. */
export interface InlineCodeIndex {
  /** The inline code stored under `key`, or what `find` finds (stored for next time). */
  getOrFind(key: string, find: () => InlineCode): InlineCode;
  /** Writes the entries this build used, and only those, for the next build. */
  save(): Promise<void>;
  /** How many pages were looked up and how many parsed. */
  readonly stats: CacheStats;
}

/** Reads the entries of an index file's text; none when it is not an index. */
export function parseInlineCodeIndex(text: string): Map<string, InlineCode> {
  try {
    const parsed = indexSchema.safeParse(JSON.parse(text));
    return new Map(parsed.success ? Object.entries(parsed.data.pages) : []);
  } catch {
    return new Map();
  }
}

/** Writes entries as an index file's text. */
export function renderInlineCodeIndex(entries: ReadonlyMap<string, InlineCode>): string {
  return JSON.stringify({ version: 1, pages: Object.fromEntries(entries) });
}

/** Opens the index kept in `file` (none yet is an empty index). */
export async function openInlineCodeIndex(file: string): Promise<InlineCodeIndex> {
  const known = parseInlineCodeIndex(await readFile(file, 'utf8').catch(() => ''));
  const used = new Map<string, InlineCode>();
  const stats: CacheStats = { hits: 0, misses: 0 };
  return {
    stats,
    getOrFind(key, find) {
      const stored = known.get(key);
      if (stored) stats.hits++;
      else stats.misses++;
      const code = stored ?? find();
      used.set(key, code);
      return code;
    },
    async save() {
      // Written aside, then renamed into place: a build stopped half-way leaves the old index whole.
      const partial = `${file}.${randomUUID()}.partial`;
      try {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(partial, renderInlineCodeIndex(used));
        await rename(partial, file);
      } catch {
        // An index that cannot be written costs the next build time, never this build.
        await rm(partial, { force: true }).catch(() => {});
      }
    },
  };
}
