import type { FastifyBaseLogger } from 'fastify';
import { addDays, londonDateTime, londonDay } from '../../shared/london-time.ts';
import type { JsonObject } from './job.ts';
import type { JobsService } from './jobs.service.ts';

/**
 * Work that recurs, declared rather than coded:
 * `{ kind: 'daily-pack', every: 'day', at: '07:00', forEachForce: true }` queues one `daily-pack`
 * job per force each London day, due at 07:00 London time whatever the season.
 */
export interface Schedule {
  kind: string;
  every: 'day';
  /** 'HH:MM', Europe/London wall-clock time. */
  at: string;
  /** One job per force (its `forceId` set), rather than one system job. */
  forEachForce?: boolean;
  /** Added to every occurrence's payload, beside `day` (the London day, YYYY-MM-DD). */
  payload?: JsonObject;
  maxAttempts?: number;
}

export interface Occurrence {
  /** The London day it belongs to, YYYY-MM-DD: part of its unique key. */
  day: string;
  runAt: Date;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The first occurrence strictly after `after`. Pure: the scheduler's clock is the caller's. */
export function nextOccurrence(schedule: Schedule, after: Date): Occurrence {
  let day = londonDay(after);
  for (;;) {
    const runAt = londonDateTime(day, schedule.at);
    if (runAt > after) {
      return { day, runAt };
    }
    day = addDays(day, 1);
  }
}

/**
 * The occurrences to queue at `now`: today's (London) once it is due within `lookaheadMs`, and
 * tomorrow's when the look-ahead crosses midnight. Queuing a minute ahead makes the job due on
 * the dot; today's is still queued late (catching up) if no process was running at its time.
 * Earlier days are never queued: yesterday's pack is of no use today.
 */
export function dueOccurrences(schedule: Schedule, now: Date, lookaheadMs: number): Occurrence[] {
  const horizon = new Date(now.getTime() + lookaheadMs);
  const days = [...new Set([londonDay(now), londonDay(horizon)])];
  return days.map((day) => ({ day, runAt: londonDateTime(day, schedule.at) })).filter((o) => o.runAt <= horizon);
}

/** One key per kind, force and day, so every process may queue an occurrence and only one job results. */
export function occurrenceKey(schedule: Schedule, forceId: string | null, day: string): string {
  return forceId ? `${schedule.kind}:${forceId}:${day}` : `${schedule.kind}:${day}`;
}

export interface SchedulerOptions {
  jobs: Pick<JobsService, 'enqueue'>;
  /** Every force's id, for schedules run for each force. */
  forceIds: () => Promise<string[]>;
  schedules: readonly Schedule[];
  log: FastifyBaseLogger;
  /** How often to tick (default a minute); also how far ahead occurrences are queued. */
  everyMs?: number;
  now?: () => Date;
}

export interface Scheduler {
  /** Queues whatever is due at `at` (default now); answers how many jobs this call created. */
  tick(at?: Date): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The scheduler's tick without its timer (tests drive it with their own clock): queues the due
 * occurrences of every schedule with their unique keys, so however many processes tick at once,
 * each occurrence becomes one job.
 */
export function createScheduler(options: SchedulerOptions): Pick<Scheduler, 'tick'> {
  const everyMs = options.everyMs ?? 60_000;
  const now = options.now ?? (() => new Date());
  for (const s of options.schedules) {
    if (!TIME.test(s.at)) {
      throw new Error(`schedule ${s.kind}: at must be HH:MM, not "${s.at}"`);
    }
  }

  async function tick(at: Date = now()): Promise<number> {
    const perForce = options.schedules.some((s) => s.forEachForce);
    const forces = perForce ? await options.forceIds() : [];
    let created = 0;
    for (const schedule of options.schedules) {
      for (const { day, runAt } of dueOccurrences(schedule, at, everyMs)) {
        for (const forceId of schedule.forEachForce ? forces : [null]) {
          const job = await options.jobs.enqueue(schedule.kind, { ...schedule.payload, day }, {
            runAt,
            uniqueKey: occurrenceKey(schedule, forceId, day),
            forceId,
            maxAttempts: schedule.maxAttempts,
          });
          created += job.created ? 1 : 0;
        }
      }
    }
    return created;
  }

  return { tick };
}

/** Runs in every worker process: a tick now and then every `everyMs` (a minute), until stopped. */
export function startScheduler(options: SchedulerOptions): Scheduler {
  const { tick } = createScheduler(options);
  let running: Promise<unknown> = Promise.resolve();
  const safeTick = () => {
    // Ticks never overlap: a slow database makes them late, not doubled.
    running = running.then(() => tick()).catch((error: unknown) => options.log.error({ err: error }, 'scheduler: tick failed; trying again at the next'));
  };
  const timer = setInterval(safeTick, options.everyMs ?? 60_000);
  safeTick();

  return {
    tick,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
