import fc from 'fast-check';
import { expect, test } from 'vitest';
import { isTextFileName, looksBinary, MAX_CHARACTERS, prepareText } from './input.ts';

test('keeps plain text as it is, with tidy spaces and lines', () => {
  expect(prepareText('  Director Comercial\r\n\r\n\r\n\r\n- Canal directo\u00a0y partners\t \n')).toEqual({
    text: 'Director Comercial\n\n- Canal directo y partners',
    truncated: false,
    wasMarkup: false,
  });
});

test('reads HTML from a word processor as its words, one line per block, never as markup', () => {
  const html =
    '<html><head><style>p{color:red}</style></head><body><h1>CRO</h1><p class=MsoNormal>Ventas &amp; marketing<o:p></o:p></p><ul><li>Partners</li><li>E&#8209;commerce</li></ul><script>alert(1)</script></body></html>';
  const { text, wasMarkup } = prepareText(html);
  expect(wasMarkup).toBe(true);
  expect(text.split('\n').map((line) => line.trim())).toEqual([
    'CRO',
    'Ventas & marketing',
    'Partners',
    'E‑commerce',
  ]);
  expect(text).not.toMatch(/[<>]|alert|color/);
});

test('a lone "<" in plain text is not markup', () => {
  expect(prepareText('Equipo de < 10 personas').text).toBe('Equipo de < 10 personas');
});

test(`cuts a text longer than ${MAX_CHARACTERS} characters at a space, and says so`, () => {
  const long = 'palabra '.repeat(MAX_CHARACTERS / 4);
  const { text, truncated } = prepareText(long);
  expect(truncated).toBe(true);
  expect(text.length).toBeLessThanOrEqual(MAX_CHARACTERS);
  expect(text.endsWith('palabra')).toBe(true);
});

test('any string gives a text no longer than the cap, without throwing', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (raw) => {
      expect(prepareText(raw).text.length).toBeLessThanOrEqual(MAX_CHARACTERS);
    }),
  );
});

test.each([
  ['a NUL byte', 'PK\u0003\u0004\u0000\u0000word/document.xml', true],
  ['replacement characters of a binary read as UTF-8', `%PDF-1.7 ${'\ufffd'.repeat(50)} obj`, true],
  ['a job description', 'Chief Revenue Officer. Dirigirá ventas, marketing y éxito del cliente.', false],
  ['nothing', '', false],
])('%s looks binary: %s', (_, text, binary) => {
  expect(looksBinary(text)).toBe(binary);
});

test.each([
  ['puesto.txt', '', true],
  ['OFERTA.MD', '', true],
  ['notes', 'text/plain', true],
  ['puesto.pdf', 'application/pdf', false],
  ['puesto.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', false],
])('%s (%s) is a text file: %s', (name, type, expected) => {
  expect(isTextFileName(name, type)).toBe(expected);
});
