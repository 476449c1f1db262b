import type { Logger } from '../logger.js';

export interface Repeating {
  /** Runs the task now (unless a run is in progress) and resolves when that run ends. */
  runNow(): Promise<void>;
  stop(): void;
}

/**
 * Runs `task` every `everyMs` without overlap: a slow run delays the next one instead of piling up. Failures are
 * logged (once per streak) and never escape; the timer is unref'd so it never keeps the process alive on its own.
 */
export function repeat(name: string, everyMs: number, task: () => Promise<void>, logger: Logger): Repeating {
  let running: Promise<void> | null = null;
  let stopped = false;
  let failing = false;
  let timer: NodeJS.Timeout | undefined;

  const run = (): Promise<void> => {
    if (running) return running;
    running = task()
      .then(() => {
        if (failing) logger.info({ task: name }, `${name} works again`);
        failing = false;
      })
      .catch((error: unknown) => {
        // The first failure of a streak is a warning; the repeats (Redis away for a while) are debug noise.
        if (failing) logger.debug({ err: error, task: name }, `${name} failed again`);
        else logger.warn({ err: (error as Error).message, task: name }, `${name} failed`);
        failing = true;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      void run().finally(schedule);
    }, everyMs);
    timer.unref();
  };
  schedule();

  return {
    runNow: run,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
