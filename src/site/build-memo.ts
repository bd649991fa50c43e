/**
 * What a build reads once per key and every page then shares: the static build renders hundreds
 * of pages with the same content, while the dev server keeps modules alive across edits and so
 * reads afresh on every call.
 */

/**
 * Wraps `read` so that, in a production build, each key is read once and its promise shared; the
 * other arguments must be the same for every call with the same key. Outside a build (`astro dev`,
 * tests) every call reads.
 */
export function oncePerBuild<K, A extends unknown[], V>(
  read: (key: K, ...rest: A) => Promise<V>,
  inBuild: boolean = import.meta.env.PROD,
): (key: K, ...rest: A) => Promise<V> {
  const cache = new Map<K, Promise<V>>();
  return (key, ...rest) => {
    if (!inBuild) return read(key, ...rest);
    let value = cache.get(key);
    if (!value) cache.set(key, (value = read(key, ...rest)));
    return value;
  };
}
