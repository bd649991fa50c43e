import type { APIRoute, GetStaticPaths } from 'astro';
import { join } from 'node:path';
import { cardPathFor, type CardContent } from './card.ts';
import { listCardPages } from './card-pages.ts';
import { createCardRenderer } from './render-cards.ts';

const renderer = createCardRenderer({ cacheDir: join(import.meta.env.SITE_CACHE_DIR, 'social-cards') });

/** One PNG per page, at the path `cardPathFor` gives it. */
export const getStaticPaths: GetStaticPaths = async () => {
  const pages = await listCardPages();
  // The dev server's route (a build draws the cards from `cards.json.ts`): starting them all here
  // draws them side by side before they are asked for.
  renderer.prepare(pages.map(({ content }) => content));
  return pages.map(({ path, content }) => ({
    params: {
      card: cardPathFor(path)
        .replace(/^\/social\//, '')
        .replace(/\.png$/, ''),
    },
    props: { content },
  }));
};

export const GET: APIRoute<{ content: CardContent }> = async ({ props }) =>
  new Response(new Uint8Array(await renderer.render(props.content)), {
    headers: { 'content-type': 'image/png' },
  });
