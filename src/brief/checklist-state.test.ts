import fc from 'fast-check';
import { expect, test } from 'vitest';
import { checklistKey, parseTicked, serializeTicked } from './checklist-state.ts';

const ids = ['job-description', 'environment', 'metrics'];

test('remembers ticked items, in the checklist’s order', () => {
  const text = serializeTicked(ids, new Set(['metrics', 'job-description']));
  expect(text).toBe('["job-description","metrics"]');
  expect(parseTicked(ids, text)).toEqual(new Set(['job-description', 'metrics']));
});

test.each([null, undefined, '', 'not json', '{"a":1}', '[1,2]', '["unknown"]', 'null'])(
  'reads %j as nothing ticked',
  (text) => {
    expect(parseTicked(ids, text)).toEqual(new Set());
  },
);

test('never throws and only returns known ids, whatever is stored', () => {
  fc.assert(
    fc.property(fc.string(), (text) => {
      for (const id of parseTicked(ids, text)) expect(ids).toContain(id);
    }),
  );
});

test('keeps each role’s checklist apart', () => {
  expect(checklistKey('cso')).not.toBe(checklistKey('cro'));
});
