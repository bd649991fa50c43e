/**
 * The rule that keeps the code's layers apart: every folder of `src/` belongs to a layer, and a
 * module imports only from its own layer or the ones below it. From the bottom:
 * - `site`: leaves that read the environment or compute a path, and import nothing of the site;
 * - the features (`quiz`, `brief`, `comparison`…): schema, pure logic, components and islands;
 * - `integration`: what runs inside `astro build` (policy, compression, cards, link check);
 * - the tools on top (`quality`, `serve`, `bench`, `browser`): checks, servers, benchmarks.
 * Folders of one layer may import each other, but never in a circle. Pure: sources in, problems out.
 */
import { dirname, join, normalize } from 'node:path';

/** Each folder of `src/` and its layer, from the bottom (0) up. */
export const LAYER_OF_FOLDER = {
  site: 0,
  articles: 1,
  brief: 1,
  comparison: 1,
  diagrams: 1,
  entry: 1,
  evidence: 1,
  glossary: 1,
  'job-description': 1,
  navigation: 1,
  parallel: 1,
  quiz: 1,
  search: 1,
  social: 1,
  styles: 1,
  theme: 1,
  integration: 2,
  bench: 3,
  browser: 3,
  quality: 3,
  serve: 3,
} as const satisfies Record<string, number>;

/** A source file of `src/`: its path under `src/` (`quiz/engine.ts`) and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\1/g;

/** The folder of `src/` a path under it is in (`quiz` for `quiz/engine.ts`). */
const folderOf = (path: string) => path.split('/')[0] ?? '';

/** Lists the imports from one folder of `src/` into another: `from → to` with the files. */
export function listFolderImports(files: readonly SourceFile[]): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const { path, text } of files) {
    for (const [, , specifier = ''] of text.matchAll(IMPORT)) {
      const target = normalize(join(dirname(path), specifier));
      if (target.startsWith('..')) continue; // outside `src/`: the project's own data and config
      const [from, to] = [folderOf(path), folderOf(target)];
      if (from === to) continue;
      const key = `${from} → ${to}`;
      edges.set(key, [...(edges.get(key) ?? []), `${path} imports ${specifier}`]);
    }
  }
  return edges;
}

/** Finds every import against the rule: a folder without a layer, an import upwards, a circle. */
export function findLayerProblems(files: readonly SourceFile[]): string[] {
  const layers: Record<string, number> = LAYER_OF_FOLDER;
  const problems: string[] = [];
  for (const folder of new Set(files.map(({ path }) => folderOf(path)))) {
    if (!(folder in layers)) problems.push(`src/${folder}/ has no layer in LAYER_OF_FOLDER`);
  }
  const edges = listFolderImports(files);
  const next = new Map<string, string[]>();
  for (const [key, where] of edges) {
    const [from = '', to = ''] = key.split(' → ');
    next.set(from, [...(next.get(from) ?? []), to]);
    const [above, below] = [layers[from], layers[to]];
    if (above !== undefined && below !== undefined && below > above) {
      problems.push(`${key}: a lower layer imports a higher one (${where.join('; ')})`);
    }
  }
  // A circle between folders: one concern split wrongly, or a leaf in the wrong folder.
  for (const start of next.keys()) {
    const path = findPath(next, start, start);
    if (path) problems.push(`a circle of imports: ${[start, ...path].join(' → ')}`);
  }
  return problems;
}

/** A path of folders from `from` back to `goal`, if there is one. */
function findPath(next: ReadonlyMap<string, string[]>, from: string, goal: string): string[] | undefined {
  const seen = new Set<string>();
  const walk = (at: string): string[] | undefined => {
    for (const to of next.get(at) ?? []) {
      if (to === goal) return [to];
      if (seen.has(to)) continue;
      seen.add(to);
      const rest = walk(to);
      if (rest) return [to, ...rest];
    }
    return undefined;
  };
  return walk(from);
}
