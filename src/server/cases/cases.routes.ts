import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AssignRequest,
  CloseRequest,
  ContactLogRequest,
  LinkRequest,
  NoteRequest,
  Person,
  QueueResponse,
  RecordingDecisionRequest,
  ReportDetail,
  ReportListQuery,
  ReportListResponse,
  ReporterContactResponse,
  StaffReportRequest,
  StatusRequest,
  ThriveRequest,
  TranslationRequest,
} from '../../shared/cases/contract.ts';
import { ProblemDocument } from '../../shared/errors.ts';
import { streamReportChanges, type ReportChanges } from '../http/live-events.ts';
import { sessionOf } from '../http/request-context.ts';
import type { UsersService } from '../platform/users.service.ts';
import type { CaseActionsService } from './case-actions.service.ts';
import type { CaseViewService } from './case-view.service.ts';
import { presentQueueItem } from './cases.presenter.ts';
import { toCsv } from '../formats/csv.ts';
import { toXlsx } from '../formats/xlsx.ts';
import { PublicReportStatus } from '../../shared/reports/contract.ts';
import { presentPublicStatus } from '../reports/reports.presenter.ts';

const EXPORT_COLUMNS = ['reference', 'kind', 'channel', 'status', 'strands', 'grade', 'receivedAt', 'attendanceDueAt', 'recordingDecision', 'area', 'assignedTo', 'team', 'language'] as const;

const FILE_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

async function* prepend<T>(head: T, rest: AsyncIterable<T>): AsyncGenerator<T> {
  yield head;
  yield* rest;
}

const problems = { 400: ProblemDocument, 401: ProblemDocument, 403: ProblemDocument, 404: ProblemDocument, 409: ProblemDocument };
const Id = z.object({ id: z.uuid() });
const done = z.null();

export interface CasesRoutesDeps {
  view: CaseViewService;
  actions: CaseActionsService;
  users: UsersService;
  changes: ReportChanges;
}

