/**
 * What the job-description reader accepts as text: a paste or a file, read as plain text whatever
 * it came as (a word processor's HTML is turned into its words, never rendered), cut at a length a
 * job description never reaches. Pure: text in, text and what happened to it out.
 */

/** The most characters read: about ten times a long job description (3,000 words). */
export const MAX_CHARACTERS = 60_000;

/** A text made ready to read, and what was done to it. */
export interface PreparedText {
  text: string;
  /** The text was longer than `MAX_CHARACTERS`: only its beginning is read. */
  truncated: boolean;
  /** The text was markup (HTML pasted or saved by a word processor): only its words are read. */
  wasMarkup: boolean;
}

// An opening or closing tag: two or more of them make a text markup.
const MARKUP_TAG = /<\/?[a-z][\w:-]*(?:\s[^<>]*)?>/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Turns markup into its words: blocks end lines, tags and styles go, entities become characters. */
function markupToText(markup: string): string {
  return markup
    .replace(/<(style|script|head)\b[\s\S]*?<\/\1>|<!--[\s\S]*?-->/gi, ' ')
    .replace(/<\/(?:p|div|li|h\d|tr)>|<br\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#(\d+)|([a-z]+));/gi, (entity, code: string | undefined, name = '') =>
      code ? String.fromCodePoint(Number(code) % 0x110000) : (ENTITIES[name.toLowerCase()] ?? entity),
    );
}

/** Makes a paste or a file's text ready to read: plain text, tidy spaces, at most `MAX_CHARACTERS`. */
export function prepareText(raw: string): PreparedText {
  const wasMarkup = (raw.match(MARKUP_TAG) ?? []).length >= 2;
  let text = (wasMarkup ? markupToText(raw) : raw)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\t\f\v]+/g, ' ')
    .replace(/[ ]*\n[ ]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const truncated = text.length > MAX_CHARACTERS;
  if (truncated) {
    const cut = text.lastIndexOf(' ', MAX_CHARACTERS);
    text = text.slice(0, cut > MAX_CHARACTERS / 2 ? cut : MAX_CHARACTERS);
  }
  return { text, truncated, wasMarkup };
}

/**
 * Tells a file's text from a binary file read as text (a PDF, a Word document, an image): NUL
 * characters, or many characters that are not text.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4000);
  const odd = sample.match(/[\ufffd\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return text.includes('\u0000') || odd > sample.length * 0.02;
}

/** The file names and types the reader opens: plain text and Markdown. */
export function isTextFileName(name: string, type: string): boolean {
  return /\.(txt|md|markdown|text)$/i.test(name) || /^text\/(plain|markdown|x-markdown)$/.test(type);
}
