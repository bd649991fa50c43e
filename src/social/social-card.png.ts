import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { cardPathFor, renderCardSvg, type CardContent } from './card.ts';
import { listCardPages } from './card-pages.ts';

/** One PNG per page, at the path `cardPathFor` gives it. */
export const getStaticPaths: GetStaticPaths = async () =>
  (await listCardPages()).map(({ path, content }) => ({
    params: {
      card: cardPathFor(path)
        .replace(/^\/social\//, '')
        .replace(/\.png$/, ''),
    },
    props: { content },
  }));

export const GET: APIRoute<{ content: CardContent }> = async ({ props }) => {
  const png = await sharp(Buffer.from(renderCardSvg(props.content)))
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
