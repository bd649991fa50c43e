/**
 * Reads the nginx include the build writes and answers as nginx would, to hold it to `_headers`:
 * for a URL path, nginx picks the location with the longest matching prefix and sends that
 * location's headers only. Pure: the caller reads the files.
 */
import { DEFAULT_CACHE_CONTROL, headersForPath, type HeaderRule } from '../build/headers-file.ts';

/** One `location` block of the include. */
export interface NginxLocation {
  /** The URL prefix it matches, e.g. `/cso-vs-cro/_astro/`. */
  prefix: string;
  /** The headers it adds, by name. */
  headers: Record<string, string>;
  /** The page it answers a missing path with (`error_page 404`), if any. */
  notFound: string | undefined;
}

/** Reads the `location` blocks of an include, with their `add_header` and `error_page 404` lines. */
export function readNginxInclude(text: string): NginxLocation[] {
  const locations: NginxLocation[] = [];
  let current: NginxLocation | undefined;
  for (const line of text.split('\n').map((raw) => raw.trim())) {
    const start = /^location (\S+) \{$/.exec(line);
    const header = /^add_header (\S+) "([^"]*)" always;$/.exec(line);
    const notFound = /^error_page 404 (\S+);$/.exec(line);
    if (start?.[1]) current = { prefix: start[1], headers: {}, notFound: undefined };
    else if (current && header?.[1] && header[2] !== undefined) current.headers[header[1]] = header[2];
    else if (current && notFound?.[1]) current.notFound = notFound[1];
    else if (current && line === '}') {
      locations.push(current);
      current = undefined;
    }
  }
  return locations;
}

/** The location nginx picks for a URL path: the longest prefix that matches it. */
export function pickLocation(
  locations: readonly NginxLocation[],
  pathname: string,
): NginxLocation | undefined {
  return locations
    .filter(({ prefix }) => pathname.startsWith(prefix))
    .sort((a, b) => b.prefix.length - a.prefix.length)[0];
}

/**
 * Compares, path by path, the headers nginx would send with the include and the headers the
 * preview server sends from `_headers` (with `no-cache` where no rule sets a Cache-Control); lists
 * every difference in words, none when the two agree.
 */
export function findIncludeDrift(
  rules: readonly HeaderRule[],
  locations: readonly NginxLocation[],
  paths: readonly string[],
): string[] {
  const drift: string[] = [];
  for (const path of paths) {
    const expected = { 'Cache-Control': DEFAULT_CACHE_CONTROL, ...headersForPath(rules, path) };
    const actual = pickLocation(locations, path)?.headers ?? {};
    for (const name of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      const want = expected[name as keyof typeof expected];
      if (want !== actual[name]) {
        drift.push(
          `${path}: ${name} is ${actual[name] ?? '(missing)'} for nginx, ${want ?? '(missing)'} in _headers`,
        );
      }
    }
  }
  return drift;
}
