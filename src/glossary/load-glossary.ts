import { getEntry } from 'astro:content';
import type { Glossary } from './schema.ts';

/** Reads the glossary from `content/glossary/terms.yaml`, as validated by the build. */
export async function loadGlossary(): Promise<Glossary> {
  const entry = await getEntry('glossary', 'glossary');
  if (!entry) throw new Error('The glossary (content/glossary/terms.yaml) has no entry "glossary".');
  return entry.data;
}
