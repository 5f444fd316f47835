import { z } from 'zod';
import { jobHandler, type JobHandler } from './job.ts';
import type { JobsService } from './jobs.service.ts';

/** Done jobs are kept a month (what ran last week?), failed ones a quarter (why did it fail?). */
const KEEP_DONE_DAYS = 30;
const KEEP_FAILED_DAYS = 90;

/** The queue's own housekeeping: a system job, daily. Old unique keys go too; only today's matter. */
export function pruneJobs(jobs: Pick<JobsService, 'prune'>): JobHandler {
  return jobHandler(z.object({ day: z.string() }), async () => ({ deleted: await jobs.prune(KEEP_DONE_DAYS, KEEP_FAILED_DAYS) }));
}
