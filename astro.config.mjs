// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import es from './content/i18n/es.json' with { type: 'json' };
import en from './content/i18n/en.json' with { type: 'json' };
import { siteIntegration } from './src/integration/site-integration.ts';
import { BASE_PATH, OUT_DIR, SITE_URL } from './src/site/site-url.ts';

export default defineConfig({
  site: SITE_URL,
  // `BASE_PATH=/cso-vs-cro/` builds the site for a sub-path, e.g. a GitHub Pages project site.
  base: BASE_PATH,
  outDir: OUT_DIR,
  // Content lives in the top-level `content/` folder, code in `src/`.
  srcDir: './',
  trailingSlash: 'always',
  // Nothing is fetched before a reader asks for it.
  prefetch: false,
  vite: {
    build: {
      // Every script is a file of its own: the only inline scripts are Starlight's few, hashed by
      // the build. Small stylesheets are still inlined (and hashed) to save requests.
      assetsInlineLimit: (file) => (file.endsWith('.css') ? undefined : false),
    },
  },
  markdown: {
    // `## Heading { #stable-id }` gives a section the same anchor in both languages.
    processor: satteri({ features: { headingAttributes: true } }),
  },
  integrations: [
    starlight({
      title: 'CSO vs CRO',
      defaultLocale: 'es',
      locales: {
        es: { label: 'Español', lang: 'es' },
        en: { label: 'English', lang: 'en' },
      },
      disable404Route: true,
      components: {
        Head: './src/social/Head.astro',
        Header: './src/navigation/Header.astro',
        LanguageSelect: './src/navigation/LanguageSwitch.astro',
        MarkdownContent: './src/glossary/MarkdownContent.astro',
        Search: './src/search/Search.astro',
        Sidebar: './src/navigation/Sidebar.astro',
        ThemeProvider: './src/theme/ThemeProvider.astro',
        ThemeSelect: './src/theme/ThemeSelect.astro',
      },
      expressiveCode: false,
      favicon: '/favicon.svg',
      customCss: [
        './src/styles/typography.css',
        './src/styles/utilities.css',
        './src/evidence/evidence.css',
        './src/brief/brief-print.css',
      ],
      lastUpdated: false,
      pagination: false,
      sidebar: [
        { slug: 'comparison' },
        {
          label: es['nav.articles'],
          translations: { en: en['nav.articles'] },
          items: [{ slug: 'articles/cso-vs-cro' }, { slug: 'articles/cro-or-cso' }],
        },
        { slug: 'quiz' },
        { slug: 'job-description' },
        {
          label: es['nav.briefs'],
          translations: { en: en['nav.briefs'] },
          items: [{ slug: 'brief/cso' }, { slug: 'brief/cro' }],
        },
        { slug: 'glossary' },
      ],
    }),
    sitemap({
      i18n: { defaultLocale: 'es', locales: { es: 'es', en: 'en' } },
      filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
    }),
    siteIntegration(),
  ],
});
