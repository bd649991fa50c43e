import { expect, test } from 'vitest';
import { listPagePaths } from './page-list.ts';

test('lists every page in both languages, the side-by-side views included', () => {
  const paths = listPagePaths();
  for (const lang of ['es', 'en']) {
    for (const slug of [
      '',
      'comparison/',
      'quiz/',
      'articles/cso-vs-cro/',
      'articles/cro-or-cso/parallel/',
    ]) {
      expect(paths).toContain(`/${lang}/${slug}`);
    }
  }
  expect(paths.filter((path) => path.startsWith('/es/'))).toHaveLength(paths.length / 2);
});
