import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readSourceIndex } from '../evidence/source-index.ts';
import { createGlossarySchema } from './schema.ts';

const schema = createGlossarySchema(readSourceIndex());

type RawGlossary = {
  terms: { id: string; uses: { at: string; es: string; en: string }[]; definition: { es?: string } }[];
  silences: { id: string; see?: string }[];
};
const read = () =>
  (
    parseYaml(
      readFileSync(new URL('../../content/glossary/terms.yaml', import.meta.url), 'utf8'),
    ) as RawGlossary[]
  )[0] as RawGlossary;
const problemsOf = (data: unknown) =>
  schema
    .safeParse(data)
    .error?.issues.map(({ path, message }) => `${path.join('.')}: ${message}`)
    .join('\n') ?? '';

test('the glossary in content/ is valid: every use of every term is quoted word for word', () => {
  expect(problemsOf(read())).toBe('');
});

test('the glossary names the terms a reader of the two roles needs', () => {
  const ids = read().terms.map(({ id }) => id);
  for (const wanted of [
    'cso',
    'cro',
    'vp-of-sales',
    'quota-attainment',
    'average-selling-price',
    'deal-velocity',
    'win-rate',
    'customer-lifecycle',
    'awareness',
    'lead-generation',
    'opportunity-management',
    'customer-success',
    'sdr',
    'renewals-and-upselling',
    'churn',
    'sales-cycle',
    'sales-operations',
    'marketing-operations',
    'silo',
  ]) {
    expect(ids).toContain(wanted);
  }
});

test.each<[string, (glossary: RawGlossary) => void, RegExp]>([
  [
    'a term id used twice',
    (glossary) => {
      const [first, second] = glossary.terms;
      if (first && second) second.id = first.id;
    },
    /The glossary id "cso" is used twice/,
  ],
  [
    'a term id that is also a heading of the page',
    (glossary) => {
      const [first] = glossary.terms;
      if (first) first.id = 'metrics';
    },
    /The glossary id "metrics" is used twice/,
  ],
  [
    'a use whose Spanish words are not in its section',
    (glossary) => {
      const use = glossary.terms.find(({ id }) => id === 'win-rate')?.uses[0];
      if (use) use.es = 'la Tasa de Éxito';
    },
    /terms\.\d+\.uses\.0: Glossary term "win-rate": .*the Spanish quote «la Tasa de Éxito» is not in that section/,
  ],
  [
    'a use whose English words are in another section',
    (glossary) => {
      const use = glossary.terms.find(({ id }) => id === 'churn')?.uses[0];
      if (use) use.at = 'cro-or-cso#fundamental-differences';
    },
    /Glossary term "churn": .*the Spanish quote «Aumenta la rotación de clientes» is not in that section/,
  ],
  [
    'a term without a definition in Spanish',
    (glossary) => {
      const term = glossary.terms[0];
      if (term) delete term.definition.es;
    },
    /terms\.0\.definition\.es/,
  ],
  [
    'a silence pointing at a malformed place',
    (glossary) => {
      const silence = glossary.silences[0];
      if (silence) silence.see = 'the comparison';
    },
    /silences\.0\.see: a page slug and an anchor/,
  ],
])('the build fails on %s, naming the entry', (_, breakIt, message) => {
  const glossary = structuredClone(read());
  breakIt(glossary);
  expect(problemsOf({ id: 'glossary', ...glossary })).toMatch(message);
});
