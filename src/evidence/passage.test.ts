import { expect, test } from 'vitest';
import { parsePassage } from './passage.ts';

test('reads a passage of an article section', () => {
  expect(parsePassage('cso-vs-cro#daily-tasks')).toEqual({ article: 'cso-vs-cro', section: 'daily-tasks' });
});

test("reads an article's opening, before its first heading", () => {
  expect(parsePassage('cro-or-cso#_top')).toEqual({ article: 'cro-or-cso', section: '_top' });
});

test.each(['cso-vs-cro', 'unknown#daily-tasks', 'cso-vs-cro#', '#daily-tasks', 'cso-vs-cro#Daily Tasks', ''])(
  'rejects the malformed passage %j',
  (value) => {
    expect(parsePassage(value)).toBeUndefined();
  },
);
