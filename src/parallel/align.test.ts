import { expect, test } from 'vitest';
import { alignArticle, splitSections } from './align.ts';

const heading = (id: string, text: string, level = 2) =>
  `<div class="sl-heading-wrapper level-h${level}"><h${level} id="${id}">${text}</h${level}><a class="sl-anchor-link" href="#${id}">#</a></div>`;

const original = [
  '<section class="source-box"><h2 id="source-box-title">Sobre</h2></section>',
  '<p>Uno.</p>',
  heading('daily-tasks', 'Tareas'),
  '<p>Dos.</p>',
  '<aside class="starlight-aside"><p>Nota</p></aside>',
  '<figure class="diagram"><svg></svg></figure>',
  heading('complexity', 'Complejidad', 3),
  '<ul><li>a</li></ul>',
].join('\n');

const translation = [
  '<p>One.</p>',
  heading('daily-tasks', 'Daily tasks'),
  '<p>Two.</p>',
  '<aside class="starlight-aside"><p>Note</p></aside>',
  heading('complexity', 'Complexity', 3),
  '<ul><li>a</li></ul>',
].join('\n');

test('pairs each section and, block for block, each paragraph', () => {
  const rows = alignArticle(original, translation);
  expect(rows.map(({ kind, id }) => `${kind}${id ? `#${id}` : ''}`)).toEqual([
    'block',
    'heading#daily-tasks',
    'block',
    'block',
    'heading#complexity',
    'block',
  ]);
  expect(rows[0]).toMatchObject({ original: '<p>Uno.</p>', translation: '<p>One.</p>' });
  expect(rows[3]?.translation).toContain('Note');
});

test('leaves out the source box, the summary and the figures', () => {
  const blocks = splitSections(original).flatMap((section) => section.blocks.map((block) => block.tagName));
  expect(blocks).toEqual(['p', 'p', 'aside', 'ul']);
});

test('moves each anchor to its row, so neither column repeats an id', () => {
  const rows = alignArticle(original, translation);
  for (const row of rows) {
    expect(row.original).not.toMatch(/\sid=/);
    expect(row.translation).not.toMatch(/\sid=/);
  }
  expect(rows[1]?.original).toContain('href="#daily-tasks"');
});

test('keeps a section whole when its paragraphs do not pair up', () => {
  const rows = alignArticle(
    original,
    translation.replace('<p>Two.</p>', '<p>Two.</p><p>Two and a half.</p>'),
  );
  const section = rows.filter((row) => row.kind === 'block')[1];
  expect(section?.original).toContain('Nota');
  expect(section?.translation).toContain('Two and a half.');
});

test('fails, naming the section, when the translation lacks one', () => {
  const cut = translation.slice(0, translation.indexOf('<div class="sl-heading-wrapper level-h3">'));
  expect(() => alignArticle(original, cut)).toThrow(
    'The section #complexity has no counterpart in the translation.',
  );
});

test('fails, naming the section, when the original lacks one', () => {
  const extra = `${translation}\n${heading('extra', 'Extra')}<p>More.</p>`;
  expect(() => alignArticle(original, extra)).toThrow(
    'The section #extra has no counterpart in the original.',
  );
});
