import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemDocument } from '../../shared/errors.ts';
import { PublicReportReceipt, PublicReportRequest, PublicReportStatus } from '../../shared/reports/contract.ts';
import type { IntakeService } from './intake.service.ts';
import { MAX_PHOTO_BYTES } from './photos.ts';

const Reference = z.object({ reference: z.string().regex(/^[A-Z0-9]{2,10}-[A-Z]{2}-\d{4}-\d{6}$/, 'is not a report reference') });

const problems = { 400: ProblemDocument, 404: ProblemDocument, 409: ProblemDocument, 413: ProblemDocument, 429: ProblemDocument, 503: ProblemDocument };

/** Public reporting: no account, so rate limited per client address and size limited. */
export const publicReportsRoutes: FastifyPluginAsyncZod<{ intake: IntakeService; perMinute: number }> = async (app, { intake, perMinute }) => {
  const rateLimit = { max: perMinute, timeWindow: '1 minute' };

  app.post(
    '/public/reports',
    {
      bodyLimit: 64 * 1024,
      config: { rateLimit },
      schema: {
        tags: ['public'],
        summary: 'Report a hate crime, hate incident or community concern (no account needed)',
        security: [],
        headers: z.object({ 'idempotency-key': z.string().min(8).max(200).optional() }).loose(),
        body: PublicReportRequest,
        response: { 201: PublicReportReceipt, ...problems },
      },
    },
    async (request, reply) => {
      const receipt = await intake.submitPublicReport(
        { ip: request.ip, requestId: String(request.id) },
        request.body,
        request.headers['idempotency-key'],
      );
      return reply.code(201).send(receipt);
    },
  );

  // Photos travel as the raw image, one per request: no multipart parser to trust, and the server
  // checks the bytes, not the declared type.
  app.addContentTypeParser(['image/jpeg', 'image/png', 'image/webp'], { parseAs: 'buffer', bodyLimit: MAX_PHOTO_BYTES }, (_request, body, done) =>
    done(null, body),
  );
  app.post(
    '/public/reports/:reference/photos',
    {
      bodyLimit: MAX_PHOTO_BYTES,
      config: { rateLimit },
      schema: {
        tags: ['public'],
        summary: 'Add a photo or screenshot to your report (JPEG, PNG or WebP, up to 5 MB; at most 5; within a day)',
        security: [],
        consumes: ['image/jpeg', 'image/png', 'image/webp'],
        params: Reference,
        headers: z.object({ 'x-report-secret': z.string().min(1).max(100) }).loose(),
        response: { 201: z.object({ id: z.uuid() }), ...problems, 415: ProblemDocument },
      },
    },
    async (request, reply) => {
      const photo = await intake.addPublicPhoto(
        { ip: request.ip, requestId: String(request.id) },
        request.params.reference,
        request.headers['x-report-secret'],
        request.body as Buffer,
      );
      return reply.code(201).send(photo);
    },
  );

  app.get(
    '/public/reports/:reference',
    {
      config: { rateLimit },
      schema: {
        tags: ['public'],
        summary: 'The public status of a report, given its reference and the secret in X-Report-Secret',
        security: [],
        params: Reference,
        headers: z.object({ 'x-report-secret': z.string().min(1).max(100) }).loose(),
        response: { 200: PublicReportStatus, ...problems },
      },
    },
    async (request) => intake.publicStatus(request.params.reference, request.headers['x-report-secret']),
  );
};
