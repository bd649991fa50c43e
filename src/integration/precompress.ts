/**
 * Precompression: a brotli and a gzip copy beside each text file of the build (`page.html.br`,
 * `page.html.gz`), made once at build time at the highest levels, so that the preview server,
 * nginx's `gzip_static` and the static hosts that look for them send bytes without compressing on
 * every request.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { hashInputs, type ContentCache } from './content-cache.ts';
import pLimit from 'p-limit';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

// The text formats a build holds; images, fonts and Pagefind's index chunks are compressed already.
const TEXT_FILE = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest|map)$/;

// Brotli and gzip at their highest levels.
const COMPRESSORS = {
  br: async (body: Uint8Array) =>
    new Uint8Array(
      await brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
    ),
  gz: async (body: Uint8Array) =>
    new Uint8Array(await gzipAsync(body, { level: constants.Z_BEST_COMPRESSION })),
} as const satisfies Record<string, (body: Uint8Array) => Promise<Uint8Array>>;

// Part of every cache key: a new compressor, or new settings above, must not reuse old copies.
const COMPRESSOR_VERSION = JSON.stringify({
  zlib: process.versions.zlib,
  brotli: process.versions.brotli,
  br: constants.BROTLI_MAX_QUALITY,
  gz: constants.Z_BEST_COMPRESSION,
  entry: 'br length, br, gz',
});

/** Tells whether a file of the build deserves precompressed copies, by its name. */
export function shouldPrecompress(file: string): boolean {
  return TEXT_FILE.test(file);
}

/** What precompressing a build did. */
export interface PrecompressReport {
  /** Text files found. */
  files: number;
  /** Their bytes, and the bytes of their brotli and gzip copies (a file's own size when no copy was kept). */
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/** Both copies of a file as one cache entry: the brotli copy's length (4 bytes), the brotli copy, the gzip copy. */
export function packCopies(br: Uint8Array, gz: Uint8Array): Uint8Array {
  const packed = new Uint8Array(4 + br.length + gz.length);
  new DataView(packed.buffer).setUint32(0, br.length);
  packed.set(br, 4);
  packed.set(gz, 4 + br.length);
  return packed;
}

/** The two copies of a cache entry made by `packCopies`; `undefined` when it cannot be one. */
export function unpackCopies(packed: Uint8Array): { br: Uint8Array; gz: Uint8Array } | undefined {
  if (packed.length < 4) return undefined;
  const brLength = new DataView(packed.buffer, packed.byteOffset, packed.byteLength).getUint32(0);
  if (4 + brLength > packed.length) return undefined;
  return { br: packed.subarray(4, 4 + brLength), gz: packed.subarray(4 + brLength) };
}

/** Precompresses the files of one build folder, the ones a caller hands over and then the rest. */
export interface Precompressor {
  /** Writes the copies of a file whose bytes the caller holds (e.g. a page it has just written). */
  file(file: string, body: Uint8Array): Promise<void>;
  /** Writes the copies of every other text file of the folder, and says what was done in all. */
  rest(): Promise<PrecompressReport>;
}

/**
 * Makes a precompressor for a build folder: `.br` and `.gz` copies beside every text file, a copy
 * that would be no smaller than the file not kept. With a cache, a file compressed by an earlier
 * build with the same bytes, the same settings and the same compressors gets its copies from the
 * cache (both in one entry).
 */
export function createPrecompressor(dir: URL, cache?: ContentCache): Precompressor {
  const report: PrecompressReport = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const done = new Set<string>();
  // Enough files at once to keep the compressing threads busy, few enough that a build of thousands
  // of pages does not hold thousands of files open.
  const limit = pLimit(4 * availableParallelism());
  const compress = async (body: Uint8Array) => {
    const make = async () => {
      const [br, gz] = await Promise.all([COMPRESSORS.br(body), COMPRESSORS.gz(body)]);
      return packCopies(br, gz);
    };
    const packed = cache ? await cache.getOrMake(hashInputs([COMPRESSOR_VERSION, body]), make) : await make();
    const copies = unpackCopies(packed);
    if (!copies) throw new Error('A cache entry of precompressed copies is not two copies.');
    return copies;
  };
  const one = async (file: string, body: Uint8Array) => {
    done.add(file);
    const { br, gz } = await compress(body);
    report.files++;
    report.bytes += body.length;
    for (const [suffix, copy, key] of [
      ['.br', br, 'brotliBytes'],
      ['.gz', gz, 'gzipBytes'],
    ] as const) {
      const keep = copy.length < body.length;
      if (keep) await writeFile(new URL(`${file}${suffix}`, dir), copy);
      report[key] += keep ? copy.length : body.length;
    }
  };
  return {
    file: (file, body) => limit(() => one(file, body)),
    async rest() {
      const files = (await readdir(dir, { recursive: true }))
        .filter(shouldPrecompress)
        .filter((file) => !done.has(file));
      await Promise.all(
        files.map((file) => limit(async () => one(file, await readFile(new URL(file, dir))))),
      );
      return report;
    },
  };
}
