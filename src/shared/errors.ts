import { z } from 'zod';

/** Stable error codes: clients branch on these, never on the message. */
export const ErrorCode = z.enum([
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'recording_decision_required',
  'crime_number_required',
  'csrf_failed',
  'rate_limited',
  'payload_too_large',
  'unsupported_media_type',
  'service_unavailable',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** One problem with one field of the input; `field` is a dotted path such as `location.postcode`. */
export const FieldProblem = z.object({ field: z.string(), message: z.string() });
export type FieldProblem = z.infer<typeof FieldProblem>;

/** RFC 9457 problem document, with our stable `code` and the fields at fault. */
export const ProblemDocument = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: ErrorCode,
    requestId: z.string().optional(),
    errors: z.array(FieldProblem).optional(),
  })
  .meta({ id: 'ProblemDocument' });
export type ProblemDocument = z.infer<typeof ProblemDocument>;
