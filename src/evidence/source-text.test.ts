import fc from 'fast-check';
import { expect, test } from 'vitest';
import { normalizeText, OPENING, readSectionTexts, sectionContains } from './source-text.ts';

const page = [
  '---',
  'title: An article',
  '---',
  '',
  "import SourceBox from '~/articles/SourceBox.astro';",
  '',
  '<SourceBox />',
  '',
  'The opening, with “curly quotes”.',
  '',
  ':::note[Editor’s note]',
  'Words of the site, not of the article.',
  ':::',
  '',
  '## The main section { #main }',
  '',
  'First paragraph of the main section.',
  '',
  '- A list item',
  '- Another **bold** item',
  '',
  '### A subsection { #sub }',
  '',
  'Text of the subsection.',
  '',
  '## Another section { #other }',
  '',
  'Last words.',
].join('\n');

test('reads the opening, each section and its subsections, without notes or components', () => {
  const sections = readSectionTexts(page);
  expect([...sections.keys()].sort()).toEqual([OPENING, 'main', 'other', 'sub']);
  expect(sections.get(OPENING)).toBe('The opening, with "curly quotes".');
  expect(sections.get('main')).toBe(
    'The main section First paragraph of the main section. A list item Another bold item A subsection Text of the subsection.',
  );
  expect(sections.get('sub')).toBe('A subsection Text of the subsection.');
  expect(sections.get('other')).toBe('Another section Last words.');
});

test('finds a quote in its section whatever its quotation marks and spacing', () => {
  const sections = readSectionTexts(page);
  expect(sectionContains(sections.get(OPENING) ?? '', 'with "curly  quotes"')).toBe(true);
  expect(sectionContains(sections.get('main') ?? '', 'Text of the subsection.')).toBe(true);
  expect(sectionContains(sections.get('sub') ?? '', 'First paragraph')).toBe(false);
  expect(sectionContains(sections.get('other') ?? '', 'Words of the site')).toBe(false);
  expect(sectionContains(sections.get('other') ?? '', '   ')).toBe(false);
});

test.each([
  ['«Aumenta la rotación»', '"Aumenta la rotación"'],
  ['It’s ‘quoted’', "It's 'quoted'"],
  ['  two\u00a0 spaces\n', 'two spaces'],
])('normalises %j to %j', (text, normal) => {
  expect(normalizeText(text)).toBe(normal);
});

test('a quote taken from a section is always found in it', () => {
  fc.assert(
    fc.property(
      fc.array(fc.stringMatching(/^[a-záéíóñ]{1,8}$/), { minLength: 3, maxLength: 30 }),
      fc.nat(),
      fc.nat(),
      (words, from, length) => {
        const text = words.join(' ');
        const start = from % words.length;
        const quote = words.slice(start, start + 1 + (length % (words.length - start))).join(' ');
        expect(sectionContains(readSectionTexts(`## S { #s }\n\n${text}`).get('s') ?? '', quote)).toBe(true);
      },
    ),
  );
});
