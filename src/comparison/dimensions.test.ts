import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readSourceIndex } from '../evidence/source-index.ts';
import { createComparisonSchema } from './schema.ts';

// The comparison data in `content/comparison/`, checked the way a translator's change could break it.
const contentDir = new URL('../../content/', import.meta.url);
const docsDir = new URL('docs/', contentDir);

describe('the comparison data', () => {
  const data = parseYaml(
    readFileSync(new URL('comparison/dimensions.yaml', contentDir), 'utf8'),
  ) as unknown[];
  const schema = createComparisonSchema(readSourceIndex(docsDir));

  test('matches its schema, with every quote found in its section in both languages', () => {
    expect(data).toHaveLength(1);
    const result = schema.safeParse(data[0]);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  test('covers every dimension the guide promises', () => {
    const ids = schema.parse(data[0]).dimensions.map(({ id }) => id);
    expect(ids).toEqual([
      'focus',
      'oversees',
      'kpis',
      'environment',
      'daily-work',
      'background',
      'decision-style',
      'margin-of-error',
      'reporting',
      'complement',
      'when-to-hire',
    ]);
  });

  type Broken = { dimensions: { cso: { cite: { at: string; es: string; en: string }[] }[] }[] };
  const firstCitation = (broken: Broken) => {
    const citation = broken.dimensions[0]?.cso[0]?.cite[0];
    if (!citation) throw new Error('The comparison data has no first citation');
    return citation;
  };
  const problems = (broken: Broken) =>
    schema
      .safeParse(broken)
      .error?.issues.map(({ message }) => message)
      .join('\n') ?? '';

  test('rejects a citation of a heading that does not exist, naming it', () => {
    const broken = structuredClone(data[0]) as Broken;
    firstCitation(broken).at = 'cso-vs-cro#no-such-section';
    expect(problems(broken)).toMatch(/no section #no-such-section/);
  });

  test('rejects a quote that is not in its section, naming the quote', () => {
    const broken = structuredClone(data[0]) as Broken;
    // Words of the article, but from another section.
    firstCitation(broken).es =
      'Este rol funciona mejor en entornos de negocios más simples con un solo canal de ventas.';
    expect(problems(broken)).toMatch(
      /"cso-vs-cro#main-responsibilities": the Spanish quote «Este rol funciona mejor .*» is not in that section/,
    );
  });

  test('every statement but a silence has at least one quote', () => {
    const dimensions = schema.parse(data[0]).dimensions;
    for (const dimension of dimensions) {
      for (const claim of [...dimension.cso, ...dimension.cro]) {
        if ('silent' in claim) continue;
        expect(claim.cite.length, `${dimension.id}: ${claim.en}`).toBeGreaterThan(0);
      }
    }
  });
});
