import type { APIRoute } from 'astro';
import { makeCardManifest } from './card-manifest.ts';
import { listCardPages } from './card-pages.ts';

/** The list of every page's social card, which the site's integration draws after the build. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(makeCardManifest(await listCardPages())), {
    headers: { 'content-type': 'application/json' },
  });
