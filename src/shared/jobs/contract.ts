import { z } from 'zod';

/**
 * Background jobs as an admin sees them (`/api/v1/admin/jobs`): what ran, when, how often and why
 * it failed. Payloads and results are for the code that runs the job and never leave the server.
 */

export const JobState = z.enum(['queued', 'running', 'done', 'failed']);
export type JobState = z.infer<typeof JobState>;

export const JobListQuery = z
  .object({
    state: JobState.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type JobListQuery = z.infer<typeof JobListQuery>;

export const JobResponse = z
  .object({
    id: z.uuid(),
    kind: z.string().describe('what the job does, e.g. daily-pack'),
    forceId: z.uuid().nullable().describe('the force the job works for; null for a system job'),
    state: JobState,
    runAt: z.iso.datetime().describe('when it is (or was) due'),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    lastError: z.string().nullable().describe('why the last attempt failed: a short message, never personal data'),
    createdAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Job' });
export type JobResponse = z.infer<typeof JobResponse>;
