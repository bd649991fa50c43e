/**
 * Lines up the rendered original and translation of an article, section by section, and
 * paragraph by paragraph where both sections have the same number of blocks. Pure: HTML in,
 * rows of HTML out.
 */
import { parseFragment, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';

type Element = DefaultTreeAdapterMap['element'];

/** One row of the side-by-side view: the same passage in each language. */
export interface ParallelRow {
  kind: 'heading' | 'block';
  /** The section's anchor, on its heading row, so links to `#daily-tasks` still land. */
  id?: string;
  /** The passage's HTML in the original and in the translation. */
  original: string;
  translation: string;
}

/** Blocks the view leaves out: page furniture that is not article text. */
const SKIPPED_CLASSES = ['source-box', 'at-a-glance', 'diagram', 'brief-links'];

interface Section {
  id: string;
  heading: Element | undefined;
  blocks: Element[];
}

const classesOf = (element: Element) =>
  (element.attrs.find(({ name }) => name === 'class')?.value ?? '').split(/\s+/);

function headingOf(element: Element): Element | undefined {
  if (/^h[2-6]$/.test(element.tagName)) return element;
  if (!classesOf(element).includes('sl-heading-wrapper')) return undefined;
  return element.childNodes.find(
    (child): child is Element => 'tagName' in child && /^h[2-6]$/.test(child.tagName),
  );
}

/** Splits rendered article HTML into sections: an untitled opening, then one per heading. */
export function splitSections(html: string): Section[] {
  const sections: Section[] = [{ id: '', heading: undefined, blocks: [] }];
  for (const node of parseFragment(html).childNodes) {
    if (!('tagName' in node) || classesOf(node).some((name) => SKIPPED_CLASSES.includes(name))) continue;
    const heading = headingOf(node);
    const id = heading?.attrs.find(({ name }) => name === 'id')?.value;
    if (heading && id) {
      // The row carries the anchor: the two columns must not both have it.
      heading.attrs = heading.attrs.filter(({ name }) => name !== 'id');
      sections.push({ id, heading: node, blocks: [] });
    } else {
      sections.at(-1)?.blocks.push(node);
    }
  }
  return sections.filter((section) => section.heading || section.blocks.length > 0);
}

const html = (elements: Element[]) => elements.map((element) => serializeOuter(element)).join('\n');

/**
 * Pairs the sections of the original and the translation. Throws, naming the section, when one
 * language has a section the other lacks: the view would otherwise put unrelated text side by side.
 */
export function alignArticle(originalHtml: string, translationHtml: string): ParallelRow[] {
  const original = splitSections(originalHtml);
  const translation = splitSections(translationHtml);
  const rows: ParallelRow[] = [];
  const count = Math.max(original.length, translation.length);
  for (let index = 0; index < count; index++) {
    const left = original[index];
    const right = translation[index];
    if (!left || !right || left.id !== right.id) {
      const missing = left && !translation.some((section) => section.id === left.id) ? left : right;
      const where = left && missing === left ? 'the translation' : 'the original';
      throw new Error(`The section #${missing?.id || '(opening)'} has no counterpart in ${where}.`);
    }
    if (left.heading && right.heading) {
      rows.push({
        kind: 'heading',
        id: left.id,
        original: html([left.heading]),
        translation: html([right.heading]),
      });
    }
    if (left.blocks.length === right.blocks.length) {
      left.blocks.forEach((block, i) =>
        rows.push({ kind: 'block', original: html([block]), translation: html([right.blocks[i] ?? block]) }),
      );
    } else {
      rows.push({ kind: 'block', original: html(left.blocks), translation: html(right.blocks) });
    }
  }
  return rows;
}
