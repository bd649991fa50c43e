/**
 * Which items of a brief's checklist the reader has ticked, as kept in the browser between
 * visits. Read back with full validation: storage is input.
 */

/** Writes the ticked items' ids for storage, in the checklist's order. */
export function serializeTicked(ids: readonly string[], ticked: ReadonlySet<string>): string {
  return JSON.stringify(ids.filter((id) => ticked.has(id)));
}

/** Reads stored ticked items back; anything unexpected (or an unknown id) is dropped, never thrown. */
export function parseTicked(ids: readonly string[], text: string | null | undefined): Set<string> {
  if (!text) return new Set();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return new Set();
  }
  if (!Array.isArray(raw)) return new Set();
  return new Set(raw.filter((id): id is string => typeof id === 'string' && ids.includes(id)));
}

/** The storage key of a role's checklist. */
export const checklistKey = (role: string) => `cso-vs-cro.brief-checklist.${role}`;
