import type { Config } from '../config.ts';
import { dailyPackJob } from '../returns/daily-pack.job.ts';
import type { Services } from '../services.ts';
import type { JobHandler, JobRegistry } from './job.ts';
import { pruneJobs } from './prune-jobs.ts';
import type { Schedule } from './scheduler.ts';

/**
 * Every kind of job this build runs, each with its handler: to add one, write the handler beside
 * its domain (e.g. `returns/daily-pack.job.ts` exporting `dailyPackJob(…): JobHandler`)
 * and add a line here. An explicit list, like the migrations, keeps what runs in the background
 * readable in one place.
 */
export function jobHandlers(services: Services): JobRegistry {
  return new Map<string, JobHandler>([
    ['prune-jobs', pruneJobs(services.jobs)],
    ['daily-pack', dailyPackJob(services.dailyPack)],
  ]);
}

/** Recurring work; times are Europe/London. Each schedule's kind must have a handler above. */
export function schedulesFor(config: Pick<Config, 'dailyPackAt'>): readonly Schedule[] {
  return [
    { kind: 'prune-jobs', every: 'day', at: '03:30' },
    // Ready before the inspector's morning meeting (seed 002 §12).
    { kind: 'daily-pack', every: 'day', at: config.dailyPackAt, forEachForce: true },
  ];
}
