/**
 * Runs `job` every `ms` in this server process, never two runs at once; errors are logged and
 * the next tick tries again. Jobs must be safe with several servers running them (row claims,
 * SKIP LOCKED, idempotent writes): each server runs its own loop.
 */
export function runEvery(name: string, ms: number, job: () => Promise<unknown>): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    job()
      .catch((error: unknown) => console.error(`[switchboard] ${name} failed:`, error))
      .finally(() => {
        running = false;
      });
  }, ms);
  timer.unref();
  return () => clearInterval(timer);
}
