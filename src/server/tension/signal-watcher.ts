import type { FastifyBaseLogger } from 'fastify';
import type { ReportChanges } from '../http/live-events.ts';
import { systemActor } from '../platform/actor.ts';
import type { Services } from '../services.ts';

/** Reports often arrive in bursts (a partner's import, a busy hour): one scan per force per burst. */
const SETTLE_MS = 3_000;

/**
 * Keeps signals current: a force is scanned a few seconds after a report of it arrives (through any
 * process: the notification travels through PostgreSQL) and every force on a timer, so a day that
 * turns over or a quiet force is still judged. Scans are idempotent, so several processes may run
 * this at once; the cost is repeated work, not repeated signals.
 */
export function startSignalWatcher(deps: { changes: ReportChanges; services: Services; everyMinutes: number; log: FastifyBaseLogger }) {
  const actor = systemActor('signal-watcher');
  const pending = new Map<string, NodeJS.Timeout>();
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;

  function scan(forceId: string): void {
    // One scan at a time per process: PGlite has one connection and scans are not urgent to the second.
    running = running.then(async () => {
      if (stopped) {
        return;
      }
      try {
        await deps.services.signals.scanForce(actor, forceId);
      } catch (error) {
        deps.log.error({ err: error, forceId }, 'signal scan failed');
      }
    });
  }

  function soon(forceId: string): void {
    clearTimeout(pending.get(forceId));
    pending.set(
      forceId,
      setTimeout(() => {
        pending.delete(forceId);
        scan(forceId);
      }, SETTLE_MS),
    );
  }

  const unsubscribe = deps.changes
    .subscribeAll((change) => {
      if ((change.topic ?? 'report') === 'report' && change.change === 'received') {
        soon(change.forceId);
      }
    })
    .catch((error: unknown) => {
      deps.log.error({ err: error }, 'signal watcher: could not listen for reports; scanning on the timer only');
      return () => false;
    });
  const timer = setInterval(() => {
    void deps.services.forces.listAll().then((forces) => forces.forEach((f) => scan(f.id)), (error: unknown) => deps.log.error({ err: error }, 'signal scan: could not list forces'));
  }, deps.everyMinutes * 60_000);
  timer.unref();

  return {
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(timer);
      pending.forEach((t) => clearTimeout(t));
      (await unsubscribe)();
      await running;
    },
  };
}
