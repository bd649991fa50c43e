import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readSourceIndex } from '../evidence/source-index.ts';
import { createDisagreementSchema, createDisagreementsSchema } from './statements-schema.ts';

const schema = createDisagreementSchema(readSourceIndex());
const [list] = parseYaml(
  readFileSync(new URL('../../content/comparison/disagreements.yaml', import.meta.url), 'utf8'),
) as { id: string; points: RawPoint[] }[];
const points = list?.points ?? [];

type RawCitation = { at: string; es: string; en: string };
type RawPoint = { id: string; kind: string; sides: { es: string; cite: RawCitation[] }[] };

const problemsOf = (data: unknown) =>
  schema
    .safeParse(data)
    .error?.issues.map(({ path, message }) => `${path.join('.')}: ${message}`)
    .join('\n') ?? '';

test('every point on which the articles pull apart is valid, each under its own id', () => {
  expect(points.length).toBeGreaterThanOrEqual(10);
  for (const point of points) expect(problemsOf(point), point.id).toBe('');
  expect(new Set(points.map(({ id }) => id)).size).toBe(points.length);
});

test('the list of points is valid as a whole, and refuses an id used twice', () => {
  const listSchema = createDisagreementsSchema(readSourceIndex());
  expect(listSchema.safeParse(list).error?.issues ?? []).toEqual([]);
  const twice = structuredClone(list);
  const [first, second] = twice?.points ?? [];
  if (first && second) second.id = first.id;
  expect(listSchema.safeParse(twice).error?.issues.map(({ message }) => message)).toContain(
    `The point id "${first?.id}" is used twice`,
  );
});

test('only one point sets an article against itself, and it says so', () => {
  const kinds = points.map(({ kind }) => kind);
  expect(kinds.filter((kind) => kind === 'contradiction')).toHaveLength(1);
  expect(kinds.filter((kind) => kind === 'disagreement').length).toBeGreaterThanOrEqual(7);
});

const pointNamed = (id: string) => {
  const found = points.find((point) => point.id === id);
  if (!found) throw new Error(`No point ${id}`);
  return structuredClone(found);
};

test.each<[string, string, (point: RawPoint) => void, RegExp]>([
  [
    'a side that borrows the other article’s words',
    'sales-strategy',
    (point) => {
      const other = point.sides[1]?.cite[0];
      if (other) point.sides[0]?.cite.push(other);
    },
    /sides: The point "sales-strategy": side 1 quotes cso-vs-cro and cro-or-cso/,
  ],
  [
    'two sides from one article that is not said to contradict itself',
    'channel-strategy',
    (point) => {
      point.kind = 'disagreement';
    },
    /The point "channel-strategy": both sides quote cro-or-cso/,
  ],
  [
    'a contradiction between the two articles',
    'lead-generation',
    (point) => {
      point.kind = 'contradiction';
    },
    /The point "lead-generation": a contradiction sets one article against itself/,
  ],
  [
    'a third side',
    'people-skills',
    (point) => {
      const copy = point.sides[0];
      if (copy) point.sides.push(structuredClone(copy));
    },
    /sides/,
  ],
  [
    'an unknown kind',
    'adapting',
    (point) => {
      point.kind = 'quarrel';
    },
    /kind/,
  ],
])('the build fails on %s, naming the point', (_, id, breakIt, message) => {
  const point = pointNamed(id);
  breakIt(point);
  expect(problemsOf(point)).toMatch(message);
});

/** Collects every `disputed` list of a data file, with where it is. */
function collectDisputed(value: unknown, path: string, into: { path: string; ids: unknown[] }[]) {
  if (Array.isArray(value)) value.forEach((item, index) => collectDisputed(item, `${path}.${index}`, into));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'disputed' && Array.isArray(child)) into.push({ path: `${path}.${key}`, ids: child });
      else collectDisputed(child, `${path}.${key}`, into);
    }
  }
  return into;
}

const contentDir = new URL('../../content/', import.meta.url);
const disputedLists = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.yaml'))
  .flatMap((file) => collectDisputed(parseYaml(readFileSync(new URL(file, contentDir), 'utf8')), file, []));

test('statements across the site link disputed points, and most points are linked from somewhere', () => {
  expect(disputedLists.length).toBeGreaterThan(20);
  const linked = new Set(disputedLists.flatMap(({ ids }) => ids));
  expect(points.filter(({ id }) => linked.has(id)).length).toBeGreaterThanOrEqual(8);
});

test.each(disputedLists.map(({ path, ids }) => [path, ids] as const))(
  '%s links only points the comparison shows',
  (_, ids) => {
    for (const id of ids) expect(points.map((point) => point.id)).toContain(id);
  },
);
