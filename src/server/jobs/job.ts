import type { FastifyBaseLogger } from 'fastify';
import type { z } from 'zod';

/** What a job's payload and result may hold: plain JSON, stored as jsonb. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** What a handler knows about the job it runs. */
export interface JobContext {
  readonly id: string;
  readonly kind: string;
  /** The force the job works for (use `inForceScope` with it for the force's data); null for a system job. */
  readonly forceId: string | null;
  /** 1 on the first try. */
  readonly attempt: number;
  readonly maxAttempts: number;
  /**
   * Aborted when this worker is stopping and its grace period is over, or when it lost the job's
   * lease (another worker may now run it): stop at the next safe point, committing nothing more.
   */
  readonly signal: AbortSignal;
  /** Tagged with the job's id and kind. Log ids and counts, never personal data. */
  readonly log: FastifyBaseLogger;
}

/**
 * Runs one job. Resolving marks it done, storing the returned value (keep it small: ids, counts)
 * as its result; throwing fails the attempt, and it is tried again later unless attempts are used up
 * or the error is a {@link JobFailed} with `retry: false`. Work must be safe to repeat: a worker
 * that crashes after the work but before marking it done leaves the job to run again.
 */
export type JobHandler = (payload: unknown, context: JobContext) => Promise<JsonValue | void>;

/** Which handler runs each kind of job; a worker only claims the kinds it has. */
export type JobRegistry = ReadonlyMap<string, JobHandler>;

/**
 * An error whose message is kept as the job's `last_error` and shown to admins, so it must name
 * no one: ids, counts and reasons only. `retry: false` fails the job at once (bad input never heals).
 */
export class JobFailed extends Error {
  readonly retry: boolean;

  constructor(message: string, options: { retry?: boolean } = {}) {
    super(message);
    this.name = 'JobFailed';
    this.retry = options.retry ?? true;
  }
}

/**
 * A handler whose payload is checked by a zod schema first: a payload that does not fit fails the
 * job at once, naming the fields at fault (never their values).
 */
export function jobHandler<P>(schema: z.ZodType<P>, handle: (payload: P, context: JobContext) => Promise<JsonValue | void>): JobHandler {
  return async (payload, context) => {
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || 'payload'))];
      throw new JobFailed(`payload does not fit ${context.kind}: ${fields.join(', ')}`, { retry: false });
    }
    return handle(parsed.data, context);
  };
}
