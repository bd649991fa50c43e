import type { Page } from '@playwright/test';
import { chooseLanding, splitLanding, type PageHit, type SectionHit } from '../src/search/landing.ts';
import { expect, test } from './fixtures.ts';

/** Where a reader's query should land: the first result's page, and its section ('' for the top). */
interface Probe {
  query: string;
  page: string;
  section: string;
}

// Queries a reader of each language would type, with the passage that answers them. The landing
// is the first result's, where the search dialog opens it (see src/search/landing.ts).
const PROBES: Record<'es' | 'en', Probe[]> = {
  en: [
    { query: 'win rate', page: '/en/glossary/', section: 'win-rate' },
    { query: 'who does the CSO report to', page: '/en/glossary/', section: 'silent-reporting' },
    { query: 'margin of error', page: '/en/brief/cro/', section: 'trait-margin-of-error' },
    { query: 'churn', page: '/en/glossary/', section: 'churn' },
    { query: 'deal velocity', page: '/en/glossary/', section: 'deal-velocity' },
    { query: 'quota attainment', page: '/en/glossary/', section: 'quota-attainment' },
    { query: 'SDR', page: '/en/glossary/', section: 'sdr' },
    { query: 'upselling', page: '/en/glossary/', section: 'renewals-and-upselling' },
    { query: 'sales cycle', page: '/en/glossary/', section: 'sales-cycle' },
    { query: 'customer success', page: '/en/glossary/', section: 'customer-success' },
    { query: 'salary', page: '/en/glossary/', section: 'silent-pay' },
    { query: 'checklist', page: '/en/glossary/', section: 'cro-checklist' },
    { query: 'silo', page: '/en/glossary/', section: 'silo' },
    { query: 'OSC', page: '/en/glossary/', section: 'cso' },
    { query: 'pipeline', page: '/en/glossary/', section: 'lead-generation' },
    { query: 'funnel', page: '/en/glossary/', section: 'lead-generation' },
    { query: 'comisiones', page: '/en/glossary/', section: 'silent-pay' },
    { query: 'sueldo', page: '/en/glossary/', section: 'silent-pay' },
    { query: 'job description', page: '/en/job-description/', section: '' },
    { query: 'job posting', page: '/en/job-description/', section: '' },
  ],
  es: [
    { query: 'tasa de cierre', page: '/es/glossary/', section: 'win-rate' },
    { query: 'tasa de éxito', page: '/es/glossary/', section: 'win-rate' },
    { query: 'a quién reporta el CSO', page: '/es/glossary/', section: 'silent-reporting' },
    { query: 'margen de error', page: '/es/brief/cro/', section: 'trait-margin-of-error' },
    { query: 'abandono de clientes', page: '/es/glossary/', section: 'churn' },
    { query: 'velocidad de cierre', page: '/es/glossary/', section: 'deal-velocity' },
    { query: 'cumplimiento de cuota', page: '/es/glossary/', section: 'quota-attainment' },
    { query: 'SDR', page: '/es/glossary/', section: 'sdr' },
    { query: 'venta adicional', page: '/es/glossary/', section: 'renewals-and-upselling' },
    { query: 'ciclo de ventas', page: '/es/glossary/', section: 'sales-cycle' },
    { query: 'éxito del cliente', page: '/es/glossary/', section: 'customer-success' },
    { query: 'sueldo', page: '/es/glossary/', section: 'silent-pay' },
    { query: 'checklist', page: '/es/glossary/', section: 'cro-checklist' },
    { query: 'OSC', page: '/es/articles/cro-or-cso/', section: 'cso-strengths-in-a-cro-role' },
    { query: 'precio medio de venta', page: '/es/glossary/', section: 'average-selling-price' },
    { query: 'pipeline', page: '/es/glossary/', section: 'lead-generation' },
    { query: 'embudo', page: '/es/glossary/', section: 'lead-generation' },
    { query: 'notoriedad de marca', page: '/es/glossary/', section: 'awareness' },
    { query: 'sueldo', page: '/es/glossary/', section: 'silent-pay' },
    { query: 'descripción del puesto', page: '/es/job-description/', section: '' },
    { query: 'oferta de empleo', page: '/es/job-description/', section: '' },
  ],
};

