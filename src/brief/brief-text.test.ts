import fc from 'fast-check';
import { expect, test } from 'vitest';
import { renderMarkdown } from './brief-text.ts';

test('writes headings, paragraphs, lists, checkboxes and quotes with their address', () => {
  expect(
    renderMarkdown([
      { kind: 'heading', level: 1, text: 'Role brief: CSO' },
      { kind: 'heading', level: 2, text: 'Create the right role' },
      { kind: 'paragraph', text: 'Execution:\n a tactical master.' },
      {
        kind: 'quote',
        text: 'A CRO focuses on strategy.',
        passage: 'CRO or CSO? › Differences',
        url: 'https://x/en/a/#d',
      },
      { kind: 'item', text: 'Write the job description.', checkbox: true },
      { kind: 'item', text: 'Agree the metrics.', checkbox: true },
      { kind: 'item', text: 'A plain item' },
    ]),
  ).toBe(
    [
      '# Role brief: CSO',
      '',
      '## Create the right role',
      '',
      'Execution: a tactical master.',
      '',
      '> “A CRO focuses on strategy.”',
      '> — CRO or CSO? › Differences: https://x/en/a/#d',
      '',
      '- [ ] Write the job description.',
      '- [ ] Agree the metrics.',
      '- A plain item',
      '',
    ].join('\n'),
  );
});

test('keeps every block on its own line, whatever its text', () => {
  fc.assert(
    fc.property(fc.array(fc.string(), { maxLength: 10 }), (texts) => {
      const text = renderMarkdown(texts.map((value) => ({ kind: 'item' as const, text: value })));
      expect(text.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(texts.length);
    }),
  );
});
