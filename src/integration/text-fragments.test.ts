import { expect, test } from 'vitest';
import { findFragmentProblem, readSearchableText } from './text-fragments.ts';

const page = `<!doctype html><html><head><title>Summary words</title></head><body>
<main><div class="sl-markdown-content">
<section class="at-a-glance"><p>The CSO probably reports to the CRO, says the summary.</p>
<details class="evidence"><summary>Source</summary><div><blockquote><p>A CRO focuses on strategy.</p></blockquote></div></details></section>
<p>Opening words.</p>
<h2 id="complexity">Complexity</h2>
<p>In that case, the CSO <em>probably</em> reports to the CRO.</p>
<p hidden>A CRO focuses on strategy.</p>
<h2 id="strategy">Strategy</h2>
<p>A CRO focuses on strategy. Every dollar passes through the CRO.</p>
</div></main></body></html>`;

const text = readSearchableText(page);

test('reads the visible text, with the article’s own prose marked', () => {
  expect(text.text).toContain('In that case, the CSO probably reports to the CRO.');
  expect(text.text).not.toContain('Summary words');
  expect(text.ids.get('complexity')).toBeLessThan(text.ids.get('strategy') ?? 0);
});

test.each([
  ['#strategy:~:text=A%20CRO%20focuses%20on%20strategy', undefined],
  ['#strategy:~:text=Every%20dollar,through%20the%20CRO', undefined],
  ['#complexity', undefined],
  ['#complexity:~:text=the%20CSO%20probably%20reports', /first matches outside the article's own text/],
  ['#strategy:~:text=Opening%20words', /first matches before the section #strategy/],
  ['#strategy:~:text=Nowhere%20on%20the%20page', /is not on the page/],
  ['#strategy:~:text=Every%20dollar,Opening', /does not follow/],
])('a link to %s: %s', (hash, problem) => {
  const found = findFragmentProblem(hash, text);
  if (problem) expect(found).toMatch(problem);
  else expect(found).toBeUndefined();
});
