/**
 * Bounded concurrency for build work that waits on threads outside JavaScript (image rendering,
 * compression): enough tasks in flight to keep every core busy, not so many that they fight.
 */
import { availableParallelism } from 'node:os';

/** Runs tasks with at most `limit` of them in flight at once, in the order they were handed over. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/** Makes a limiter that lets at most `limit` tasks run at once (at least one). */
export function createLimiter(limit: number = availableParallelism()): Limiter {
  const most = Math.max(1, Math.floor(limit));
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    // A finishing task hands its slot straight to the next in line, so a task arriving between the
    // two cannot slip in and make one too many.
    if (running < most) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const wake = waiting.shift();
      if (wake) wake();
      else running--;
    }
  };
}
