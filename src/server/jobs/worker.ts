import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import type { DatabaseHandle, Db } from '../db/connect.ts';
import type { JobRow } from '../db/schema.ts';
import { inSystemScope, type Trx } from '../db/scope.ts';
import { JobFailed, type JobContext, type JobRegistry, type JsonValue } from './job.ts';
import * as repository from './jobs.repository.ts';

export interface JobWorkerOptions {
  db: Db;
  /** LISTEN, to wake as soon as a job is queued by any process; without it the worker only polls. */
  listen?: DatabaseHandle['listen'];
  handlers: JobRegistry;
  log: FastifyBaseLogger;
  /** Jobs run at once by this worker (1 on PGlite, whose one connection every job shares). */
  concurrency: number;
  /** How often to look for due jobs and expired leases when nothing wakes the worker. */
  pollMs: number;
  /** How long a claimed job is this worker's without a heartbeat (default 60 s); renewed every third of it. */
  leaseMs?: number;
  /** On stop, how long running jobs may take to finish before they are given back (default 10 s). */
  graceMs?: number;
  /** Defaults to host:pid:random, so a restarted process never mistakes its predecessor's leases for its own. */
  workerId?: string;
}

export interface JobWorker {
  readonly id: string;
  /** Looks for work now (the timer and notifications call this too); resolves when the look is over. */
  poll(): Promise<void>;
  /** Stops claiming, lets running jobs finish within the grace period, then gives back the rest. */
  stop(): Promise<void>;
}

/** Results are kept for admins and callers; a large one is a bug in the handler, not a reason to rerun it. */
const MAX_RESULT_BYTES = 4096;

