/**
 * The build's own link check: every link, loaded resource, anchor and text fragment of every
 * built page, links written by components included, against the files the build wrote. It reads
 * the facts the page index already holds, so a rebuild with nothing changed parses no page for it
 * (only the few pages that text fragments point into are read again, for their text).
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { findLinkProblems, type LinkProblem, type PageLinks } from './links.ts';
import { readSearchableText, type SearchableText } from './text-fragments.ts';
import type { PageFacts } from './page-index.ts';

/** Where the build is deployed: absolute links to `origin` are internal, and every path is under `base`. */
export interface BuiltSiteAddress {
  origin: string;
  base: string;
}

/** Finds every broken link of the pages in `dir`, whose facts (by file, e.g. `es/index.html`) are given. */
export async function findBuiltLinkProblems(
  dir: URL,
  facts: ReadonlyMap<string, PageFacts>,
  { origin, base }: BuiltSiteAddress,
): Promise<LinkProblem[]> {
  const files = new Set((await readdir(dir, { recursive: true })).map(String));
  const pages = new Map<string, PageLinks>(
    [...facts].map(([file, { links, resources, ids }]) => [file, { links, resources, ids: new Set(ids) }]),
  );
  const texts = new Map<string, SearchableText | undefined>();
  const textOf = (file: string) => {
    if (!texts.has(file)) {
      texts.set(
        file,
        files.has(file) ? readSearchableText(readFileSync(new URL(file, dir), 'utf8')) : undefined,
      );
    }
    return texts.get(file);
  };
  return findLinkProblems({ origin, base, pages, hasFile: (path) => files.has(path), textOf });
}

/** Says what is broken, a line per link, for the build's error. */
export function describeLinkProblems(problems: readonly LinkProblem[]): string {
  return [
    `${problems.length} broken link${problems.length === 1 ? '' : 's'} in the built pages:`,
    ...problems.map(({ page, target, problem }) => `  ${page}: ${target} ${problem}`),
  ].join('\n');
}
