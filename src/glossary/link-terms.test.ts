import fc from 'fast-check';
import { expect, test } from 'vitest';
import { findFirstUses, findTextRuns, linkFirstUses, listTermWords, planTermLinks } from './link-terms.ts';

const TERMS = [
  { id: 'win-rate', words: ['win rate'] },
  { id: 'cso', words: ['CSO'] },
  { id: 'sales-operations', words: ['sales operations'] },
  { id: 'sdr', words: ['SDRs', 'SDR'] },
];
const href = (id: string) => `/en/glossary/#${id}`;

test('links the first use of each term, and only the first', () => {
  const html = '<p>The CSO watches the win rate. Every CSO does.</p><p>Win rate again.</p>';
  expect(linkFirstUses(html, TERMS, href)).toBe(
    '<p>The <a class="glossary-link" href="/en/glossary/#cso">CSO</a> watches the <a class="glossary-link" href="/en/glossary/#win-rate">win rate</a>. Every CSO does.</p><p>Win rate again.</p>',
  );
});

test.each([
  [
    'a link',
    '<p><a href="/x">CSO</a> and CSO</p>',
    '<p><a href="/x">CSO</a> and <a class="glossary-link" href="/en/glossary/#cso">CSO</a></p>',
  ],
  [
    'a heading',
    '<h2 id="x">CSO</h2><p>CSO</p>',
    '<h2 id="x">CSO</h2><p><a class="glossary-link" href="/en/glossary/#cso">CSO</a></p>',
  ],
  [
    'a quotation of the articles',
    '<details class="evidence"><summary>Source</summary><blockquote><p>the CSO</p></blockquote></details><p>CSO</p>',
    '<details class="evidence"><summary>Source</summary><blockquote><p>the CSO</p></blockquote></details><p><a class="glossary-link" href="/en/glossary/#cso">CSO</a></p>',
  ],
  [
    'hidden text',
    '<p hidden>CSO</p><p>CSO</p>',
    '<p hidden>CSO</p><p><a class="glossary-link" href="/en/glossary/#cso">CSO</a></p>',
  ],
  [
    'the site’s labels',
    '<p><span class="statement-label">CSO</span> CSO</p>',
    '<p><span class="statement-label">CSO</span> <a class="glossary-link" href="/en/glossary/#cso">CSO</a></p>',
  ],
])('does not link inside %s', (_, html, expected) => {
  expect(linkFirstUses(html, TERMS, href)).toBe(expected);
});

test('matches whole words only, whatever the case, and keeps the text as written', () => {
  expect(linkFirstUses('<p>CSOs, then Sales Operations.</p>', TERMS, href)).toBe(
    '<p>CSOs, then <a class="glossary-link" href="/en/glossary/#sales-operations">Sales Operations</a>.</p>',
  );
});

test('of overlapping uses, the longer word wins where both start', () => {
  expect(linkFirstUses('<p>Two SDRs.</p>', TERMS, href)).toBe(
    '<p>Two <a class="glossary-link" href="/en/glossary/#sdr">SDRs</a>.</p>',
  );
});

test('leaves escaped text and other markup exactly as rendered', () => {
  const html = '<p class="a">R&amp;D &lt;CSO&gt; <em>win rate</em></p>';
  expect(linkFirstUses(html, TERMS, href)).toBe(
    '<p class="a">R&amp;D &lt;<a class="glossary-link" href="/en/glossary/#cso">CSO</a>&gt; <em><a class="glossary-link" href="/en/glossary/#win-rate">win rate</a></em></p>',
  );
});

test('removing the links gives back the page as it was, and links never overlap', () => {
  const word = fc.constantFrom(
    'CSO',
    'win',
    'rate',
    'win rate',
    'SDR',
    'SDRs',
    'sales',
    'operations',
    'the',
    ',',
    '.',
  );
  fc.assert(
    fc.property(fc.array(fc.array(word, { maxLength: 12 }), { maxLength: 5 }), (paragraphs) => {
      const html = paragraphs.map((words) => `<p>${words.join(' ')}</p>`).join('');
      const linked = linkFirstUses(html, TERMS, href);
      expect(linked.replace(/<a class="glossary-link" href="[^"]*">|<\/a>/g, '')).toBe(html);
      const links = planTermLinks(findTextRuns(html), TERMS);
      expect(new Set(links.map(({ id }) => id)).size).toBe(links.length);
    }),
  );
});

test('finds the first use of each term among texts read in order, with the words as written', () => {
  const texts = [
    'How many SDRs report to the role?',
    'Sales operations, or the CSO?',
    'The SDR and sales operations',
  ];
  expect(findFirstUses(texts, TERMS)).toEqual([
    { text: 0, id: 'sdr', words: 'SDRs' },
    { text: 1, id: 'sales-operations', words: 'Sales operations' },
    { text: 1, id: 'cso', words: 'CSO' },
  ]);
});

test('never finds a term that runs from one text into the next', () => {
  expect(findFirstUses(['Is it sales', 'operations?'], TERMS)).toEqual([]);
});

test('names each term by its name and the forms of one language', () => {
  const terms = [
    { id: 'sdr', term: { es: 'Representante (SDR)', en: 'SDR' }, forms: { es: ['SDR'], en: ['SDRs'] } },
  ];
  expect(listTermWords(terms, 'es')).toEqual([{ id: 'sdr', words: ['Representante (SDR)', 'SDR'] }]);
  expect(listTermWords(terms, 'en')).toEqual([{ id: 'sdr', words: ['SDR', 'SDRs'] }]);
});
