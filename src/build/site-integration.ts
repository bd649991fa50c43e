import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LANGUAGES } from '../i18n/languages.ts';
import { buildPolicy, findInlineCode, insertPolicy, mergeInlineCode } from './content-security-policy.ts';
import {
  NGINX_INCLUDE,
  renderHeadersFile,
  renderNginxInclude,
  SECURITY_HEADERS,
  siteHeaderRules,
} from './headers-file.ts';
import { createContentCache, hashInputs } from './content-cache.ts';
import { openInlineCodeIndex, type InlineCodeIndex } from './inline-code-index.ts';
import { createLimiter } from './limit.ts';
import { createPrecompressor, type Precompressor } from './precompress.ts';
import { writeSocialCards } from '../social/write-cards.ts';

const route = (pattern: string, file: string) => ({
  pattern,
  entrypoint: fileURLToPath(new URL(file, import.meta.url)),
  prerender: true,
});

/** Lists the HTML files of a build folder, as paths relative to it. */
async function listHtmlFiles(dir: URL): Promise<string[]> {
  const files = await readdir(dir, { recursive: true });
  return files.filter((file) => file.endsWith('.html')).sort();
}

/**
 * What finds a page's inline code, as part of its cache key: the finder's own source and the HTML
 * parser's version, so that a change to either finds the code afresh.
 */
async function describeInlineCodeFinder(): Promise<string> {
  const parser = new URL('../package.json', pathToFileURL(createRequire(import.meta.url).resolve('parse5')));
  const [source, manifest] = await Promise.all([
    readFile(new URL('./content-security-policy.ts', import.meta.url)),
    readFile(parser),
  ]);
  return hashInputs([source, manifest]);
}

/**
 * Gives every page a Content-Security-Policy of its own, with the hashes of its inline code, and
 * its referrer policy: what a page carries to any host. Writes the site-wide policy and security
 * headers for the hosts that take them: `_headers` (Netlify, Cloudflare Pages, the preview server)
 * and an nginx include, both from the same rules.
 */
async function secureBuild(
  dir: URL,
  base: string,
  index: InlineCodeIndex,
  precompressor: Precompressor,
): Promise<number> {
  const htmlFiles = await listHtmlFiles(dir);
  const finder = await describeInlineCodeFinder();
  // Pages are read, looked up and written a few at a time: the disk works while a page is hashed.
  const limit = createLimiter(4 * availableParallelism());
  const pages = await Promise.all(
    htmlFiles.map((file) =>
      limit(async () => {
        const url = new URL(file, dir);
        const html = await readFile(url, 'utf8');
        // Parsing every page is most of this step's time; a page the last build made the same is not parsed again.
        const code = index.getOrFind(hashInputs([finder, html]), () => findInlineCode(html));
        const secured = Buffer.from(
          insertPolicy(html, buildPolicy(code, 'meta'), SECURITY_HEADERS['Referrer-Policy']),
          'utf8',
        );
        await writeFile(url, secured);
        // The page's final bytes are in hand: its compressed copies are made now, not read again later.
        await precompressor.file(file, secured);
        return code;
      }),
    ),
  );
  const rules = siteHeaderRules(base, buildPolicy(mergeInlineCode(pages), 'header'));
  const notFoundPages = htmlFiles
    .filter((file) => /(^|\/)404\.html$/.test(file))
    .map((file) => `${base}${file}`);
  await writeFile(new URL('_headers', dir), renderHeadersFile(rules));
  await writeFile(new URL(NGINX_INCLUDE, dir), renderNginxInclude(rules, notFoundPages));
  return pages.length;
}

/**
 * The site's own routes and build steps on top of Starlight: the language entry page at `/`, a
 * bilingual root 404 page, `robots.txt`, a `404.html` in each language folder for static hosts
 * that serve the nearest one, each article's side-by-side view, a social card for every page, and a
 * strict Content-Security-Policy on every page.
 */
export function siteIntegration(): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  return {
    name: 'cso-vs-cro',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute, updateConfig }) => {
        // Where the social cards and precompressed copies are kept between builds.
        updateConfig({
          vite: {
            define: { 'import.meta.env.SITE_CACHE_DIR': JSON.stringify(fileURLToPath(config.cacheDir)) },
          },
        });
        injectRoute(route('/', '../entry/LanguageEntry.astro'));
        injectRoute(route('/404', '../entry/NotFound.astro'));
        injectRoute(route('/robots.txt', './robots.txt.ts'));
        injectRoute(route('/[lang]/404', '../entry/LocalizedNotFound.astro'));
        injectRoute(route('/[lang]/articles/[article]/parallel', '../parallel/ParallelPage.astro'));
        if (command === 'build') {
          // One route lists the cards; `astro:build:done` draws them all, from the cache where it can.
          injectRoute(route('/social/cards.json', '../social/cards.json.ts'));
        } else {
          // The dev server draws each card when it is asked for.
          injectRoute(route('/social/[...card].png', '../social/social-card.png.ts'));
        }
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await Promise.all(
          LANGUAGES.map((lang) =>
            copyFile(new URL(`${lang}/404/index.html`, dir), new URL(`${lang}/404.html`, dir)),
          ),
        );
        const started = performance.now();
        const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
        const precompressCache = createContentCache(join(cacheDir, 'precompressed'));
        const precompressor = createPrecompressor(dir, precompressCache);
        // The cards and the pages are written side by side: neither reads what the other writes.
        await Promise.all([
          writeSocialCards(dir, { cacheDir: join(cacheDir, 'social-cards') }).then(({ cards, stats }) =>
            logger.info(
              `Social cards: ${cards} in ${seconds()} (${stats.hits} from the cache, ${stats.misses} drawn).`,
            ),
          ),
          openInlineCodeIndex(join(cacheDir, 'inline-code.json')).then(async (index) => {
            const count = await secureBuild(dir, base, index, precompressor);
            await index.save();
            logger.info(
              `Content-Security-Policy with inline hashes on ${count} pages ` +
                `(${index.stats.misses} parsed, ${index.stats.hits} as the last build found them), ` +
                `and their compressed copies, in ${seconds()}; _headers and ${NGINX_INCLUDE} written.`,
            );
          }),
        ]);
        const { files, bytes, brotliBytes, gzipBytes } = await precompressor.rest();
        const kb = (value: number) => `${Math.round(value / 1024)} KB`;
        logger.info(
          `Precompressed ${files} text files, all done in ${seconds()} ` +
            `(${precompressCache.stats.hits} from the cache, ${precompressCache.stats.misses} made): ` +
            `${kb(bytes)} → ${kb(brotliBytes)} brotli, ${kb(gzipBytes)} gzip.`,
        );
      },
    },
  };
}
