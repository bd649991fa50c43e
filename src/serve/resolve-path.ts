/** What the server should do with a request path, decided without touching the disk. */
export type Resolution =
  { kind: 'file'; candidates: string[] } | { kind: 'redirect'; location: string } | { kind: 'reject' };

/**
 * Maps a URL path to the files of a static build that may answer it, the way static hosts do:
 * `/es/` → `es/index.html`, `/es/comparison` → a redirect to `/es/comparison/`, and paths that
 * try to leave the build folder are rejected.
 */
export function resolveRequestPath(pathname: string): Resolution {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'reject' };
  }
  if (!decoded.startsWith('/') || decoded.includes('\0')) return { kind: 'reject' };
  const segments = decoded.split('/').slice(1);
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.includes('\\'))) {
    return { kind: 'reject' };
  }
  const relative = segments.join('/');
  if (relative === '' || relative.endsWith('/'))
    return { kind: 'file', candidates: [`${relative}index.html`] };
  const last = segments.at(-1) ?? '';
  if (last.includes('.')) return { kind: 'file', candidates: [relative] };
  return { kind: 'redirect', location: `${pathname}/` };
}

/** Lists the 404 pages that may answer a missing path, nearest folder first, ending at the root. */
export function notFoundCandidates(pathname: string): string[] {
  const segments = pathname.split('/').filter(Boolean);
  const candidates: string[] = [];
  for (let depth = Math.max(segments.length - 1, 0); depth >= 0; depth--) {
    const folder = segments.slice(0, depth).join('/');
    candidates.push(folder ? `${folder}/404.html` : '404.html');
  }
  return [...new Set(candidates)];
}
