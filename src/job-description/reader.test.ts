import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ScoredPart } from '../quiz/engine.ts';
import { readJobDescription, splitSentences, type ReaderModel } from './reader.ts';
import { stemPhrase, listWords, findPhrase } from './words.ts';

// A small model of the reader's own shape, so that these tests say what the logic does whatever
// the site's phrases are (the site's own are tested with the job descriptions in fixtures/).
const model: ReaderModel = {
  questions: [
    {
      id: 'channels',
      options: [
        { id: 'one', unsure: false, phrases: ['un solo canal', 'single channel'] },
        { id: 'unsure', unsure: true, phrases: [] },
        { id: 'several', unsure: false, phrases: ['distribuidores', 'partners', 'varios canales'] },
      ],
    },
    {
      id: 'marketing',
      options: [
        { id: 'separate', unsure: false, phrases: ['marketing reporta al CEO'] },
        { id: 'unsure', unsure: true, phrases: [] },
        { id: 'run-by-them', unsure: false, phrases: ['dirigirá marketing', 'leads marketing'] },
      ],
    },
    {
      id: 'goal',
      options: [
        { id: 'target', unsure: false, phrases: ['cuota', 'quota'] },
        { id: 'unsure', unsure: true, phrases: [] },
      ],
    },
  ],
  titles: {
    cso: ['CSO', 'Director Comercial', 'Chief Sales Officer'],
    cro: ['CRO', 'Chief Revenue Officer'],
  },
  undecided: [
    { id: 'marketing', question: 'marketing', phrases: [] },
    { id: 'strategy-head', role: 'cso', phrases: ['estrategia de ventas'] },
    { id: 'vps', role: 'cro', phrases: ['vicepresidentes de ventas'] },
  ],
  commonWords: {
    es: ['el', 'la', 'los', 'las', 'del', 'y', 'con', 'por', 'para', 'una', 'un', 'su', 'al', 'en', 'de'],
    en: ['the', 'and', 'of', 'to', 'a', 'in', 'for', 'with', 'will', 'you', 'our', 'is'],
    other: [
      'il',
      'di',
      'che',
      'per',
      'della',
      'und',
      'der',
      'die',
      'mit',
      'não',
      'um',
      'uma',
      'da',
      'do',
      'em',
      'com',
      'les',
      'et',
      'pour',
    ],
  },
};

const part: ScoredPart = {
  id: 'need',
  questions: [
    {
      id: 'channels',
      dimension: 'complexity',
      options: [
        { id: 'one', weight: -2 },
        { id: 'unsure', weight: 0, unsure: true },
        { id: 'several', weight: 2 },
      ],
    },
    {
      id: 'marketing',
      dimension: 'scope',
      options: [
        { id: 'separate', weight: 0 },
        { id: 'unsure', weight: 0, unsure: true },
        { id: 'run-by-them', weight: 2 },
      ],
    },
    {
      id: 'goal',
      dimension: 'focus',
      options: [
        { id: 'target', weight: -2 },
        { id: 'unsure', weight: 0, unsure: true },
      ],
    },
  ],
};

const read = (text: string) => readJobDescription(text, model, part);

test('an empty text, or one without words, is empty', () => {
  expect(read('')).toEqual({ kind: 'empty' });
  expect(read(' \n— … ')).toEqual({ kind: 'empty' });
});

test.each([
  'Wir suchen einen Vertriebsleiter mit Erfahrung im Aufbau eines Teams, der unsere Umsatzziele erreicht und das Geschäft ausbaut.',
  'Cerchiamo un direttore commerciale con esperienza nella gestione di una rete di vendita e di partner per la crescita della società.',
  'Procuramos um diretor comercial com experiência em gestão de uma rede de distribuidores e parceiros para o crescimento da empresa.',
])('a text in a third language is not read: %s', (text) => {
  expect(read(text)).toEqual({ kind: 'other-language' });
});

test('a text with nothing the articles speak of has no signal, with its title still read', () => {
  const reading = read(
    'Chief Revenue Officer\nBuscamos a una persona con ganas de aprender y de trabajar en equipo.',
  );
  expect(reading.kind).toBe('no-signal');
  if (reading.kind !== 'no-signal') return;
  expect(reading.title?.role).toBe('cro');
});

