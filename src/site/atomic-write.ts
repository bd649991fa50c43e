/**
 * Writes a file whole or not at all: the bytes go to a file beside it, which is then renamed into
 * place, so that a process stopped half-way, or two writing at once, never leave half a file under
 * the name (a cache entry, an index, an unpacked browser).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';

/** Options of an atomic write. */
export interface AtomicWriteOptions {
  /** The file's permissions, e.g. `0o755` for a program. */
  mode?: number;
}

/** A name beside `file`, unique to this write. */
const partialOf = (file: string) => `${file}.${randomUUID()}.partial`;

/** Writes `file` whole or not at all, making its folder; on failure nothing is left beside it. */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  { mode }: AtomicWriteOptions = {},
): Promise<void> {
  const partial = partialOf(file);
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(partial, data, mode === undefined ? {} : { mode });
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true }).catch(() => {});
    throw error;
  }
}

/** The same as `writeFileAtomic`, for the few callers that cannot wait (a test config being loaded). */
export function writeFileAtomicSync(
  file: string,
  data: string | Uint8Array,
  { mode }: AtomicWriteOptions = {},
): void {
  const partial = partialOf(file);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(partial, data, mode === undefined ? {} : { mode });
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}
