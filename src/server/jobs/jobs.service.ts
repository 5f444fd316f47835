import { z } from 'zod';
import type { JobListQuery, JobResponse } from '../../shared/jobs/contract.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/connect.ts';
import { inForceScope, inSystemScope, type Trx } from '../db/scope.ts';
import { conflict, notFound } from '../http/errors.ts';
import type { Actor } from '../platform/actor.ts';
import { requirePermission } from '../platform/platform.policy.ts';
import type { JsonObject } from './job.ts';
import * as repository from './jobs.repository.ts';

/** Options of {@link JobsService.enqueue}. */
export interface EnqueueOptions {
  /** Not before this instant (default: now). */
  runAt?: Date;
  /**
   * Idempotency: a second enqueue with the same key, while a job with it exists in any state, adds
   * nothing and answers the first job's id. Name the force and the occasion, e.g.
   * `daily-pack:<forceId>:2026-11-24`.
   */
  uniqueKey?: string;
  /** The force the work is for; omit (or null) for a system job. */
  forceId?: string | null;
  /** Attempts before the job is failed for good (default 5). */
  maxAttempts?: number;
  /**
   * Enqueue inside this transaction, so the job exists if and only if the change that needs it
   * commits. Under a force's scope, only a job of that force may be added.
   */
  trx?: Trx;
}

/** Kinds read like `daily-pack` or `export:reports`: they appear in logs, metrics and the admin list. */
const Kind = z.string().regex(/^[a-z][a-z0-9:._-]{0,63}$/);

/** Payloads are instructions (ids, days, filters), not data: anything bigger belongs in a table. */
const MAX_PAYLOAD_BYTES = 64 * 1024;

function checkEnqueue(kind: string, payload: JsonObject, options: EnqueueOptions): string {
  if (!Kind.safeParse(kind).success) {
    throw new Error(`job kind "${kind}" must be lower-case letters, digits and : . _ - (at most 64)`);
  }
  if (options.maxAttempts !== undefined && !(Number.isInteger(options.maxAttempts) && options.maxAttempts >= 1 && options.maxAttempts <= 100)) {
    throw new Error('maxAttempts must be a whole number from 1 to 100');
  }
  if (options.uniqueKey !== undefined && (options.uniqueKey.length === 0 || options.uniqueKey.length > 200)) {
    throw new Error('uniqueKey must be 1 to 200 characters');
  }
  const text = JSON.stringify(payload);
  if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES) {
    throw new Error(`the payload of a ${kind} job is over ${MAX_PAYLOAD_BYTES} bytes`);
  }
  return text;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The admin's view of a job: no payload or result, which are for the code that runs it. */
export function presentJob(row: repository.ListedJob): JobResponse {
  return {
    id: row.id,
    kind: row.kind,
    forceId: row.force_id,
    state: row.state,
    runAt: row.run_at.toISOString(),
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    lastError: row.last_error,
    createdAt: row.created_at.toISOString(),
    startedAt: iso(row.started_at),
    finishedAt: iso(row.finished_at),
  };
}

/**
 * The job queue's front door: any module enqueues work here, and a force's admins (`admin:forces`,
 * the permission for running the force's deployment, as against `admin:users` for its people) see
 * their force's jobs and the system's, and put failed ones back in the queue.
 */
export function createJobsService(deps: { db: Db }) {
  const { db } = deps;

  /**
   * Queues `kind` with `payload` for a worker (of this or any process sharing the database) and
   * wakes the workers. Answers the job's id and whether this call created it (false when the
   * unique key was taken).
   */
  async function enqueue(kind: string, payload: JsonObject, options: EnqueueOptions = {}): Promise<{ id: string; created: boolean }> {
    const text = checkEnqueue(kind, payload, options);
    const work = async (trx: Trx) => {
      const outcome = await repository.insertJob(trx, {
        kind,
        payload: text,
        forceId: options.forceId ?? null,
        runAt: options.runAt,
        uniqueKey: options.uniqueKey,
        maxAttempts: options.maxAttempts,
      });
      if (!outcome) {
        throw conflict(`a job with unique key ${options.uniqueKey ?? ''} exists out of this scope`);
      }
      if (outcome.created && (!options.runAt || options.runAt.getTime() <= Date.now())) {
        await repository.notifyWorkers(trx, kind);
      }
      return outcome;
    };
    return options.trx ? work(options.trx) : inSystemScope(db, work);
  }

  /** The newest jobs of the admin's force and of the system (row-level security binds the read too). */
  async function listForAdmin(actor: Actor, query: JobListQuery): Promise<JobResponse[]> {
    requirePermission(actor, 'admin:forces');
    const rows = await inForceScope(db, { forceIds: [actor.forceId] }, (trx) =>
      repository.listJobs(trx, actor.forceId, { state: query.state, limit: query.limit }),
    );
    return rows.map(presentJob);
  }

  /**
   * A failed job of the admin's force, or a system job, back in the queue with its attempts
   * afresh; audited. Another force's job is "not found"; a job that has not failed is a 409. The
   * application role may only read jobs, so the change runs with the system's rights, the force
   * always the actor's.
   */
  async function retryForAdmin(actor: Actor, id: string): Promise<JobResponse> {
    requirePermission(actor, 'admin:forces');
    if (!z.uuid().safeParse(id).success) {
      throw notFound('job');
    }
    return inSystemScope(db, async (trx) => {
      const job = await repository.findJobOfForce(trx, actor.forceId, id);
      if (!job) {
        throw notFound('job');
      }
      const requeued = await repository.requeueFailed(trx, id);
      if (!requeued) {
        throw conflict(`only a failed job can be retried; this one is ${job.state}`);
      }
      await recordAudit(trx, actor, { action: 'job.retried', recordType: 'job', recordId: id, details: { kind: job.kind, system: job.force_id === null } });
      await repository.notifyWorkers(trx, job.kind);
      return presentJob(requeued);
    });
  }

  /** How many jobs wait, run and have failed, for /metrics. */
  function queueDepth(): Promise<repository.QueueDepth> {
    return inSystemScope(db, (trx) => repository.queueDepth(trx));
  }

  /** Deletes done jobs older than `keepDoneDays` and failed ones older than `keepFailedDays`. */
  function prune(keepDoneDays: number, keepFailedDays: number): Promise<number> {
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
    return inSystemScope(db, (trx) => repository.pruneFinished(trx, daysAgo(keepDoneDays), daysAgo(keepFailedDays)));
  }

  return { enqueue, listForAdmin, retryForAdmin, queueDepth, prune };
}

export type JobsService = ReturnType<typeof createJobsService>;
