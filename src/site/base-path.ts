/**
 * Links within the site, under the path it is deployed at (Astro's `base`, from `BASE_PATH`): the one
 * place that puts the base in front of a site path, so every link works at the root and under a
 * sub-path alike.
 */

/** Puts a site path under a base: `('/cso-vs-cro/', '/es/')` → `/cso-vs-cro/es/`. */
export function joinBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** Takes the base off a URL path: `('/cso-vs-cro/', '/cso-vs-cro/es/')` → `/es/`; a path outside it is kept. */
export function stripBase(base: string, pathname: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (prefix && (pathname === prefix || pathname.startsWith(`${prefix}/`))) {
    return pathname.slice(prefix.length) || '/';
  }
  return pathname;
}

// Astro sets `import.meta.env.BASE_URL` in the site's code; outside a build (the benchmark, the
// browser tests' helpers) there is no env, and paths are the site's own.
const buildBase = (): string => import.meta.env?.BASE_URL ?? '/';

/** Puts a site path (`/es/comparison/`) under the base of the build: the href to write in a page. */
export function withBase(path: string): string {
  return joinBase(buildBase(), path);
}

/** Takes the build's base off a page's URL path, giving the site path every language shares the shape of. */
export function withoutBase(pathname: string): string {
  return stripBase(buildBase(), pathname);
}