describe('a Spanish job description for a multi-channel CRO', () => {
  const text =
    'Chief Revenue Officer (CRO)\nVendemos a través de distribuidores y partners en varios canales. La persona dirigirá marketing y el equipo de ventas.';
  const reading = read(text);
  if (reading.kind !== 'read') throw new Error(`read as ${reading.kind}`);

  test('finds each answer with the sentences that give it', () => {
    expect(reading.language).toBe('es');
    const channels = reading.questions[0];
    expect(channels).toMatchObject({ kind: 'found', option: 'several' });
    if (channels?.kind !== 'found') return;
    expect(channels.matches.map(({ start, end }) => text.slice(start, end))).toEqual([
      'distribuidores',
      'partners',
      'varios canales',
    ]);
    expect(channels.matches.map(({ sentence }) => sentence)).toEqual([1, 1, 1]);
    expect(reading.questions[1]).toMatchObject({ kind: 'found', option: 'run-by-them' });
  });

  test('leaves a question the text is silent on to the reader, as "not sure"', () => {
    expect(reading.questions[2]).toEqual({ question: 'goal', kind: 'silent' });
    expect(reading.answers).toEqual({ channels: 'several', marketing: 'run-by-them', goal: 'unsure' });
  });

  test("scores the answers with the quiz's engine, and sees no mismatch with its title", () => {
    expect(reading.result.verdict).toEqual({ kind: 'cro', strength: 'clear' });
    expect(reading.title?.role).toBe('cro');
    expect(reading.mismatch).toBe(false);
  });

  test("lists what it leaves open for a CRO: the VPs of Sales; not a CSO's points, not what it settles", () => {
    expect(reading.undecided).toEqual(['vps']);
  });
});

test('a title naming one role over content that points to the other is a mismatch', () => {
  const reading = read('CRO\nUn solo canal de venta. Su misión: cumplir la cuota anual.');
  expect(reading).toMatchObject({ kind: 'read', mismatch: true, title: { role: 'cro' } });
  if (reading.kind !== 'read') return;
  expect(reading.result.verdict.kind).toBe('cso');
  expect(reading.undecided).toEqual(['marketing', 'strategy-head', 'vps']);
});

test('sentences that point different ways are all shown, and neither answer is chosen', () => {
  const text = 'Director Comercial\nTrabajamos con un solo canal. En 2026 sumaremos partners.';
  const reading = read(text);
  if (reading.kind !== 'read') throw new Error(`read as ${reading.kind}`);
  const channels = reading.questions[0];
  expect(channels?.kind).toBe('conflict');
  if (channels?.kind !== 'conflict') return;
  expect(
    channels.options.map(({ option, matches }) => [option, matches.map(({ sentence }) => sentence)]),
  ).toEqual([
    ['one', [1]],
    ['several', [2]],
  ]);
  expect(reading.answers['channels']).toBe('unsure');
});

test('a phrase split across two sentences is not found', () => {
  const reading = read(
    'Buscamos un Director Comercial para la empresa y el grupo.\nMarketing. Reporta al CEO la directora.',
  );
  expect(reading.kind).toBe('no-signal');
});

test('splits lines, then sentences, with their places in the text', () => {
  const text = '  Título del puesto\n- Canal directo. Y partners!\n\nOtra frase';
  expect(splitSentences(text, 'es').map(({ start, end }) => text.slice(start, end))).toEqual([
    'Título del puesto',
    '- Canal directo.',
    'Y partners!',
    'Otra frase',
  ]);
});

const words = fc.constantFrom(
  'distribuidores',
  'partners',
  'canal',
  'un',
  'solo',
  'cuota',
  'la',
  'el',
  'y',
  'CRO',
  'CSO',
  'dirigirá',
  'marketing',
  'de',
  'ventas',
  'Éxito',
  '.',
  '\n',
  '!',
);
const texts = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(words, { maxLength: 60 }).map((parts) => parts.join(' ')),
);

test('any text gives a reading without throwing, and the same text the same reading', () => {
  fc.assert(
    fc.property(texts, (text) => {
      expect(read(text)).toEqual(read(text));
    }),
    { numRuns: 500 },
  );
});

test('every answer comes from a sentence that holds the phrase it matched', () => {
  fc.assert(
    fc.property(texts, (text) => {
      const reading = read(text);
      if (reading.kind !== 'read') return;
      const matches = reading.questions.flatMap((question) =>
        question.kind === 'found'
          ? question.matches
          : question.kind === 'conflict'
            ? question.options.flatMap(({ matches }) => matches)
            : [],
      );
      for (const { sentence, phrase, start, end } of matches) {
        const span = reading.sentences[sentence];
        expect(span).toBeDefined();
        if (!span) continue;
        expect(start).toBeGreaterThanOrEqual(span.start);
        expect(end).toBeLessThanOrEqual(span.end);
        const inSentence = listWords(text.slice(span.start, span.end));
        expect(findPhrase(inSentence, stemPhrase(phrase)).length).toBeGreaterThan(0);
      }
    }),
    { numRuns: 500 },
  );
});