/** What the probe saw for one query: the first result's landing and the top three pages. */
interface Seen {
  query: string;
  landing: string;
  top: string[];
}

/** A page found, with its sections and each one's excerpt. */
type Hit = Omit<PageHit, 'sub_results'> & {
  sub_results?: readonly (SectionHit & { excerpt: string })[] | undefined;
};

/** Runs each query against the built index, with Pagefind's own API in the page's language. */
async function runQueries(page: Page, queries: string[]): Promise<{ query: string; hits: Hit[] }[]> {
  return page.evaluate(async (queries) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    await pagefind.options({ baseUrl: '/' });
    const found = [];
    for (const query of queries) {
      const search = await pagefind.search(query);
      const hits = await Promise.all(
        search.results.slice(0, 3).map(async (result: { data(): Promise<Hit> }) => {
          const { url, sub_results } = await result.data();
          return {
            url,
            sub_results: sub_results?.map(({ url, title, locations, excerpt }) => ({
              url,
              title,
              locations,
              excerpt,
            })),
          };
        }),
      );
      found.push({ query, hits });
    }
    return found;
  }, queries);
}

// Pagefind's first search loads its WebAssembly and index: slow on a busy machine.
test.describe.configure({ timeout: 90_000 });

for (const lang of ['es', 'en'] as const) {
  test(`reader queries in ${lang === 'es' ? 'Spanish' : 'English'} land on the passage that answers them`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/`);
    const probes = PROBES[lang];
    const seen: Seen[] = (
      await runQueries(
        page,
        probes.map(({ query }) => query),
      )
    ).map(({ query, hits }) => ({
      query,
      landing: hits[0] ? chooseLanding(hits[0], query) : '',
      top: hits.map(({ url }) => url),
    }));
    if (process.env['SEARCH_PROBE_REPORT']) {
      console.log(
        seen
          .map(
            ({ query, landing, top }) =>
              `| ${lang} | ${query} | ${landing || '(nothing)'} | ${top.join(' ')} |`,
          )
          .join('\n'),
      );
    }
    for (const [index, probe] of probes.entries()) {
      const { landing, top } = seen[index] ?? { landing: '', top: [] };
      expect.soft(splitLanding(landing), `the first result for “${probe.query}”`).toEqual({
        page: probe.page,
        section: probe.section,
      });
      // A side-by-side view repeats its article: it must not take a place among the first three.
      expect
        .soft(
          top.filter((url) => url.includes('/parallel/')),
          `parallel pages for “${probe.query}”`,
        )
        .toEqual([]);
    }
  });
}

// A result's excerpt is the page's text around the words found: a label and the text after it
// (the articles' silence, the site's reading, a glossary field) must not run into one word.
for (const [lang, query, label] of [
  ['es', 'años de experiencia', 'No está en los artículos'],
  ['en', 'years of experience', 'Not in the articles'],
  ['es', 'Tasa de Ganancias', 'Definición (palabras del sitio)'],
] as const) {
  test(`the excerpt for “${query}” keeps “${label}” apart from the text after it`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const [found] = await runQueries(page, [query]);
    const excerpts = (found?.hits ?? []).flatMap(({ sub_results }) =>
      (sub_results ?? []).map(({ excerpt }) => (excerpt ?? '').replace(/<\/?mark>/g, '')),
    );
    const withLabel = excerpts.filter((excerpt) => excerpt.includes(label));
    expect(withLabel.length, excerpts.join('\n')).toBeGreaterThan(0);
    for (const excerpt of withLabel)
      expect(excerpt).toMatch(new RegExp(`${label.replace(/[()]/g, '\\$&')}[:.]? \\S`));
  });
}
