/**
 * Where the language link takes a reader: the same page in the other language, at the same place.
 * Pure: the server's link, the address being read and the headings' positions in, an address out.
 */

/** A heading of the page that a reader can be sent back to: its anchor and where it is. */
export interface PlacedHeading {
  /** The heading's anchor, the same in every language. */
  id: string;
  /** Its top edge, in pixels from the top of the viewport (negative once scrolled past). */
  top: number;
}

/**
 * Finds the section being read: the last heading, in page order, whose top is at or above the
 * line under the page's fixed header. Returns `undefined` at the top of the page.
 */
export function findReadingSection(headings: readonly PlacedHeading[], line: number): string | undefined {
  let reading: string | undefined;
  for (const { id, top } of headings) {
    if (top > line) break;
    reading = id;
  }
  return reading;
}

/** The place a reader is at: the query (answers of a quiz or a brief), the anchor, the section. */
export interface ReadingPlace {
  /** The query string being read, with its `?`, or empty. */
  search: string;
  /** The anchor in the address, with its `#`, or empty. */
  hash: string;
  /** The section being read, when the address has no anchor. */
  section?: string | undefined;
}

/**
 * Builds the address of the other language's page that keeps the reader's place: its path from
 * the server's link, then the query and the anchor being read (or the section, when there is no
 * anchor).
 */
export function buildSwitchHref(serverHref: string, { search, hash, section }: ReadingPlace): string {
  const path = serverHref.replace(/[?#].*$/, '');
  const anchor = hash.length > 1 ? hash : section ? `#${encodeURIComponent(section)}` : '';
  return `${path}${search.length > 1 ? search : ''}${anchor}`;
}
