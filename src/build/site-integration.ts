import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LANGUAGES } from '../i18n/languages.ts';
import { buildPolicy, findInlineCode, insertPolicy, mergeInlineCode } from './content-security-policy.ts';
import { renderHeadersFile, SECURITY_HEADERS } from './headers-file.ts';

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
 * Gives every page a Content-Security-Policy of its own, with the hashes of its inline code, and
 * writes the site-wide policy and security headers to `_headers` for static hosts.
 */
async function secureBuild(dir: URL): Promise<number> {
  const pages = [];
  for (const file of await listHtmlFiles(dir)) {
    const url = new URL(file, dir);
    const html = await readFile(url, 'utf8');
    const code = findInlineCode(html);
    pages.push(code);
    await writeFile(url, insertPolicy(html, buildPolicy(code, 'meta')));
  }
  const headers = renderHeadersFile([
    {
      pattern: '/*',
      headers: {
        'Content-Security-Policy': buildPolicy(mergeInlineCode(pages), 'header'),
        ...SECURITY_HEADERS,
      },
    },
    { pattern: '/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
  ]);
  await writeFile(new URL('_headers', dir), headers);
  return pages.length;
}

/**
 * The site's own routes and build steps on top of Starlight: the language entry page at `/`, a
 * bilingual root 404 page, `robots.txt`, a `404.html` in each language folder for static hosts
 * that serve the nearest one, each article's side-by-side view, a social card for every page, and a
 * strict Content-Security-Policy on every page.
 */
export function siteIntegration(): AstroIntegration {
  return {
    name: 'cso-vs-cro',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute(route('/', '../entry/LanguageEntry.astro'));
        injectRoute(route('/404', '../entry/NotFound.astro'));
        injectRoute(route('/robots.txt', './robots.txt.ts'));
        injectRoute(route('/[lang]/404', '../entry/LocalizedNotFound.astro'));
        injectRoute(route('/[lang]/articles/[article]/parallel', '../parallel/ParallelPage.astro'));
        injectRoute(route('/social/[...card].png', '../social/social-card.png.ts'));
      },
      'astro:build:done': async ({ dir, logger }) => {
        await Promise.all(
          LANGUAGES.map((lang) =>
            copyFile(new URL(`${lang}/404/index.html`, dir), new URL(`${lang}/404.html`, dir)),
          ),
        );
        const count = await secureBuild(dir);
        logger.info(`Content-Security-Policy with inline hashes on ${count} pages; _headers written.`);
      },
    },
  };
}
