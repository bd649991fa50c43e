/** A Markdown heading of a page, with the anchor id it declares (`## Text { #id }`). */
export interface SourceHeading {
  /** 2 for `##`, 3 for `###`, and so on. */
  depth: number;
  /** The heading's text, without its anchor attribute. */
  text: string;
  /** The declared anchor id, or `undefined` when the heading declares none. */
  id: string | undefined;
}

const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t]*$/;
const ANCHOR = /[ \t]*\{[ \t]*#([A-Za-z0-9_-]+)[ \t]*\}$/;

/**
 * Lists the headings of an MDX or Markdown source in order, skipping front matter and fenced
 * code, so that heading anchors can be checked without rendering the page.
 */
export function parseHeadings(source: string): SourceHeading[] {
  const headings: SourceHeading[] = [];
  const lines = source.split(/\r?\n/);
  let index = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
    index = end === -1 ? lines.length : end + 1;
  }
  let fence: string | undefined;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1][0] ?? '`';
      if (fence === undefined) fence = marker;
      else if (fence === marker) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const match = HEADING.exec(line);
    if (!match?.[1] || !match[2]) continue;
    const anchor = ANCHOR.exec(match[2]);
    headings.push({
      depth: match[1].length,
      text: anchor ? match[2].slice(0, anchor.index) : match[2],
      id: anchor?.[1],
    });
  }
  return headings;
}
