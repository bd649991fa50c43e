import fc from 'fast-check';
import { expect, test } from 'vitest';
import { createLimiter } from './limit.ts';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

test.each([1, 2, 5])('never runs more than %i tasks at once, and runs them all', async (limit) => {
  const run = createLimiter(limit);
  let inFlight = 0;
  let most = 0;
  const results = await Promise.all(
    Array.from({ length: 12 }, (_, index) =>
      run(async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await tick();
        inFlight--;
        return index;
      }),
    ),
  );
  expect(results).toEqual(Array.from({ length: 12 }, (_, index) => index));
  expect(most).toBe(limit);
});

test('keeps the bound when tasks arrive while others finish', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1, max: 4 }),
      fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 20 }),
      async (limit, delays) => {
        const run = createLimiter(limit);
        let inFlight = 0;
        let most = 0;
        const task = (delay: number) =>
          run(async () => {
            inFlight++;
            most = Math.max(most, inFlight);
            for (let i = 0; i < delay; i++) await tick();
            inFlight--;
          });
        const started: Promise<void>[] = [];
        for (const delay of delays) {
          started.push(task(delay));
          if (delay % 2) await tick();
        }
        await Promise.all(started);
        expect(most).toBeLessThanOrEqual(limit);
        expect(inFlight).toBe(0);
      },
    ),
    { numRuns: 50 },
  );
});

test('frees the slot of a task that fails', async () => {
  const run = createLimiter(1);
  await expect(run(() => Promise.reject(new Error('no card')))).rejects.toThrow('no card');
  await expect(run(async () => 'next')).resolves.toBe('next');
});

test('takes a limit under one as one', async () => {
  const run = createLimiter(0);
  await expect(run(async () => 'ran')).resolves.toBe('ran');
});
