/**
 * "Copy as text": a role brief as plain text with Markdown headings and lists, ready to paste into
 * an email, a document or an applicant tracking system. Pure: blocks in, text out.
 */

/** One block of a brief's text. */
export type TextBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; text: string; checkbox?: boolean }
  /** A quote behind the statement before it, with the passage's name and address. */
  | { kind: 'quote'; text: string; passage: string; url: string };

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Writes blocks as Markdown: `#` headings, `-` items (`- [ ]` to tick), `>` quotes with their source. */
export function renderMarkdown(blocks: readonly TextBlock[]): string {
  const lines: string[] = [];
  let previous: TextBlock['kind'] | undefined;
  for (const block of blocks) {
    const gap = previous !== undefined && !(block.kind === previous && block.kind === 'item');
    if (gap) lines.push('');
    if (block.kind === 'heading') lines.push(`${'#'.repeat(block.level)} ${oneLine(block.text)}`);
    else if (block.kind === 'paragraph') lines.push(oneLine(block.text));
    else if (block.kind === 'item') lines.push(`- ${block.checkbox ? '[ ] ' : ''}${oneLine(block.text)}`);
    else lines.push(`> “${oneLine(block.text)}”`, `> — ${oneLine(block.passage)}: ${block.url}`);
    previous = block.kind;
  }
  return `${lines.join('\n')}\n`;
}
