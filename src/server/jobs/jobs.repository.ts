import { sql } from 'kysely';
import type { Trx } from '../db/scope.ts';
import type { JobRow, JobState } from '../db/schema.ts';

/**
 * SQL of the job queue. Every function takes the caller's transaction; the worker's run in the
 * system's scope, an admin's reads in the force's. All times are the database's `now()`, so the
 * processes sharing a queue agree on them whatever their clocks say.
 */

/** The channel that wakes workers when a job is queued (through any process). */
export const JOBS_CHANNEL = 'cohesion_jobs';

/** Retries wait 30 s, 60 s, 2 min, … doubling with each failed attempt, but never more than an hour. */
export const BACKOFF_BASE_SECONDS = 30;
export const BACKOFF_CAP_SECONDS = 3600;

export interface NewJob {
  kind: string;
  payload: string;
  forceId: string | null;
  runAt: Date | undefined;
  uniqueKey: string | undefined;
  maxAttempts: number | undefined;
}

/**
 * Inserts a job unless one with the same unique key exists (whatever its state), and returns the
 * id of the one that stands. Concurrent inserts of one key wait for each other: exactly one wins.
 */
export async function insertJob(trx: Trx, job: NewJob): Promise<{ id: string; created: boolean } | undefined> {
  const inserted = await trx
    .insertInto('jobs')
    .values({
      kind: job.kind,
      payload: job.payload,
      force_id: job.forceId,
      ...(job.runAt ? { run_at: job.runAt } : {}),
      ...(job.maxAttempts ? { max_attempts: job.maxAttempts } : {}),
      unique_key: job.uniqueKey ?? null,
    })
    .onConflict((oc) => oc.column('unique_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) {
    return { id: inserted.id, created: true };
  }
  // The key is taken. Under a force's scope, a job of another force with that key stays invisible.
  const existing = await trx.selectFrom('jobs').select('id').where('unique_key', '=', job.uniqueKey ?? null).executeTakeFirst();
  return existing ? { id: existing.id, created: false } : undefined;
}

/** Wakes every listening worker once the transaction commits (never if it rolls back). */
export async function notifyWorkers(trx: Trx, kind: string): Promise<void> {
  await sql`select pg_notify(${JOBS_CHANNEL}, ${kind})`.execute(trx);
}

/**
 * Takes the oldest due job of one of `kinds`, counting the attempt and leasing it to `workerId`.
 * SKIP LOCKED lets concurrent workers pass over a row another is taking, so each job goes to one.
 */
export async function claimJob(trx: Trx, workerId: string, kinds: readonly string[], leaseSeconds: number): Promise<JobRow | undefined> {
  const due = trx
    .selectFrom('jobs')
    .select('id')
    .where('state', '=', 'queued')
    .where('run_at', '<=', sql<Date>`now()`)
    .where('kind', 'in', kinds)
    .orderBy('run_at')
    .limit(1)
    .forUpdate()
    .skipLocked();
  return trx
    .updateTable('jobs')
    .set({
      state: 'running',
      attempts: sql`attempts + 1`,
      locked_by: workerId,
      locked_until: sql`now() + make_interval(secs => ${leaseSeconds})`,
      started_at: sql`now()`,
    })
    .where('id', '=', due)
    .returningAll()
    .executeTakeFirst();
}

/** Keeps a long job's lease; false when the worker no longer holds it (it expired and was reclaimed). */
export async function extendLease(trx: Trx, id: string, workerId: string, leaseSeconds: number): Promise<boolean> {
  const row = await trx
    .updateTable('jobs')
    .set({ locked_until: sql`now() + make_interval(secs => ${leaseSeconds})` })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('state', '=', 'running')
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Marks a job this worker holds as done; false when it had lost the lease (then nothing changes). */
export async function completeJob(trx: Trx, id: string, workerId: string, result: string | null): Promise<boolean> {
  const row = await trx
    .updateTable('jobs')
    .set({ state: 'done', result, locked_by: null, locked_until: null, finished_at: sql`now()` })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('state', '=', 'running')
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Records a failed attempt of a job this worker holds: queued again after the backoff while
 * attempts remain (and `retry`), otherwise failed for good. 'lost' when the lease had gone.
 */
export async function failJob(trx: Trx, id: string, workerId: string, error: string, retry: boolean): Promise<'retrying' | 'failed' | 'lost'> {
  const final = retry ? sql<boolean>`attempts >= max_attempts` : sql<boolean>`true`;
  const row = await trx
    .updateTable('jobs')
    .set({
      state: sql<JobState>`case when ${final} then 'failed' else 'queued' end`,
      last_error: error,
      locked_by: null,
      locked_until: null,
      run_at: sql`case when ${final} then run_at
        else now() + make_interval(secs => least(${BACKOFF_BASE_SECONDS} * power(2, attempts - 1), ${BACKOFF_CAP_SECONDS})) end`,
      finished_at: sql`case when ${final} then now() end`,
    })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('state', '=', 'running')
    .returning('state')
    .executeTakeFirst();
  return row ? (row.state === 'failed' ? 'failed' : 'retrying') : 'lost';
}

/**
 * Gives back a job this worker is still running when it stops: queued again at once, and the
 * attempt not counted, since the job did not fail.
 */
export async function releaseJob(trx: Trx, id: string, workerId: string): Promise<boolean> {
  const row = await trx
    .updateTable('jobs')
    .set({ state: 'queued', attempts: sql`greatest(attempts - 1, 0)`, locked_by: null, locked_until: null, run_at: sql`now()` })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('state', '=', 'running')
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Takes back jobs whose lease expired (their worker crashed or hung): queued again at once, or
 * failed when that was the last attempt, since a job that kills its worker must not loop forever.
 * A worker never reclaims its own jobs: it is alive, and its heartbeat may be queued behind one.
 */
export async function reclaimExpired(trx: Trx, workerId: string): Promise<{ id: string; kind: string; state: JobState }[]> {
  const final = sql<boolean>`attempts >= max_attempts`;
  return trx
    .updateTable('jobs')
    .set({
      state: sql<JobState>`case when ${final} then 'failed' else 'queued' end`,
      last_error: 'the worker stopped before finishing: its lease expired',
      locked_by: null,
      locked_until: null,
      run_at: sql`now()`,
      finished_at: sql`case when ${final} then now() end`,
    })
    .where('state', '=', 'running')
    .where('locked_until', '<', sql<Date>`now()`)
    .where('locked_by', '<>', workerId)
    .returning(['id', 'kind', 'state'])
    .execute();
}

const LISTED = ['id', 'kind', 'force_id', 'state', 'run_at', 'attempts', 'max_attempts', 'last_error', 'created_at', 'started_at', 'finished_at'] as const;

export type ListedJob = Pick<JobRow, (typeof LISTED)[number]>;

/** The newest jobs of a force and the system's (force_id null), optionally in one state. */
export function listJobs(trx: Trx, forceId: string, filter: { state?: JobState; limit: number }): Promise<ListedJob[]> {
  return trx
    .selectFrom('jobs')
    .select(LISTED)
    .where((eb) => eb.or([eb('force_id', '=', forceId), eb('force_id', 'is', null)]))
    .$if(filter.state !== undefined, (q) => q.where('state', '=', filter.state ?? 'queued'))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .execute();
}

/** One job of a force or of the system, locked for a change. */
export function findJobOfForce(trx: Trx, forceId: string, id: string): Promise<ListedJob | undefined> {
  return trx
    .selectFrom('jobs')
    .select(LISTED)
    .where('id', '=', id)
    .where((eb) => eb.or([eb('force_id', '=', forceId), eb('force_id', 'is', null)]))
    .forUpdate()
    .executeTakeFirst();
}

/** A failed job back in the queue, due now, with its attempts counted afresh; its last error stays for the record. */
export function requeueFailed(trx: Trx, id: string): Promise<ListedJob | undefined> {
  return trx
    .updateTable('jobs')
    .set({ state: 'queued', attempts: 0, run_at: sql`now()`, finished_at: null })
    .where('id', '=', id)
    .where('state', '=', 'failed')
    .returning(LISTED)
    .executeTakeFirst();
}

export interface QueueDepth {
  /** Queued and due: the backlog. */
  due: number;
  /** Queued for later (retries waiting out their backoff, scheduled work). */
  scheduled: number;
  running: number;
  failed: number;
}

/** Counts for /metrics; each comes from a partial index, so finished jobs cost nothing. */
export async function queueDepth(trx: Trx): Promise<QueueDepth> {
  const result = await sql<QueueDepth>`select
      (select count(*) from jobs where state = 'queued' and run_at <= now())::int as due,
      (select count(*) from jobs where state = 'queued' and run_at > now())::int as scheduled,
      (select count(*) from jobs where state = 'running')::int as running,
      (select count(*) from jobs where state = 'failed')::int as failed`.execute(trx);
  return result.rows[0] ?? { due: 0, scheduled: 0, running: 0, failed: 0 };
}

/** Deletes finished jobs: done ones finished before `doneBefore`, failed ones before `failedBefore`. */
export async function pruneFinished(trx: Trx, doneBefore: Date, failedBefore: Date): Promise<number> {
  const result = await trx
    .deleteFrom('jobs')
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'done'), eb('finished_at', '<', doneBefore)]),
        eb.and([eb('state', '=', 'failed'), eb('finished_at', '<', failedBefore)]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
