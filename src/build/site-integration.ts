import { copyFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { LANGUAGES } from '../i18n/languages.ts';

/**
 * The site's own routes and build steps on top of Starlight: the language entry page at `/`, a
 * bilingual root 404 page, `robots.txt`, and a `404.html` in each language folder for static hosts that serve
 * the nearest one.
 */
export function siteIntegration(): AstroIntegration {
  return {
    name: 'cso-vs-cro',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: '/',
          entrypoint: new URL('../entry/LanguageEntry.astro', import.meta.url),
          prerender: true,
        });
        injectRoute({
          pattern: '/404',
          entrypoint: new URL('../entry/NotFound.astro', import.meta.url),
          prerender: true,
        });
        injectRoute({
          pattern: '/robots.txt',
          entrypoint: new URL('./robots.txt.ts', import.meta.url),
          prerender: true,
        });
        injectRoute({
          pattern: '/[lang]/404',
          entrypoint: new URL('../entry/LocalizedNotFound.astro', import.meta.url),
          prerender: true,
        });
      },
      'astro:build:done': async ({ dir }) => {
        await Promise.all(
          LANGUAGES.map((lang) =>
            copyFile(new URL(`${lang}/404/index.html`, dir), new URL(`${lang}/404.html`, dir)),
          ),
        );
      },
    },
  };
}
