import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../db/connect.ts';
import type { Services } from '../services.ts';
import type { JobRegistry } from './job.ts';
import { jobHandlers, schedulesFor } from './registry.ts';
import { startScheduler, type Schedule, type Scheduler } from './scheduler.ts';
import { startJobWorker, type JobWorker } from './worker.ts';

export interface JobsRuntime {
  worker: JobWorker;
  scheduler: Scheduler;
  /** Stops scheduling, then the worker (which finishes or gives back its jobs). */
  stop(): Promise<void>;
}

/**
 * A process's background work: one worker and the scheduler, started by `cohesion serve` (roles
 * `all` and `worker`) and stopped with it. Tests pass their own handlers and schedules.
 */
export function startJobs(deps: {
  config: Config;
  database: DatabaseHandle;
  services: Services;
  log: FastifyBaseLogger;
  handlers?: JobRegistry;
  schedules?: readonly Schedule[];
}): JobsRuntime {
  const { config, database, services } = deps;
  const log = deps.log.child({ component: 'jobs' });
  const handlers = deps.handlers ?? jobHandlers(services);
  const schedules = deps.schedules ?? schedulesFor(config);
  for (const s of schedules.filter((s) => !handlers.has(s.kind))) {
    log.warn({ kind: s.kind }, 'a schedule has no handler in this process: its jobs wait for a process that has one');
  }
  const worker = startJobWorker({
    db: database.db,
    listen: database.listen,
    handlers,
    log,
    // PGlite is one connection: more jobs at once would only queue for it.
    concurrency: config.jobs.concurrency ?? (database.kind === 'pglite' ? 1 : 4),
    pollMs: config.jobs.pollMs,
  });
  const scheduler = startScheduler({
    jobs: services.jobs,
    forceIds: async () => (await services.forces.listAll()).map((f) => f.id),
    schedules,
    log,
  });
  return {
    worker,
    scheduler,
    async stop() {
      await scheduler.stop();
      await worker.stop();
    },
  };
}
