import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { findLayerProblems, LAYER_OF_FOLDER, listFolderImports, type SourceFile } from './import-layers.ts';

const src = new URL('../', import.meta.url);
const files: SourceFile[] = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((path) => /\.(ts|astro|mjs)$/.test(path))
  .map((path) => ({ path, text: readFileSync(new URL(path, src), 'utf8') }));

test('the code imports one way: leaves, features, the integration, then the tools, with no circle', () => {
  expect(listFolderImports(files).size).toBeGreaterThan(0);
  expect(findLayerProblems(files)).toEqual([]);
});

test('every folder of src/ has a layer, and every layer has a folder', () => {
  const folders = readdirSync(src, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? [entry.name] : [],
  );
  expect(folders.sort()).toEqual(Object.keys(LAYER_OF_FOLDER).sort());
});

const file = (path: string, imports: string[]): SourceFile => ({
  path,
  text: imports.map((specifier) => `import { x } from '${specifier}';`).join('\n'),
});

test.each([
  [
    'a leaf that imports the integration',
    [file('site/pages.ts', ['../integration/links.ts']), file('integration/links.ts', [])],
    [
      'site → integration: a lower layer imports a higher one (site/pages.ts imports ../integration/links.ts)',
    ],
  ],
  [
    'a feature that imports a tool, in a component',
    [file('quiz/Quiz.astro', ['../serve/static-server.ts']), file('serve/static-server.ts', [])],
    ['quiz → serve: a lower layer imports a higher one (quiz/Quiz.astro imports ../serve/static-server.ts)'],
  ],
  [
    'two features that import each other',
    [file('quiz/a.ts', ['../brief/b.ts']), file('brief/b.ts', ['../quiz/c.ts'])],
    ['a circle of imports: quiz → brief → quiz', 'a circle of imports: brief → quiz → brief'],
  ],
  [
    'a folder with no layer',
    [file('helpers/util.ts', ['../site/pages.ts'])],
    ['src/helpers/ has no layer in LAYER_OF_FOLDER'],
  ],
  [
    'imports downwards and within a folder',
    [
      file('bench/bench.ts', ['../serve/serve.ts', '../integration/precompress.ts', './scale.ts']),
      file('integration/precompress.ts', ['../site/pages.ts', '../quiz/engine.ts']),
      file('quiz/engine.ts', ['../site/languages.ts', '../../content/quiz/role-fit.yaml']),
    ],
    [],
  ],
])('%s is reported as it should be', (_, sources, expected) => {
  expect(findLayerProblems(sources)).toEqual(expected);
});
