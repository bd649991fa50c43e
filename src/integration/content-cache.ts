/**
 * A cache of build outputs on disk that survives between builds, addressed by a hash of
 * everything that went into each output: when nothing changed, the build reads the bytes it made
 * last time instead of making them again. Each entry carries a checksum of its bytes, so a damaged
 * or half-written entry is made again, never served.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
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

const CHECKSUM_BYTES = 32;

const checksum = (body: Uint8Array) => createHash('sha256').update(body).digest();

/** Wraps bytes as a cache entry: their checksum, then the bytes. */
export function sealEntry(body: Uint8Array): Uint8Array {
  return Buffer.concat([checksum(body), body]);
}

/** The bytes of a cache entry, or `undefined` when it is damaged: too short, or its checksum does not match. */
export function openEntry(entry: Uint8Array): Uint8Array | undefined {
  if (entry.length < CHECKSUM_BYTES) return undefined;
  // A plain view of the bytes, whatever kind of array the entry came in (Node reads files as Buffers).
  const body = new Uint8Array(entry.buffer, entry.byteOffset + CHECKSUM_BYTES, entry.length - CHECKSUM_BYTES);
  return checksum(body).equals(entry.subarray(0, CHECKSUM_BYTES)) ? body : undefined;
}

/** How a cache served the outputs asked of it. */
export interface CacheStats {
  /** Outputs read from the cache. */
  hits: number;
  /** Outputs made: absent from the cache, or damaged there. */
  misses: number;
}

/** A content-addressed cache of bytes in one folder. */
export interface ContentCache {
  /** The bytes stored under `key`, or, on a miss or a damaged entry, what `make` makes (stored for next time). */
  getOrMake(key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array>;
  /** How many outputs were read and how many made so far. */
  readonly stats: CacheStats;
}

/** Opens the cache kept in `dir` (created when first written). */
export function createContentCache(dir: string): ContentCache {
  const stats: CacheStats = { hits: 0, misses: 0 };
  const fileOf = (key: string) => {
    if (!/^[0-9a-f]{16,}$/.test(key))
      throw new Error(`“${key}” is not a cache key: make keys with hashInputs.`);
    return join(dir, key.slice(0, 2), key);
  };
  const read = async (file: string) => {
    try {
      return openEntry(await readFile(file));
    } catch {
      return undefined;
    }
  };
  const store = async (file: string, body: Uint8Array) => {
    // Whole or not at all: a build stopped half-way, or two builds writing the same entry, never
    // leave a partial file under the key.
    await writeFileAtomic(file, sealEntry(body)).catch(() => {
      // A cache that cannot be written (a read-only disk, a full one) costs speed, never the build.
    });
  };
  return {
    stats,
    async getOrMake(key, make) {
      const file = fileOf(key);
      const cached = await read(file);
      if (cached) {
        stats.hits++;
        return cached;
      }
      stats.misses++;
      const body = await make();
      await store(file, body);
      return body;
    },
  };
}
