import { expect, test } from 'vitest';
import { citationHref, findCitationProblem, parseCitation, type AnchorIndex } from './citations.ts';

const anchors: AnchorIndex = {
  'cso-vs-cro': new Set(['daily-tasks']),
  'cro-or-cso': new Set(['signs-you-need-a-cro']),
};

test('reads a citation of an article section', () => {
  expect(parseCitation('cso-vs-cro#daily-tasks')).toEqual({ article: 'cso-vs-cro', section: 'daily-tasks' });
});

test.each(['cso-vs-cro', 'unknown#daily-tasks', 'cso-vs-cro#', '#daily-tasks', 'cso-vs-cro#Daily Tasks', ''])(
  'rejects the malformed citation %j',
  (value) => {
    expect(parseCitation(value)).toBeUndefined();
    expect(findCitationProblem(value, anchors)).toMatch(/not of the form/);
  },
);

test('links a citation to the section in the page language', () => {
  expect(citationHref('en', { article: 'cro-or-cso', section: 'signs-you-need-a-cro' })).toBe(
    '/en/articles/cro-or-cso/#signs-you-need-a-cro',
  );
});

test('names the missing anchor when a citation points at no heading', () => {
  expect(findCitationProblem('cso-vs-cro#complexity', anchors)).toMatch(
    /cso-vs-cro has no heading #complexity/,
  );
  expect(findCitationProblem('cso-vs-cro#daily-tasks', anchors)).toBeUndefined();
});
