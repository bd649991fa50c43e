import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readSourceIndex } from '../evidence/source-index.ts';
import {
  blankQuotes,
  createCheckedWordingSchema,
  createWordingSchema,
  findWordings,
  listDataTexts,
  listPageTexts,
  listStringTexts,
  type SiteText,
  type Wording,
} from './machine-wordings.ts';
import { CONTENT_DIR, WORDINGS_FILE, createArticleWordsTest, readSiteTexts } from './site-texts.ts';

const wording = (fields: Partial<Wording> & Pick<Wording, 'phrases'>): Wording =>
  createWordingSchema().parse({ id: 'planted', instead: 'tasa de cierre', why: 'test', ...fields });
const place = { file: 'quiz/role-fit.yaml', entry: 'role-fit/need/goal/hit-target', field: 'explanation.es' };
const text = (value: string, field = place.field): SiteText => ({ ...place, field, text: value });
const winRate = wording({ phrases: ['Tasa de Ganancias'], glossary: 'win-rate' });
const articleSays = (words: string) => ['la Tasa de Ganancias', 'OSC'].some((said) => said.includes(words));

describe('a wording in the site’s own text', () => {
  test('fails, naming the file, the entry, the field and the wording', () => {
    const [problem, ...rest] = findWordings([text('Vive por la Tasa de Ganancias.')], [winRate], articleSays);
    expect(rest).toEqual([]);
    expect(problem?.message).toBe(
      'content/quiz/role-fit.yaml, entry "role-fit/need/goal/hit-target", field "explanation.es" uses ' +
        "«Tasa de Ganancias», the machine translation's wording (the glossary explains it under #win-rate): " +
        "write «tasa de cierre», quote the article's words between «», or allow it in " +
        'content/glossary/machine-translation.yaml with the reason',
    );
  });

  test.each([
    ['in another case', 'vive por la tasa de ganancias', 1],
    ['between quotation marks around the article’s words', 'el artículo dice «Tasa de Ganancias»', 0],
    ['between English quotation marks around the article’s words', 'the article says “Tasa de Ganancias”', 0],
    ['between quotation marks around words the article does not have', '«nuestra Tasa de Ganancias»', 1],
    ['as part of a longer word', 'Tasa de Gananciasmente', 0],
    ['nowhere', 'vive por la tasa de cierre', 0],
  ])('%s', (_, value, count) => {
    expect(findWordings([text(value)], [winRate], articleSays)).toHaveLength(count);
  });

  test('matching the case only where the wording says so', () => {
    const awareness = wording({ phrases: ['Conocimiento'], caseSensitive: true });
    expect(findWordings([text('Conocimiento de la marca')], [awareness], () => false)).toHaveLength(1);
    expect(findWordings([text('conocimiento de la tecnología')], [awareness], () => false)).toEqual([]);
  });

  test('passes where the list allows that entry and field, and only there', () => {
    const allowed = wording({
      phrases: ['Tasa de Ganancias'],
      allowed: [{ ...place, why: 'names the metric as the article does' }],
    });
    expect(findWordings([text('la Tasa de Ganancias')], [allowed], () => false)).toEqual([]);
    expect(findWordings([text('la Tasa de Ganancias', 'label.es')], [allowed], () => false)).toHaveLength(2);
  });

  test('an allowance that allows nothing fails too, so that it cannot hide a later use', () => {
    const stale = wording({ phrases: ['Tasa de Ganancias'], allowed: [{ ...place, why: 'once needed' }] });
    const [problem] = findWordings([text('la tasa de cierre')], [stale], () => false);
    expect(problem?.message).toMatch(
      /field "explanation.es" is allowed «Tasa de Ganancias» but does not use it/,
    );
  });

  test('any text that does not contain the wording passes, and the same text with it fails', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        fc.pre(!/tasa de ganancias/i.test(`${before} ${after}`));
        expect(findWordings([text(`${before} ${after}`)], [winRate], () => false)).toEqual([]);
        expect(
          findWordings([text(`${before} Tasa de Ganancias ${after}`)], [winRate], () => false),
        ).toHaveLength(1);
      }),
    );
  });
});

test('quotation marks around the articles’ words are blanked, others are kept', () => {
  expect(blankQuotes('a «OSC» b «otra» c', articleSays)).toBe('a       b «otra» c');
});

