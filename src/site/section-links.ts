/**
 * The links the pages of `content/docs/` write to each other, checked before any build: a link
 * is written relative to its page (`../comparison/#focus`), so that it works under any base path,
 * and lands on a page of the same language and, when it names one, on a heading of that page.
 * Pure: pages in, problems out.
 */
import { parseHeadings } from './headings.ts';
import { routeOfDocsFile } from './page-list.ts';

/** A page of `content/docs/`: its file under the folder (`es/comparison.mdx`) and its source. */
export interface DocsPage {
  file: string;
  text: string;
}

/** Reads the links a page's source writes: Markdown links, `href="…"` and front matter `link:`. */
export function readSourceLinks(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)|href="([^"]*)"|^\s*link: (\S+)/gm)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? '',
  );
}

const ORIGIN = 'http://pages.invalid';

/** Lists every link of the pages that does not land, as `file: link: why`. */
export function findSectionLinkProblems(pages: readonly DocsPage[]): string[] {
  const byRoute = new Map(
    pages.map(({ file, text }) => {
      const [lang = '', ...rest] = file.split('/');
      return [routeOfDocsFile(lang, rest.join('/')), { lang, text }] as const;
    }),
  );
  const anchorsOf = (text: string) => new Set(parseHeadings(text).flatMap(({ id }) => (id ? [id] : [])));
  const problems: string[] = [];
  for (const { file, text } of pages) {
    const [lang = '', ...rest] = file.split('/');
    const route = routeOfDocsFile(lang, rest.join('/'));
    for (const link of readSourceLinks(text)) {
      const report = (why: string) => problems.push(`${file}: ${link}: ${why}`);
      if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue; // another site, mail
      if (link.startsWith('/')) {
        report('is written from the root, which breaks under a base path; write it relative to the page');
        continue;
      }
      const target = new URL(link, `${ORIGIN}${route}`);
      const page = byRoute.get(target.pathname);
      if (!page) report(`points at ${target.pathname}, which is no page of content/docs`);
      else if (page.lang !== lang) report(`points at a page in ${page.lang} from a page in ${lang}`);
      else if (target.hash && !anchorsOf(page.text).has(decodeURIComponent(target.hash.slice(1))))
        report(`points at ${target.pathname}${target.hash}, which is no heading of that page`);
    }
  }
  return problems;
}