/** The message kept as `last_error`: short, and a JobFailed's own words; other errors by name and message. */
function describeError(error: unknown): string {
  const text = error instanceof JobFailed ? error.message : error instanceof Error ? `${error.name}: ${error.message}` : 'the handler threw a non-error';
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

function resultText(result: JsonValue | void, log: FastifyBaseLogger): string | null {
  if (result === undefined) {
    return null;
  }
  const text = JSON.stringify(result);
  if (Buffer.byteLength(text) > MAX_RESULT_BYTES) {
    log.warn({ bytes: Buffer.byteLength(text) }, 'job result too large to keep; storing a note instead');
    return JSON.stringify({ note: 'result too large to keep' });
  }
  return text;
}

interface Running {
  controller: AbortController;
  /** Set when the worker gave the job back at shutdown: its late outcome is then expected to be refused. */
  released: boolean;
  /** Renews the lease while the handler runs. */
  heartbeat: NodeJS.Timeout | undefined;
  done: Promise<void>;
}

/**
 * A worker: claims due jobs of the kinds it has handlers for, runs up to `concurrency` at once and
 * records each outcome. Several workers (in one process or many) may share a database: each job is
 * claimed by exactly one (`FOR UPDATE SKIP LOCKED`), and a job whose worker died is reclaimed
 * once its lease expires.
 */
export function startJobWorker(options: JobWorkerOptions): JobWorker {
  const { db, handlers, log } = options;
  const id = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const kinds = [...handlers.keys()];
  const leaseMs = options.leaseMs ?? 60_000;
  const leaseSeconds = leaseMs / 1000;
  const active = new Map<string, Running>();
  const system = <T>(work: (trx: Trx) => Promise<T>) => inSystemScope(db, work);
  let stopping = false;
  let polling: Promise<void> | undefined;
  let again = false;
  let lastReclaim = 0;

  async function extend(job: JobRow, running: Running): Promise<void> {
    try {
      if (!(await system((trx) => repository.extendLease(trx, job.id, id, leaseSeconds))) && !running.released) {
        log.warn({ jobId: job.id, kind: job.kind }, 'job worker: lost a lease (the job was reclaimed); abandoning it');
        running.controller.abort(new Error('lease lost'));
      }
    } catch (error) {
      log.error({ err: error, jobId: job.id }, 'job worker: could not extend a lease');
    }
  }

  async function execute(job: JobRow, running: Running): Promise<void> {
    const jobLog = log.child({ jobId: job.id, kind: job.kind });
    const context: JobContext = {
      id: job.id,
      kind: job.kind,
      forceId: job.force_id,
      attempt: job.attempts,
      maxAttempts: job.max_attempts,
      signal: running.controller.signal,
      log: jobLog,
    };
    running.heartbeat = setInterval(() => void extend(job, running), leaseMs / 3);
    const started = Date.now();
    try {
      const handler = handlers.get(job.kind);
      if (!handler) {
        throw new JobFailed(`no handler for ${job.kind}`);
      }
      const result = await handler(job.payload, context);
      clearInterval(running.heartbeat);
      const kept = await system((trx) => repository.completeJob(trx, job.id, id, resultText(result, jobLog)));
      if (kept) {
        jobLog.info({ attempt: job.attempts, ms: Date.now() - started }, 'job done');
      } else if (!running.released) {
        jobLog.warn('job finished after its lease was lost; its outcome was not recorded');
      }
    } catch (error) {
      clearInterval(running.heartbeat);
      if (running.released) {
        return;
      }
      const retry = !(error instanceof JobFailed) || error.retry;
      const outcome = await system((trx) => repository.failJob(trx, job.id, id, describeError(error), retry));
      if (outcome === 'lost') {
        jobLog.warn('job failed after its lease was lost; its outcome was not recorded');
      } else {
        jobLog[outcome === 'failed' ? 'error' : 'warn']({ err: error, attempt: job.attempts, outcome }, 'job attempt failed');
      }
    }
  }

  function run(job: JobRow): void {
    const running: Running = { controller: new AbortController(), released: false, heartbeat: undefined, done: Promise.resolve() };
    active.set(job.id, running);
    running.done = execute(job, running)
      .catch((error: unknown) => log.error({ err: error, jobId: job.id }, 'job worker: could not record an outcome; the lease will expire and the job run again'))
      .finally(() => {
        active.delete(job.id);
        if (!stopping) {
          void poll();
        }
      });
  }

  async function fill(): Promise<void> {
    // Expired leases mean a dead worker, which is rare: once per poll interval is soon enough.
    if (Date.now() - lastReclaim >= options.pollMs) {
      lastReclaim = Date.now();
      for (const job of await system((trx) => repository.reclaimExpired(trx, id))) {
        log.warn({ jobId: job.id, kind: job.kind, state: job.state }, 'job worker: took back a job whose lease expired');
      }
    }
    while (!stopping && kinds.length > 0 && active.size < options.concurrency) {
      const job = await system((trx) => repository.claimJob(trx, id, kinds, leaseSeconds));
      if (!job) {
        return;
      }
      run(job);
    }
  }

  // One look at a time; a wake-up during a look asks for another straight after it.
  function poll(): Promise<void> {
    if (stopping) {
      return Promise.resolve();
    }
    if (polling) {
      again = true;
      return polling;
    }
    polling = (async () => {
      try {
        do {
          again = false;
          await fill();
        } while (again && !stopping);
      } catch (error) {
        log.error({ err: error }, 'job worker: could not look for jobs; trying again at the next poll');
      } finally {
        polling = undefined;
      }
    })();
    return polling;
  }

  const timer = setInterval(() => void poll(), options.pollMs);
  const unlisten = options.listen
    ? options.listen(repository.JOBS_CHANNEL, () => void poll()).catch((error: unknown) => {
        log.error({ err: error }, 'job worker: could not listen for new jobs; polling only');
        return async () => {};
      })
    : Promise.resolve(async () => {});
  void poll();
  log.info({ workerId: id, kinds, concurrency: options.concurrency }, 'job worker started');

  async function stop(): Promise<void> {
    if (stopping) {
      return;
    }
    stopping = true;
    clearInterval(timer);
    await (await unlisten)();
    await polling;
    let graceTimer: NodeJS.Timeout | undefined;
    const finished = Promise.allSettled([...active.values()].map((r) => r.done)).then(() => true);
    const grace = new Promise<boolean>((resolve) => {
      graceTimer = setTimeout(() => resolve(false), options.graceMs ?? 10_000);
    });
    const allFinished = await Promise.race([finished, grace]);
    clearTimeout(graceTimer);
    if (!allFinished) {
      for (const [jobId, running] of active) {
        // Give the job back before telling the handler: its failure on abort must not count as an attempt.
        running.released = true;
        clearInterval(running.heartbeat);
        const given = await system((trx) => repository.releaseJob(trx, jobId, id)).catch(() => false);
        running.controller.abort(new Error('worker stopping'));
        log.info({ jobId, given }, 'job worker: gave back an unfinished job at shutdown');
      }
    }
    log.info({ workerId: id }, 'job worker stopped');
  }

  return { id, poll, stop };
}
