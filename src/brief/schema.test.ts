import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readSourceIndex } from '../evidence/source-index.ts';
import { createBriefSchema, createTraitSchema } from './schema.ts';

const sources = readSourceIndex();
const briefSchema = createBriefSchema(sources);
const read = (file: string) =>
  parseYaml(readFileSync(new URL(`../../content/briefs/${file}`, import.meta.url), 'utf8')) as unknown[];

type RawBrief = {
  id: string;
  checklist: { id: string; cite: { at: string; es: string; en: string }[] }[];
  role: { claims: { es: string; silent?: boolean; cite?: unknown[] }[] }[];
};
const problemsOf = (data: unknown) =>
  briefSchema
    .safeParse(data)
    .error?.issues.map(({ path, message }) => `${path.join('.')}: ${message}`)
    .join('\n') ?? '';

test('both briefs and every interview trait in content/ are valid', () => {
  const briefs = read('briefs.yaml') as RawBrief[];
  expect(briefs.map(({ id }) => id)).toEqual(['cso', 'cro']);
  for (const brief of briefs) expect(problemsOf(brief)).toBe('');
  const traitSchema = createTraitSchema(sources);
  for (const trait of read('interview.yaml'))
    expect(traitSchema.safeParse(trait).error?.issues ?? []).toEqual([]);
});

test.each<[string, (brief: RawBrief) => void, RegExp]>([
  [
    'a checklist id used twice',
    (brief) => {
      const [first, second] = brief.checklist;
      if (first && second) second.id = first.id;
    },
    /checklist: the checklist item "job-description" is used twice/,
  ],
  [
    'a checklist item whose quote is not in its section',
    (brief) => {
      const citation = brief.checklist[0]?.cite[0];
      if (citation) citation.es = 'Contrate siempre a un CSO.';
    },
    /checklist\.0\.cite\.0: .*the Spanish quote «Contrate siempre a un CSO\.» is not in that section/,
  ],
  [
    'a statement with neither quotes nor a silence',
    (brief) => {
      const claim = brief.role[0]?.claims[0];
      if (claim) delete claim.cite;
    },
    /role\.0\.claims\.0/,
  ],
])('the build fails on %s, naming the entry', (_, breakIt, message) => {
  const brief = structuredClone((read('briefs.yaml') as RawBrief[])[0]) as RawBrief;
  breakIt(brief);
  expect(problemsOf(brief)).toMatch(message);
});
