import { expect, test } from 'vitest';
import { parseThemeChoice, resolveTheme } from './theme-choice.ts';

test.each([
  ['dark', 'dark'],
  ['light', 'light'],
  ['auto', 'auto'],
  ['', 'auto'],
  [null, 'auto'],
  ['<script>', 'auto'],
])('reads %j as the choice %s', (value, choice) => {
  expect(parseThemeChoice(value)).toBe(choice);
});

test.each([
  ['auto', true, 'light'],
  ['auto', false, 'dark'],
  ['dark', true, 'dark'],
  ['light', false, 'light'],
] as const)('shows %s as %s when the system prefers light is %s', (choice, prefersLight, theme) => {
  expect(resolveTheme(choice, prefersLight)).toBe(theme);
});
