import { expect, test } from 'vitest';
import { createSafeStorage } from './safe-storage.ts';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

test('keeps, reads and forgets values in working storage', () => {
  const storage = createSafeStorage(() => memoryStorage());
  const shared = memoryStorage();
  const safe = createSafeStorage(() => shared);
  safe.write('quiz', 'state');
  expect(safe.read('quiz')).toBe('state');
  safe.remove('quiz');
  expect(safe.read('quiz')).toBeUndefined();
  expect(storage.read('missing')).toBeUndefined();
});

test('changes nothing but persistence when storage is disabled', () => {
  const safe = createSafeStorage(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  });
  expect(() => safe.write('quiz', 'state')).not.toThrow();
  expect(safe.read('quiz')).toBeUndefined();
  expect(() => safe.remove('quiz')).not.toThrow();
});

test('swallows a full or failing storage', () => {
  const failing = memoryStorage();
  failing.setItem = () => {
    throw new DOMException('Quota exceeded', 'QuotaExceededError');
  };
  failing.getItem = () => {
    throw new Error('broken');
  };
  const safe = createSafeStorage(() => failing);
  expect(() => safe.write('quiz', 'state')).not.toThrow();
  expect(safe.read('quiz')).toBeUndefined();
});

test('treats missing storage as disabled', () => {
  expect(createSafeStorage(() => undefined).read('quiz')).toBeUndefined();
});
