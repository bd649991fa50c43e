import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const docs = new URL('../../content/docs/', import.meta.url);
const pages = readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((file) =>
  file.endsWith('.mdx'),
);

// A link written from the root (`/es/comparison/`) breaks when the site lives under a base path
// (`/cso-vs-cro/`); a relative one (`../comparison/`) works in both.
const ROOT_LINK = /\]\(\/(?!\/)|href="\/(?!\/)|link: \/(?!\/)/;

test.each(pages)('%s links to other pages relative to itself', (file) => {
  const text = readFileSync(new URL(file, docs), 'utf8');
  const lines = text
    .split('\n')
    .flatMap((line, index) => (ROOT_LINK.test(line) ? [`${index + 1}: ${line.trim()}`] : []));
  expect(lines).toEqual([]);
});
