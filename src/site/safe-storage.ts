/** A key–value store that never throws: where storage is disabled or full, it just forgets. */
export interface SafeStorage {
  read(key: string): string | undefined;
  write(key: string, value: string): void;
  remove(key: string): void;
}

/**
 * Wraps a Web Storage area, reached through a function because merely reading `localStorage`
 * throws when storage is disabled.
 */
export function createSafeStorage(getStorage: () => Storage | undefined): SafeStorage {
  const attempt = <T>(use: (storage: Storage) => T): T | undefined => {
    try {
      const storage = getStorage();
      return storage ? use(storage) : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    read: (key) => attempt((storage) => storage.getItem(key)) ?? undefined,
    write: (key, value) => attempt((storage) => storage.setItem(key, value)),
    remove: (key) => attempt((storage) => storage.removeItem(key)),
  };
}
