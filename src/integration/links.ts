/**
 * Checks the links of a built site: every internal link, asset and anchor must exist, and no page
 * may load anything from another host. Pure: the caller reads the files.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { findFragmentProblem, type SearchableText } from './text-fragments.ts';

type Node = DefaultTreeAdapterMap['node'];
type Document = DefaultTreeAdapterMap['document'];

/** What a page links to and which anchors it offers. */
export interface PageLinks {
  /** Links a reader follows (`a`, `link rel=canonical|alternate`). */
  links: string[];
  /** Resources the browser loads (`script`, `link rel=stylesheet|icon`, `img`, `source`, …). */
  resources: string[];
  /** Every `id` on the page. */
  ids: Set<string>;
}

const RESOURCE_RELS = new Set(['stylesheet', 'icon', 'shortcut', 'preload', 'modulepreload', 'manifest']);

/** Reads the links, loaded resources and anchors of an HTML page. */
export function readPageLinks(html: string): PageLinks {
  return readPageLinksIn(parse(html));
}

/** `readPageLinks` on a page already parsed (by parse5), for a caller that reads more of it. */
export function readPageLinksIn(document: Document): PageLinks {
  const page: PageLinks = { links: [], resources: [], ids: new Set() };
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const attrs = new Map(node.attrs.map(({ name, value }) => [name, value]));
      const id = attrs.get('id');
      if (id) page.ids.add(id);
      const href = attrs.get('href');
      const src = attrs.get('src');
      if (node.tagName === 'a' && href !== undefined) page.links.push(href);
      if (node.tagName === 'link' && href !== undefined) {
        const rels = (attrs.get('rel') ?? '').split(/\s+/);
        (rels.some((rel) => RESOURCE_RELS.has(rel)) ? page.resources : page.links).push(href);
      }
      if (src !== undefined) page.resources.push(src);
      const srcset = attrs.get('srcset');
      if (srcset) page.resources.push(...srcset.split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''));
      if (
        node.tagName === 'meta' &&
        /^(og|twitter):image$/.test(attrs.get('property') ?? attrs.get('name') ?? '')
      ) {
        page.resources.push(attrs.get('content') ?? '');
      }
      if (node.tagName === 'template' && 'content' in node) node.content.childNodes.forEach(visit);
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(document);
  return page;
}

/** Maps a URL path of the site to the file that answers it, as a static host would. */
export function fileForPath(pathname: string): string {
  const path = decodeURIComponent(pathname).replace(/^\//, '');
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return path;
}

/** The built site, as the checker sees it. */
export interface BuiltSite {
  /** The origin the site is deployed at: absolute links to it are internal. */
  origin: string;
  /** The path the site lives under, `/` unless it was built for a sub-path such as `/cso-vs-cro/`. */
  base?: string;
  /** Pages by the path of their file, e.g. `es/index.html`. */
  pages: ReadonlyMap<string, PageLinks>;
  /** Tells whether the build has a file at a path, e.g. `_astro/page.js`. */
  hasFile(path: string): boolean;
  /** The searchable text of a page, to check the text fragments of links to it. */
  textOf?(page: string): SearchableText | undefined;
}

/** One broken link or forbidden request, described for a person. */
export interface LinkProblem {
  page: string;
  target: string;
  problem: string;
}

/** Explains what is wrong with a link or a resource, resolved, or returns `undefined`. */
function findProblem(url: URL, kind: 'link' | 'resource', site: BuiltSite) {
  const base = site.base ?? '/';
  if (['mailto:', 'tel:', 'data:'].includes(url.protocol)) return undefined;
  if (url.origin !== site.origin) return kind === 'resource' ? 'loads from another host' : undefined;
  if (!url.pathname.startsWith(base)) return `points at ${url.pathname}, outside the base path ${base}`;
  const file = fileForPath(`/${url.pathname.slice(base.length)}`);
  if (!site.hasFile(file)) return `points at ${url.pathname}, which the build does not have`;
  // A text fragment (`#section:~:text=…`) is not part of the anchor.
  const anchor = decodeURIComponent(url.hash.slice(1).split(':~:')[0] ?? '');
  const targetPage = site.pages.get(file);
  if (anchor && targetPage && !targetPage.ids.has(anchor)) {
    return `points at #${anchor}, which ${url.pathname} does not have`;
  }
  const text = url.hash.includes(':~:') ? site.textOf?.(file) : undefined;
  return text ? findFragmentProblem(url.hash, text) : undefined;
}

/** Finds every broken internal link or anchor, and every resource from another host. */
export function findLinkProblems(site: BuiltSite): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const base = site.base ?? '/';
  // Most links are the same on every page (the header, the sidebar, the quotes' passages): each
  // address is checked once, whichever page links to it.
  const checked = new Map<string, string | undefined>();
  for (const [pageFile, page] of site.pages) {
    const pageUrl = new URL(`${base}${pageFile.replace(/index\.html$/, '')}`, site.origin);
    const targets = [
      ...page.links.map((target) => ({ target, kind: 'link' as const })),
      ...page.resources.map((target) => ({ target, kind: 'resource' as const })),
    ];
    for (const { target, kind } of targets) {
      let problem: string | undefined;
      const url = URL.parse(target, pageUrl);
      if (!url) problem = 'is not a valid URL';
      else {
        const key = `${kind} ${url.href}`;
        if (checked.has(key)) problem = checked.get(key);
        else checked.set(key, (problem = findProblem(url, kind, site)));
      }
      if (problem) problems.push({ page: pageFile, target, problem });
    }
  }
  return problems;
}
