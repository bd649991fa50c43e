import { getCollection, getEntry } from 'astro:content';
import type { Role } from '../comparison/schema.ts';
import type { Brief, Trait } from './schema.ts';

/** Reads a role's brief from `content/briefs/briefs.yaml`. */
export async function loadBrief(role: Role): Promise<Brief> {
  const entry = await getEntry('briefs', role);
  if (!entry) throw new Error(`content/briefs/briefs.yaml has no brief "${role}".`);
  return entry.data;
}

/** Reads the interview traits from `content/briefs/interview.yaml`, in their written order. */
export async function loadTraits(): Promise<Trait[]> {
  return (await getCollection('interview')).map(({ data }) => data);
}
