/**
 * The path rules of the preview server, decided without touching the disk: which file of a static
 * build answers a request target, the way static hosts answer it. Pure: the caller says which files
 * the build has.
 */

/** What the server should do with a request target. */
export type Resolution =
  /** Send this file of the build (relative to it, e.g. `es/index.html`). */
  | { kind: 'file'; file: string }
  /** Send the browser to the same path with a trailing slash: a folder with an `index.html`. */
  | { kind: 'redirect'; location: string }
  /** Nothing answers the path: send the nearest 404 page of the build, if it has one, with a 404. */
  | { kind: 'not-found'; page: string | undefined }
  /** Not a clean local path (`//host`, `..`, `\`, a NUL, broken escapes): answer 400. */
  | { kind: 'reject' };

/** What the rules need to know about the build. */
export interface BuildLayout {
  /** The path the site is served under, with slashes at both ends: `/` or `/cso-vs-cro/`. */
  base: string;
  /** Tells whether the build has a file at a path relative to it, e.g. `es/index.html`. */
  hasFile(file: string): boolean;
}

// Characters no clean path segment holds once decoded: separators, NUL and other controls.
const UNCLEAN = /[\\/\u0000-\u001f\u007f]/;

/** Splits a raw path into decoded segments, or returns `undefined` when it is not a clean local path. */
function readSegments(path: string): string[] | undefined {
  if (!path.startsWith('/')) return undefined;
  const raws = path.slice(1).split('/');
  // `//host` and `/a//b` are not local paths: a URL parser reads the first as another host.
  if (raws.slice(0, -1).includes('')) return undefined;
  const segments: string[] = [];
  for (const raw of raws) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (UNCLEAN.test(segment) || segment === '.' || segment === '..') return undefined;
    segments.push(segment);
  }
  return segments;
}

/**
 * Lists the 404 pages that may answer a missing path (relative to the base), nearest folder first,
 * ending at the build's own `404.html`: `en/articles/x/` → `en/articles/404.html`, `en/404.html`, `404.html`.
 */
export function notFoundCandidates(relative: string): string[] {
  const folders = relative.split('/').filter(Boolean).slice(0, -1);
  const candidates: string[] = [];
  for (let depth = folders.length; depth >= 0; depth--) {
    candidates.push([...folders.slice(0, depth), '404.html'].join('/'));
  }
  return candidates;
}

/**
 * Maps a request target (path and query, as the request line has it) to what answers it:
 * `/es/` → `es/index.html`; `/es/comparison` → a redirect to `/es/comparison/` only when that
 * page exists; a missing path → the nearest 404 page; `//evil.example`, `/../x` → rejected.
 */
export function resolveRequestPath(target: string, { base, hasFile }: BuildLayout): Resolution {
  const queryStart = target.indexOf('?');
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  const query = queryStart === -1 ? '' : target.slice(queryStart);
  const segments = readSegments(path);
  if (!segments) return { kind: 'reject' };
  const notFound = (relative: string): Resolution => ({
    kind: 'not-found',
    page: notFoundCandidates(relative).find(hasFile),
  });
  const decoded = `/${segments.join('/')}`;
  if (`${decoded}/` === base) return { kind: 'redirect', location: `${path}/${query}` };
  if (!decoded.startsWith(base)) return notFound('');
  const relative = decoded.slice(base.length);
  if (relative === '' || relative.endsWith('/')) {
    const index = `${relative}index.html`;
    return hasFile(index) ? { kind: 'file', file: index } : notFound(relative);
  }
  if (hasFile(relative)) return { kind: 'file', file: relative };
  if (hasFile(`${relative}/index.html`)) return { kind: 'redirect', location: `${path}/${query}` };
  return notFound(relative);
}
