import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LANGUAGES } from '../site/languages.ts';
import { describeLinkProblems, findBuiltLinkProblems } from './built-links.ts';
import { buildPolicy, insertPolicy, mergeInlineCode } from './content-security-policy.ts';
import {
  NGINX_INCLUDE,
  renderHeadersFile,
  renderNginxInclude,
  SECURITY_HEADERS,
  siteHeaderRules,
} from '../site/security-headers.ts';
import { createContentCache, hashInputs } from './content-cache.ts';
import { openPageIndex, readPageFacts, type PageFacts, type PageIndex } from './page-index.ts';
import pLimit from 'p-limit';
import { createPrecompressor, type Precompressor } from './precompress.ts';
import { CARD_MANIFEST_FILE } from './card-manifest.ts';
import { serveSocialCards, writeSocialCards } from './social-cards.ts';

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
 * What reads a page's facts, as part of its cache key: the readers' own sources and the HTML
 * parser's version, so that a change to any of them reads every page afresh.
 */
async function describePageReader(): Promise<string> {
  const parser = new URL('../package.json', pathToFileURL(createRequire(import.meta.url).resolve('parse5')));
  const parts = await Promise.all([
    readFile(new URL('./page-index.ts', import.meta.url)),
    readFile(new URL('./content-security-policy.ts', import.meta.url)),
    readFile(new URL('./links.ts', import.meta.url)),
    readFile(parser),
  ]);
  return hashInputs(parts);
}

/**
 * Gives every page a Content-Security-Policy of its own, with the hashes of its inline code, and
 * its referrer policy: what a page carries to any host. Writes the site-wide policy and security
 * headers for the hosts that take them: `_headers` (Netlify, Cloudflare Pages, the preview server)
 * and an nginx include, both from the same rules. Returns what it read of each page, by file.
 */
async function secureBuild(
  dir: URL,
  base: string,
  index: PageIndex,
  precompressor: Precompressor,
): Promise<Map<string, PageFacts>> {
  const htmlFiles = await listHtmlFiles(dir);
  const reader = await describePageReader();
  // Pages are read, looked up and written a few at a time: the disk works while a page is hashed.
  const limit = pLimit(4 * availableParallelism());
  const pages = await Promise.all(
    htmlFiles.map((file) =>
      limit(async () => {
        const url = new URL(file, dir);
        const html = await readFile(url, 'utf8');
        // Parsing every page is most of this step's time; a page the last build made the same is not parsed again.
        const facts = index.getOrRead(hashInputs([reader, html]), () => readPageFacts(html));
        const secured = Buffer.from(
          insertPolicy(html, buildPolicy(facts.code, 'meta'), SECURITY_HEADERS['Referrer-Policy']),
          'utf8',
        );
        await writeFile(url, secured);
        // The page's final bytes are in hand: its compressed copies are made now, not read again later.
        await precompressor.file(file, secured);
        return [file, facts] as const;
      }),
    ),
  );
  const rules = siteHeaderRules(
    base,
    buildPolicy(mergeInlineCode(pages.map(([, { code }]) => code)), 'header'),
  );
  const notFoundPages = htmlFiles
    .filter((file) => /(^|\/)404\.html$/.test(file))
    .map((file) => `${base}${file}`);
  await writeFile(new URL('_headers', dir), renderHeadersFile(rules));
  await writeFile(new URL(NGINX_INCLUDE, dir), renderNginxInclude(rules, notFoundPages));
  return new Map(pages);
}

/**
 * The site's own routes and build steps on top of Starlight: the language entry page at `/`, a
 * bilingual root 404 page, `robots.txt`, a `404.html` in each language folder for static hosts
 * that serve the nearest one, each article's side-by-side view, a social card for every page, a
 * strict Content-Security-Policy on every page, and a check of every link, anchor and text fragment
 * of the built pages that fails the build when one is broken.
 */
export function siteIntegration(): AstroIntegration {
  let base = '/';
  let origin = '';
  let cacheDir = '';
  return {
    name: 'cso-vs-cro',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute(route('/', '../entry/LanguageEntry.astro'));
        injectRoute(route('/404', '../entry/NotFound.astro'));
        injectRoute(route('/robots.txt', './robots.txt.ts'));
        injectRoute(route('/[lang]/404', '../entry/LocalizedNotFound.astro'));
        injectRoute(route('/[lang]/articles/[article]/parallel', '../parallel/ParallelPage.astro'));
        // The list of every page's social card: `astro:build:done` draws them all, the dev server
        // each one it is asked for.
        injectRoute(route(`/${CARD_MANIFEST_FILE}`, './cards.json.ts'));
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(
          serveSocialCards(
            base,
            async (at) => (await fetch(new URL(`${base}${CARD_MANIFEST_FILE}`, at))).text(),
            { cacheDir: join(cacheDir, 'social-cards') },
          ),
        );
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (!config.site) throw new Error('The site has no `site` address: its links cannot be checked.');
        origin = new URL(config.site).origin;
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
        const [, facts] = await Promise.all([
          writeSocialCards(dir, { cacheDir: join(cacheDir, 'social-cards') }).then(({ cards, stats }) =>
            logger.info(
              `Social cards: ${cards} in ${seconds()} (${stats.hits} from the cache, ${stats.misses} drawn).`,
            ),
          ),
          openPageIndex(join(cacheDir, 'pages.json')).then(async (index) => {
            const facts = await secureBuild(dir, base, index, precompressor);
            await index.save();
            logger.info(
              `Content-Security-Policy with inline hashes on ${facts.size} pages ` +
                `(${index.stats.misses} parsed, ${index.stats.hits} as the last build found them), ` +
                `and their compressed copies, in ${seconds()}; _headers and ${NGINX_INCLUDE} written.`,
            );
            return facts;
          }),
        ]);
        // Every link of every page, the cards included, now that all are written: a broken one fails the build.
        const problems = await findBuiltLinkProblems(dir, facts, { origin, base });
        if (problems.length > 0) throw new Error(describeLinkProblems(problems));
        const links = [...facts.values()].reduce(
          (sum, page) => sum + page.links.length + page.resources.length,
          0,
        );
        logger.info(
          `Links: ${links} links and resources in ${facts.size} pages, none broken (${seconds()}).`,
        );
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