export const casesRoutes: FastifyPluginAsyncZod<CasesRoutesDeps> = async (app, { view, actions, users, changes }) => {
  app.post(
    '/reports',
    { schema: { tags: ['reports'], summary: 'Record a call (control room) or a partner’s report', body: StaffReportRequest, response: { 201: z.object({ id: z.uuid(), reference: z.string() }), ...problems } } },
    async (request, reply) => {
      const received = await view.recordStaffReport(sessionOf(request).actor, request.body);
      return reply.code(201).send({ id: received.reportId, reference: received.reference });
    },
  );

  app.get(
    '/reports',
    { schema: { tags: ['reports'], summary: 'Search and filter reports, newest first', querystring: ReportListQuery, response: { 200: ReportListResponse, ...problems } } },
    async (request) => {
      const { rows, nextBefore, settings } = await view.list(sessionOf(request).actor, request.query);
      return { items: rows.map((r) => presentQueueItem(r, settings.recordingDecisionHours)), nextBefore };
    },
  );

  // The list as a file, with the filters on screen: CSV for any tool, XLSX for a spreadsheet.
  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `/reports.${format}`,
      {
        schema: {
          tags: ['reports'],
          summary: `The filtered report list as ${format.toUpperCase()}`,
          querystring: ReportListQuery.omit({ before: true, limit: true }),
          produces: [FILE_TYPES[format]],
        },
      },
      async (request, reply) => {
        const rows = view.exportRows(sessionOf(request).actor, request.query);
        const first = await rows.next(); // the permission check happens before any byte is sent
        async function* lines() {
          for await (const r of first.done ? rows : prepend(first.value, rows)) {
            yield {
              reference: r.reference, kind: r.kind, channel: r.channel, status: r.status, strands: r.strands.join(';'), grade: r.grade,
              receivedAt: r.received_at, attendanceDueAt: r.attendance_due_at, recordingDecision: r.recording_decision,
              area: r.area_name, assignedTo: r.assigned_name, team: r.assigned_team, language: r.language,
            };
          }
        }
        const name = `cohesion-reports-${new Date().toISOString().slice(0, 10)}.${format}`;
        return reply
          .type(FILE_TYPES[format])
          .header('content-disposition', `attachment; filename="${name}"`)
          .send(format === 'csv' ? toCsv(EXPORT_COLUMNS, lines()) : toXlsx('Reports', EXPORT_COLUMNS, lines()));
      },
    );
  }

  app.get(
    '/reports/mine',
    { schema: { tags: ['reports'], summary: 'Reports the signed-in user submitted (partners follow theirs here)', response: { 200: z.array(PublicReportStatus), ...problems } } },
    async (request) => (await view.mine(sessionOf(request).actor)).map(presentPublicStatus),
  );

  app.get(
    '/reports/queue',
    { schema: { tags: ['reports'], summary: 'The flagged queue: every open hate crime and incident, by grade and age', response: { 200: QueueResponse, ...problems } } },
    async (request) => {
      const { rows, settings } = await view.queue(sessionOf(request).actor);
      return { items: rows.map((r) => presentQueueItem(r, settings.recordingDecisionHours)), grades: settings.callGrades };
    },
  );

  app.get(
    '/reports/queue/events',
    { schema: { tags: ['reports'], summary: 'Server-sent events: a report of the force arrived or changed', produces: ['text/event-stream'] } },
    async (request, reply) => {
      const { actor } = sessionOf(request);
      await view.queue(actor); // the same permission as the queue itself
      await streamReportChanges(request, reply, changes, actor.forceId);
    },
  );

  app.get(
    '/reports/assignees',
    { schema: { tags: ['reports'], summary: 'Officers a case can be assigned to', response: { 200: z.array(Person), ...problems } } },
    async (request) => users.listAssignees(sessionOf(request).actor),
  );

  app.get(
    '/reports/:id',
    { schema: { tags: ['reports'], summary: 'A report with its THRIVE, history, links and suggestions', params: Id, response: { 200: ReportDetail, ...problems } } },
    async (request) => view.detail(sessionOf(request).actor, request.params.id),
  );

  app.get(
    '/reports/:id/contact',
    { schema: { tags: ['reports'], summary: 'The reporter’s contact details (each read is audited)', params: Id, response: { 200: ReporterContactResponse, ...problems } } },
    async (request) => {
      const c = await view.contact(sessionOf(request).actor, request.params.id);
      return {
        name: c.name,
        email: c.email,
        phone: c.phone,
        preferredMethod: c.preferred_method,
        bestTimes: c.best_times,
        language: c.language,
        needsInterpreter: c.needs_interpreter,
        needsTextRelay: c.needs_text_relay,
        notes: c.notes,
      };
    },
  );

  app.get(
    '/reports/:id/photos/:photoId',
    { schema: { tags: ['reports'], summary: 'A photo sent with the report (each view is audited)', params: z.object({ id: z.uuid(), photoId: z.uuid() }), produces: ['image/jpeg', 'image/png', 'image/webp'] } },
    async (request, reply) => {
      const found = await view.photo(sessionOf(request).actor, request.params.id, request.params.photoId);
      // Served as an image in a sandbox, never cached by shared caches.
      return reply
        .type(found.content_type)
        .header('cache-control', 'private, no-store')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('content-disposition', 'inline')
        .send(found.bytes);
    },
  );

  // Each action answers 204; the client refetches the report (and live queues hear of it).
  const action = <S extends z.ZodType>(path: string, summary: string, body: S, run: (actor: ReturnType<typeof sessionOf>['actor'], id: string, input: z.output<S>) => Promise<unknown>) =>
    app.post(path, { schema: { tags: ['reports'], summary, params: Id, body, response: { 204: done, ...problems } } }, async (request, reply) => {
      await run(sessionOf(request).actor, (request.params as z.infer<typeof Id>).id, request.body as z.output<S>);
      return reply.code(204).send(null);
    });

  action('/reports/:id/thrive', 'THRIVE the report and grade it (re-THRIVE keeps the history)', ThriveRequest, actions.thrive);
  action('/reports/:id/assign', 'Assign to an officer or a team', AssignRequest, actions.assign);
  action('/reports/:id/status', 'Mark attended or under investigation', StatusRequest, actions.setStatus);
  action('/reports/:id/contacts', 'Log contact with the victim', ContactLogRequest, actions.logContact);
  action('/reports/:id/notes', 'Add an update', NoteRequest, actions.addNote);
  action('/reports/:id/translation', 'Record a staff translation (the original is kept)', TranslationRequest, actions.setTranslation);
  action('/reports/:id/recording-decision', 'The crime-recording decision (NCRS: within 24 hours)', RecordingDecisionRequest, actions.decideRecording);
  action('/reports/:id/close', 'Close the case (a hate crime needs its crime number)', CloseRequest, actions.close);
  action('/reports/:id/reopen', 'Reopen a closed case', z.object({}).strict(), (actor, id) => actions.reopen(actor, id));

  app.post(
    '/reports/:id/links',
    { schema: { tags: ['reports'], summary: 'Link two reports (duplicate, repeat victim, repeat location, related)', params: Id, body: LinkRequest, response: { 201: z.object({ id: z.uuid() }), ...problems } } },
    async (request, reply) => reply.code(201).send({ id: await view.link(sessionOf(request).actor, request.params.id, request.body) }),
  );

  app.delete(
    '/reports/:id/links/:linkId',
    { schema: { tags: ['reports'], summary: 'Unlink (the link is kept in the history, never deleted)', params: z.object({ id: z.uuid(), linkId: z.uuid() }), response: { 204: done, ...problems } } },
    async (request, reply) => {
      await view.unlink(sessionOf(request).actor, request.params.id, request.params.linkId);
      return reply.code(204).send(null);
    },
  );
};
