/**
 * Words as the job-description reader compares them: case and accents folded, and a light stem
 * that lets plurals and common inflections meet (Spanish and English): `canales` and `canal`,
 * `distribuidoras` and `distribuidor`, `renovaciones` and `renovar`, `channels` and `channel`,
 * `industries` and `industry`. Pure, and the same in every browser: no locale-dependent case rules.
 */

/** Lower-cases a text and takes the accents off its letters (`Éxito` → `exito`); keeps `ñ` apart. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ñ/g, '\u0000')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0000/g, 'ñ');
}

// Endings taken off a folded word, the longest that fits first, twice at most, never leaving
// fewer than three letters. Not `-ing`: `marketing` must not meet `market`.
const ENDINGS = [
  'aciones',
  'amientos',
  'amiento',
  'iendo',
  'acion',
  'iones',
  'mente',
  'ando',
  'ados',
  'adas',
  'idos',
  'idas',
  'ies',
  'ion',
  'ado',
  'ada',
  'ido',
  'ida',
  'es',
  'as',
  'os',
  'ar',
  'er',
  'ir',
  'ed',
  's',
  'a',
  'o',
  'e',
  'y',
] as const;

/** The stem of one word, folded: what two forms of the same word have in common. */
export function stemWord(word: string): string {
  let stem = foldText(word);
  for (let pass = 0; pass < 2; pass++) {
    const ending = ENDINGS.find((end) => stem.endsWith(end) && stem.length - end.length >= 3);
    if (!ending) break;
    stem = stem.slice(0, -ending.length);
  }
  return stem;
}

/** A word of a text, with where it stands in the text. */
export interface WordSpan {
  /** The word, folded (`foldText`). */
  folded: string;
  /** The word's stem (`stemWord`). */
  stem: string;
  /** Its first character's index in the text. */
  start: number;
  /** The index after its last character. */
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Lists the words of a text with their places. Letters and digits make a word; anything else
 * (spaces, punctuation, hyphens) separates words, so `e-commerce` is read as `e` `commerce` in a
 * phrase and in a text alike.
 */
export function listWords(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((match) => ({
    folded: foldText(match[0]),
    stem: stemWord(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** A phrase as the reader looks for it: the stems of its words, in order. */
export function stemPhrase(phrase: string): string[] {
  return listWords(phrase).map(({ stem }) => stem);
}

/** Finds every place a phrase (its stems, in order) stands in a list of words: the index of its first word. */
export function findPhrase(words: readonly WordSpan[], stems: readonly string[]): number[] {
  const found: number[] = [];
  if (stems.length === 0) return found;
  for (let at = 0; at + stems.length <= words.length; at++) {
    if (stems.every((stem, offset) => words[at + offset]?.stem === stem)) found.push(at);
  }
  return found;
}
