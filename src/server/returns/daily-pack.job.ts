import { z } from 'zod';
import { jobHandler, type JobHandler } from '../jobs/job.ts';
import { systemActor } from '../platform/actor.ts';
import type { DailyPackService } from './daily-pack.service.ts';

/**
 * The morning's daily management pack, one job per force per London day (the scheduler's unique
 * key). Safe to run twice: a second run stores a second, equal-or-newer pack, and reads take the latest.
 */
export function dailyPackJob(dailyPack: Pick<DailyPackService, 'generate'>): JobHandler {
  return jobHandler(z.object({ day: z.iso.date() }), async (payload, ctx) => {
    if (!ctx.forceId) {
      throw new Error('the daily pack is made for a force');
    }
    const pack = await dailyPack.generate(systemActor('schedule:daily-pack'), ctx.forceId, payload.day);
    return { day: pack.date, reports: pack.figures.day.total };
  });
}
