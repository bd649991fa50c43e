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
import { createLimiter } from './limit.ts';

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

/**
 * Writes `.br` and `.gz` copies beside every text file of a build folder; a copy that would be no
 * smaller than the file is not kept. With a cache, a file compressed by an earlier build with the
 * same bytes, the same settings and the same compressors gets its copies from the cache.
 */
export async function precompressBuild(dir: URL, cache?: ContentCache): Promise<PrecompressReport> {
  const files = (await readdir(dir, { recursive: true })).filter(shouldPrecompress);
  const report: PrecompressReport = { files: files.length, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  // Enough files at once to keep the compressing threads busy, few enough that a build of thousands
  // of pages does not hold thousands of files open.
  const limit = createLimiter(4 * availableParallelism());
  await Promise.all(
    files.map((file) =>
      limit(async () => {
        const url = new URL(file, dir);
        const body = await readFile(url);
        const compress = (encoding: keyof typeof COMPRESSORS) => {
          const make = () => COMPRESSORS[encoding](body);
          return cache ? cache.getOrMake(hashInputs([COMPRESSOR_VERSION, encoding, body]), make) : make();
        };
        const [br, gz] = await Promise.all([compress('br'), compress('gz')]);
        report.bytes += body.length;
        for (const [suffix, copy, key] of [
          ['.br', br, 'brotliBytes'],
          ['.gz', gz, 'gzipBytes'],
        ] as const) {
          const keep = copy.length < body.length;
          if (keep) await writeFile(new URL(`${file}${suffix}`, dir), copy);
          report[key] += keep ? copy.length : body.length;
        }
      }),
    ),
  );
  return report;
}
