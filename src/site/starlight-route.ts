import type { StarlightRouteData } from '@astrojs/starlight/route-data';

/**
 * The Starlight route a component is rendered in, or `undefined` outside one: an article's MDX
 * is also rendered inside the side-by-side view, where its page furniture (source box, summary,
 * figures) is left out, and Starlight throws on reading a route that does not exist yet.
 */
export function findStarlightRoute(locals: App.Locals): StarlightRouteData | undefined {
  try {
    return locals.starlightRoute;
  } catch {
    return undefined;
  }
}
