/**
 * Where the site is deployed, read from the environment by the build, the preview server and the
 * checks alike: `SITE_URL` (the origin, for canonical links, hreflang, the sitemap and social cards),
 * `BASE_PATH` (the path the site lives under, e.g. `/cso-vs-cro/` for a GitHub Pages project site)
 * and `OUT_DIR` (the folder the build goes to).
 */

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * Reads a base path as people write it (`cso-vs-cro`, `/cso-vs-cro`, `/docs/guide/`) into the form
 * with a slash at both ends that Astro's `base` and the server use; empty means the root, `/`.
 */
export function normalizeBasePath(value: string | undefined): string {
  const segments = (value ?? '').split('/').filter(Boolean);
  const bad = segments.find((segment) => !SEGMENT.test(segment) || /^\.+$/.test(segment));
  if (bad !== undefined) {
    throw new Error(
      `BASE_PATH="${value}" is not a path the site can live under: "${bad}" may only hold letters, ` +
        'digits and "._~-". Write it like /cso-vs-cro/.',
    );
  }
  return segments.length ? `/${segments.join('/')}/` : '/';
}

/** Where the site is served: by default, where `npm start` serves it. */
export const SITE_URL = process.env['SITE_URL'] ?? 'http://localhost:4321';

/** The path the site lives under, `/` or e.g. `/cso-vs-cro/`: Astro's `base`. */
export const BASE_PATH = normalizeBasePath(process.env['BASE_PATH']);

/** The folder the build writes to, relative to the project: `dist` unless `OUT_DIR` says otherwise. */
export const OUT_DIR = process.env['OUT_DIR'] || 'dist';
