import { getEntry } from 'astro:content';
import type { Dimension } from './schema.ts';

/** Reads the comparison's dimensions from the content collection, in their written order. */
export async function loadDimensions(): Promise<Dimension[]> {
  const entry = await getEntry('comparison', 'roles');
  if (!entry)
    throw new Error('The comparison data (content/comparison/dimensions.yaml) has no entry "roles".');
  return entry.data.dimensions;
}
