/**
 * Breaks a label into lines for an SVG box, which has no text wrapping of its own: words are kept
 * whole, and each line holds at most `maxChars` characters unless a single word is longer.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
