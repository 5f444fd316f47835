import { createHash } from 'node:crypto';
import fastifyFormbody from '@fastify/formbody';
import type { FastifyError, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FieldProblem } from '../../shared/errors.ts';
import {
  Open311Errors,
  Open311KeyQuery,
  Open311Receipt,
  Open311RequestForm,
  Open311RequestsQuery,
  Open311Service,
  Open311ServiceDefinition,
  Open311ServiceRequests,
} from '../../shared/open311/contract.ts';
import { AppError } from '../http/errors.ts';
import { presentErrors } from './open311.presenter.ts';
import type { Open311Service as Open311Api } from './open311.service.ts';

const errors = { 400: Open311Errors, 403: Open311Errors, 404: Open311Errors, 413: Open311Errors, 415: Open311Errors, 429: Open311Errors };
const tags = ['open311'];
const READ_ACCESS =
  'Needs api_key. A key sees only the requests its own organisation sent to its own force (with any of that organisation’s keys), and only their status: never the description or anyone’s details.';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** One budget per api_key, or per address when no key is sent (the key is read after parsing). */
function callerKey(request: FastifyRequest): string {
  const sent = [request.body, request.query].map((source) => (source as Record<string, unknown> | undefined)?.['api_key']);
  const key = sent.find((k): k is string => typeof k === 'string' && k !== '');
  return key ? `key:${sha256(key)}` : `ip:${request.ip}`;
}

function validationFields(error: FastifyError): FieldProblem[] {
  if (!hasZodFastifySchemaValidationErrors(error)) {
    return [];
  }
  return error.validation.map((v) => ({
    field: v.instancePath.replace(/^\//, '').replaceAll('/', '.') || error.validationContext || 'request',
    message: v.message ?? 'is not valid',
  }));
}

/**
 * Open311 GeoReport v2 for third-party reporting centres and apps, outside the staff API: its own
 * body format (form-encoded, registered only in this scope), its own errors (GeoReport's array of
 * {code, description}, not problem documents) and api_key instead of a session.
 */
export const open311Routes: FastifyPluginAsyncZod<{ open311: Open311Api; perMinute: number }> = async (app, { open311, perMinute }) => {
  // GeoReport bodies are forms, and only forms: anything else is 415 here, as forms are 415 elsewhere.
  app.removeAllContentTypeParsers();
  await app.register(fastifyFormbody);

  app.setErrorHandler((error: FastifyError, request, reply) => {
    let status = 400;
    let message = error.message;
    let fields: FieldProblem[] | undefined;
    if (error instanceof AppError) {
      status = error.status;
      fields = error.fields;
      for (const [name, value] of Object.entries(error.headers ?? {})) {
        reply.header(name, value);
      }
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      fields = validationFields(error);
    } else if (error.statusCode === 429) {
      status = 429;
      message = 'too many requests; wait and try again';
    } else if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      status = error.statusCode;
    } else {
      request.log.error({ err: error }, 'unhandled error');
      status = 500;
      message = `something went wrong on our side; quote request id ${request.id} if you report this`;
    }
    return reply.code(status).type('application/json; charset=utf-8').send(presentErrors(status, message, fields));
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .type('application/json; charset=utf-8')
      .send(presentErrors(404, `no such endpoint: ${request.method} ${request.url.split('?')[0]} (only the JSON format is offered)`)),
  );

  const config = { rateLimit: { max: perMinute, timeWindow: '1 minute', hook: 'preValidation' as const, keyGenerator: callerKey } };
  const origin = (request: FastifyRequest) => ({ ip: request.ip, requestId: String(request.id) });

  app.get(
    '/services.json',
    {
      config,
      schema: { tags, summary: 'The services: hate crime, hate incident and community concern', security: [], querystring: Open311KeyQuery, response: { 200: z.array(Open311Service), ...errors } },
    },
    async () => open311.listServices(),
  );

  app.get(
    '/services/:service_code.json',
    {
      config,
      schema: {
        tags,
        summary: 'A service definition: the attributes a request for this service carries',
        security: [],
        params: z.object({ service_code: z.string().max(100) }),
        querystring: Open311KeyQuery,
        response: { 200: Open311ServiceDefinition, ...errors },
      },
    },
    async (request) => open311.serviceDefinition(request.params.service_code),
  );

  app.post(
    '/requests.json',
    {
      bodyLimit: 64 * 1024,
      config,
      schema: {
        tags,
        summary: 'Submit a request: it becomes a report with channel open311 (application/x-www-form-urlencoded)',
        description:
          'Needs api_key. Standard GeoReport fields plus attribute[code]=value (attribute[strands][]=race for several). Anonymous unless a name and an email or phone are given; reporter_role is organisation unless attribute[reporter_role] says otherwise. device_id and account_id are accepted but not kept.',
        security: [],
        consumes: ['application/x-www-form-urlencoded'],
        body: Open311RequestForm,
        response: { 201: Open311Receipt, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await open311.submitRequest(origin(request), request.body)),
  );

  app.get(
    '/requests.json',
    {
      config,
      schema: {
        tags,
        summary: 'Requests this organisation sent: status only (at most 90 days and 1000 requests)',
        description: READ_ACCESS,
        security: [],
        querystring: Open311RequestsQuery,
        response: { 200: Open311ServiceRequests, ...errors },
      },
    },
    async (request) => open311.listRequests(origin(request), request.query),
  );

  app.get(
    '/requests/:service_request_id.json',
    {
      config,
      schema: {
        tags,
        summary: 'One request this organisation sent: status only',
        description: READ_ACCESS,
        security: [],
        params: z.object({ service_request_id: z.string().max(100) }),
        querystring: Open311KeyQuery,
        response: { 200: Open311ServiceRequests, ...errors },
      },
    },
    async (request) => open311.getRequest(origin(request), request.params.service_request_id, request.query),
  );
};
