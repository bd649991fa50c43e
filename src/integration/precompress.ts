/**
 * Precompression: a brotli and a gzip copy beside each text file of the build (`page.html.br`,
 * `page.html.gz`), made once at build time at the highest levels, so that the preview server,
 * nginx's `gzip_static` and the static hosts that look for them send bytes without compressing on
 * every request.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
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
  entry: 'one file a copy',
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
 * build with the same bytes, the same settings and the same compressors gets its copies linked
 * from the cache.
 */
export function createPrecompressor(dir: URL, cache?: ContentCache): Precompressor {
  const report: PrecompressReport = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const done = new Set<string>();
  // Enough files at once to keep the compressing threads busy, few enough that a build of thousands
  // of pages does not hold thousands of files open.
  const limit = pLimit(4 * availableParallelism());
  const one = async (file: string, body: Uint8Array) => {
    done.add(file);
    report.files++;
    report.bytes += body.length;
    const key = hashInputs([COMPRESSOR_VERSION, body]);
    // A copy no smaller than the file is not kept: a host would send the file itself.
    const keep = (size: number) => size < body.length;
    await Promise.all(
      (['br', 'gz'] as const).map(async (format) => {
        const target = fileURLToPath(new URL(`${file}.${format}`, dir));
        const make = () => COMPRESSORS[format](body);
        let size: number;
        if (cache) size = await cache.place(hashInputs([key, format]), target, make, keep);
        else {
          const copy = await make();
          if (keep(copy.length)) await writeFile(target, copy);
          size = copy.length;
        }
        report[format === 'br' ? 'brotliBytes' : 'gzipBytes'] += keep(size) ? size : body.length;
      }),
    );
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