describe('the site’s own text', () => {
  test('of a data file: the Spanish fields, named by the ids around them, without quotes or link words', () => {
    const data = [
      {
        id: 'role-fit',
        parts: [
          {
            id: 'need',
            title: { es: 'Título', en: 'Title' },
            questions: [{ id: 'goal', options: [{ id: 'one', label: { es: 'Uno', en: 'One' } }] }],
          },
        ],
        items: [{ es: 'Sin id', en: 'No id', cite: [{ at: 'x#y', es: 'cita', en: 'quote' }] }],
        terms: [{ id: 'cso', usual: 'director de ventas', forms: { es: ['OSC'], en: ['CSO'] } }],
      },
    ];
    expect(
      listDataTexts('quiz/role-fit.yaml', data).map(({ entry, field, text }) => [entry, field, text]),
    ).toEqual([
      ['role-fit/need', 'title.es', 'Título'],
      ['role-fit/need/goal/one', 'label.es', 'Uno'],
      ['role-fit', 'items.0.es', 'Sin id'],
      ['role-fit/cso', 'usual', 'director de ventas'],
    ]);
  });

  test('of a file of UI strings: every string, by its key', () => {
    expect(listStringTexts('i18n/es.json', { 'quiz.next': 'Siguiente' })).toEqual([
      { file: 'i18n/es.json', entry: '', field: 'quiz.next', text: 'Siguiente' },
    ]);
  });

  const page = [
    '---',
    'title: ¿CRO o CSO, una Palabra?',
    'description: Lo que dice.',
    '---',
    "import Quote from '~/evidence/Quote.astro';",
    '',
    'El OSC es quirúrgico.',
    '',
    ':::note[Nota editorial: «OSC»]',
    'Dice <Quote lang="es" at="a#b" text="Tasa de Ganancias" /> a menudo.',
    ':::',
  ].join('\n');

  test('of a page: every line but its imports and the words of its quotes', () => {
    expect(listPageTexts('docs/es/index.mdx', page).map(({ field, text }) => `${field}: ${text}`)).toEqual([
      'line 2: title: ¿CRO o CSO, una Palabra?',
      'line 3: description: Lo que dice.',
      'line 7: El OSC es quirúrgico.',
      'line 9: :::note[Nota editorial: «OSC»]',
      'line 10: Dice <Quote lang="es" at="a#b" text="" /> a menudo.',
    ]);
  });

  test('of an article’s page: only its description and the site’s notes, not the article', () => {
    const lines = listPageTexts('docs/es/articles/cro-or-cso.mdx', page, { articleNotesOnly: true });
    expect(lines.map(({ field }) => field)).toEqual(['line 3', 'line 9', 'line 10']);
  });
});

describe('the site as it is', () => {
  const sources = readSourceIndex();
  const texts = readSiteTexts();
  const entries = parseYaml(readFileSync(new URL(WORDINGS_FILE, CONTENT_DIR), 'utf8')) as unknown[];
  const schema = createCheckedWordingSchema(texts, createArticleWordsTest(sources));
  const problemsOf = (siteTexts: readonly SiteText[]) =>
    entries.flatMap(
      (entry) =>
        createCheckedWordingSchema(siteTexts, createArticleWordsTest(sources))
          .safeParse(entry)
          .error?.issues.map(({ message }) => message) ?? [],
    );

  test('reads the Spanish of every data file, the UI strings and every page', () => {
    const files = new Set(texts.map(({ file }) => file));
    for (const file of ['quiz/role-fit.yaml', 'glossary/terms.yaml', 'i18n/es.json', 'docs/es/index.mdx'])
      expect(files).toContain(file);
    expect([...files].some((file) => file.startsWith('docs/en/'))).toBe(false);
    expect(texts.length).toBeGreaterThan(500);
  });

  test('uses none of the machine translation’s wordings in its own text', () => {
    expect(entries.length).toBeGreaterThanOrEqual(10);
    for (const entry of entries) expect(schema.safeParse(entry).error?.issues ?? []).toEqual([]);
  });

  test.each([
    ['a quiz answer', 'quiz/role-fit.yaml', 'Se contrata a un líder de ventas maniático.', /«maniático»/],
    ['a UI string', 'i18n/es.json', 'Siguiente: la Tasa de Ganancias', /«Tasa de Ganancias»/],
    ['a page', 'docs/es/comparison.mdx', 'Llévela a una firma de búsqueda.', /«firma de búsqueda»/],
    [
      'an article’s note',
      'docs/es/articles/cro-or-cso.mdx',
      'Es el Jefe de Estrategia de Ventas.',
      /«Jefe de/,
    ],
  ])(
    'fails on a term planted in %s, naming the file, the entry, the field and the term',
    (_, file, planted, term) => {
      const target = texts.find((candidate) => candidate.file === file);
      if (!target) throw new Error(`No text of ${file}`);
      const problems = problemsOf(
        texts.map((candidate) => (candidate === target ? { ...target, text: planted } : candidate)),
      );
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(
        `content/${file}${target.entry ? `, entry "${target.entry}"` : ''}, field "${target.field}" uses `,
      );
      expect(problems[0]).toMatch(term);
    },
  );

  test('every wording that names a glossary entry names one that exists', () => {
    const glossary = parseYaml(readFileSync(new URL('glossary/terms.yaml', CONTENT_DIR), 'utf8')) as {
      terms: { id: string }[];
    }[];
    const ids = new Set(glossary[0]?.terms.map(({ id }) => id));
    for (const entry of entries as { id: string; glossary?: string }[]) {
      if (entry.glossary) expect(ids, entry.id).toContain(entry.glossary);
    }
  });
});
