/**
 * Data for an island, written into a `<script type="application/json">` element. A script element's
 * text is raw: HTML entities are not decoded, and `</script>` inside it would end it. So the JSON is
 * written with `<`, `>` and `&` as JSON escapes, which `JSON.parse` reads back as the characters.
 */

/** Serialises a value as JSON that can sit inside a script element and parses back unchanged. */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
