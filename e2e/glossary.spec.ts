import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { expect, test, uiStrings } from './fixtures.ts';

type Words = Record<'es' | 'en', string>;
const [glossary] = parseYaml(
  readFileSync(new URL('../content/glossary/terms.yaml', import.meta.url), 'utf8'),
) as {
  terms: { id: string; term: Words; usual?: string; definition: Words; uses: ({ at: string } & Words)[] }[];
  silences: ({ id: string; title: Words } & Words)[];
}[];
if (!glossary) throw new Error('No glossary in content/glossary/terms.yaml');

for (const lang of ['es', 'en'] as const) {
  const t = (key: string) => uiStrings(lang)[key] ?? key;

  test.describe(`the glossary in ${lang}`, () => {
    test('has every term under the same anchor, with its uses in both languages and the site’s words labelled', async ({
      page,
    }) => {
      await page.goto(`/${lang}/glossary/`);
      for (const term of glossary.terms) {
        const entry = page.getByRole('region', { name: term.term[lang], exact: true });
        await expect(entry.getByRole('heading', { level: 3 })).toHaveAttribute('id', term.id);
        // Each use, quoted in both languages, links to its passage in that language.
        for (const use of term.uses) {
          const [article, section] = use.at.split('#');
          for (const quoted of ['es', 'en'] as const) {
            const link = entry.locator(`a[lang="${quoted}"]`).filter({ hasText: use[quoted] }).first();
            await expect(link).toHaveAttribute(
              'href',
              new RegExp(`^/${quoted}/articles/${article}/#${section}:~:text=`),
            );
          }
        }
        await expect(entry.getByText(t('glossary.definition'))).toBeVisible();
        await expect(entry.getByText(term.definition[lang])).toBeVisible();
        await expect(entry.getByText(t('glossary.usual'))).toHaveCount(term.usual ? 1 : 0);
      }
      for (const silence of glossary.silences) {
        const section = page.getByRole('region', { name: silence.title[lang] });
        await expect(section.getByText(t('evidence.silent'))).toBeVisible();
        await expect(section.getByText(silence[lang])).toBeVisible();
      }
    });

    test('a term’s use links to the article’s passage, highlighting the article’s own words', async ({
      page,
    }) => {
      await page.goto(`/${lang}/glossary/#deal-velocity`);
      const entry = page.locator('section[aria-labelledby="deal-velocity"]');
      await entry.locator(`a[lang="${lang}"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/articles/cro-or-cso/#fundamental-differences`));
      await expect(page.locator('#fundamental-differences')).toBeInViewport();
    });

    test('the comparison and a role brief link a term’s first use, and only that one, to its entry', async ({
      page,
    }) => {
      for (const path of [`/${lang}/comparison/`, `/${lang}/brief/cso/`]) {
        await page.goto(path);
        const links = page.locator(`a.glossary-link[href="/${lang}/glossary/#win-rate"]`);
        await expect(links).toHaveCount(1);
        const hrefs = await page
          .locator('a.glossary-link')
          .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
        expect(new Set(hrefs).size, `one link per term on ${path}`).toBe(hrefs.length);
      }
      await page.goto(`/${lang}/comparison/`);
      await page.locator(`a.glossary-link[href="/${lang}/glossary/#win-rate"]`).click();
      await expect(page).toHaveURL(`/${lang}/glossary/#win-rate`);
      await expect(page.locator('#win-rate')).toBeInViewport();
    });
  });
}

test('switching language on an entry stays on that entry', async ({ page }) => {
  await page.goto('/es/glossary/#deal-velocity');
  await page.getByRole('banner').getByRole('link', { name: 'English' }).first().click();
  await expect(page).toHaveURL('/en/glossary/#deal-velocity');
  await expect(page.locator('#deal-velocity')).toHaveText('Deal velocity');
});

test('search finds every entry of the glossary in both languages, by its name', async ({ page }) => {
  for (const lang of ['es', 'en'] as const) {
    await page.goto(`/${lang}/`);
    const missing = await page.evaluate(
      async ({ lang, terms }) => {
        const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
        await pagefind.options({ baseUrl: '/' });
        const notFound: string[] = [];
        for (const { id, name } of terms) {
          const search = await pagefind.search(name);
          const pages: { sub_results: { url: string }[] }[] = await Promise.all(
            search.results.map((result: { data(): Promise<{ sub_results: { url: string }[] }> }) =>
              result.data(),
            ),
          );
          const anchors = pages.flatMap(({ sub_results }) => sub_results.map(({ url }) => url));
          if (!anchors.includes(`/${lang}/glossary/#${id}`)) notFound.push(`${id} (“${name}”)`);
        }
        return notFound;
      },
      { lang, terms: glossary.terms.map(({ id, term }) => ({ id, name: term[lang] })) },
    );
    expect(missing, `glossary entries that a ${lang} search for their name does not find`).toEqual([]);
  }
});
