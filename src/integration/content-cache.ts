/**
 * A cache of build outputs on disk that survives between builds, addressed by a hash of
 * everything that went into each output: when nothing changed, the build links the file it made
 * last time into place instead of making it, or writing it, again.
 */
import { createHash } from 'node:crypto';
import { copyFile, link, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../site/atomic-write.ts';

/** Hashes the inputs of an output into a cache key; each part is length-prefixed, so `['ab', 'c']` and `['a', 'bc']` differ. */
export function hashInputs(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${typeof part === 'string' ? 's' : 'b'}${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** How a cache served the outputs asked of it. */
export interface CacheStats {
  /** Outputs found in the cache. */
  hits: number;
  /** Outputs made: absent from the cache. */
  misses: number;
}

/** A content-addressed cache of build outputs, one file each, in one folder. */
export interface ContentCache {
  /**
   * Puts the output stored under `key` at `target` (a hard link to the cache's file where the disk
   * allows, so that no bytes are copied; a copy otherwise), making it with `make` on a miss. With
   * `keep`, the output is put there only when `keep(its size)` holds. Returns the output's size.
   */
  place(
    key: string,
    target: string,
    make: () => Promise<Uint8Array>,
    keep?: (size: number) => boolean,
  ): Promise<number>;
  /** The bytes stored under `key`, or, on a miss, what `make` makes (stored for next time). */
  read(key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array>;
  /** How many outputs were found and how many made so far. */
  readonly stats: CacheStats;
}

/**
 * Puts a file at `target` as a hard link to `from`: the same bytes under a second name, written
 * once. Where the disk cannot link them (another file system, a limit on links), a copy.
 */
export async function linkOrCopy(from: string, target: string): Promise<void> {
  try {
    await link(from, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') await rm(target, { force: true });
    else return copyFile(from, target);
    await link(from, target).catch(() => copyFile(from, target));
  }
}

/**
 * Opens the cache kept in `dir` (created when first written). An entry is the output's bytes as
 * they are, so that a build can link it into place; it is written whole or not at all (aside, then
 * renamed), so a build stopped half-way never leaves part of one.
 */
export function createContentCache(dir: string): ContentCache {
  const stats: CacheStats = { hits: 0, misses: 0 };
  const fileOf = (key: string) => {
    if (!/^[0-9a-f]{16,}$/.test(key))
      throw new Error(`“${key}” is not a cache key: make keys with hashInputs.`);
    return join(dir, key.slice(0, 2), `${key}.out`);
  };
  /** Stores an output made now; false when the cache cannot be written (a read-only disk, a full one). */
  const store = (file: string, body: Uint8Array) =>
    writeFileAtomic(file, body).then(
      () => true,
      () => false,
    );
  return {
    stats,
    async place(key, target, make, keep = () => true) {
      const file = fileOf(key);
      const size = await stat(file).then(
        (found) => found.size,
        () => undefined,
      );
      if (size !== undefined) {
        stats.hits++;
        if (keep(size)) await linkOrCopy(file, target);
        return size;
      }
      stats.misses++;
      const body = await make();
      // A cache that cannot be written costs speed, never the build: the output is written itself.
      if (!keep(body.length)) await store(file, body);
      else if (await store(file, body)) await linkOrCopy(file, target);
      else await writeFile(target, body);
      return body.length;
    },
    async read(key, make) {
      const file = fileOf(key);
      const found = await readFile(file).catch(() => undefined);
      if (found) {
        stats.hits++;
        return new Uint8Array(found.buffer, found.byteOffset, found.byteLength);
      }
      stats.misses++;
      const body = await make();
      await store(file, body);
      return body;
    },
  };
}
