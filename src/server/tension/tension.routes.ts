import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemDocument } from '../../shared/errors.ts';
import {
  AssessmentListResponse,
  AssessmentRequest,
  AssessmentResponse,
  AssessmentsQuery,
  CommunityRequest,
  CommunityResponse,
  EvidenceSuggestionsQuery,
  EvidenceSuggestionsResponse,
  KeyIndividualRequest,
  KeyIndividualResponse,
  SignalDecisionRequest,
  SignalDetailResponse,
  SignalResponse,
  SignalScanResponse,
  SignalsQuery,
  TensionMapResponse,
  TimelineQuery,
  TimelineResponse,
} from '../../shared/tension/contract.ts';
import { streamReportChanges, type ReportChanges } from '../http/live-events.ts';
import { sessionOf } from '../http/request-context.ts';
import type { AssessmentsService } from './assessments.service.ts';
import type { CommunitiesService } from './communities.service.ts';
import type { PictureService } from './picture.service.ts';
import type { SignalsService } from './signals.service.ts';
import { presentCommunity, presentKeyIndividual } from './tension.presenter.ts';

const problems = { 400: ProblemDocument, 401: ProblemDocument, 403: ProblemDocument, 404: ProblemDocument, 409: ProblemDocument };
const Params = z.object({ id: z.uuid() });
const tags = ['tension'];

export const tensionRoutes: FastifyPluginAsyncZod<{
  communities: CommunitiesService;
  assessments: AssessmentsService;
  signals: SignalsService;
  picture: PictureService;
  changes: ReportChanges;
}> = async (app, { communities, assessments, signals, picture, changes }) => {
  const actorOf = (request: Parameters<typeof sessionOf>[0]) => sessionOf(request).actor;

  app.get(
    '/tension/map',
    { schema: { tags, summary: 'Policing areas with their boundaries, current tension level and open signals', response: { 200: TensionMapResponse, ...problems } } },
    async (request) => picture.map(actorOf(request)),
  );

  app.get(
    '/tension/events',
    { schema: { tags, summary: 'Server-sent events: `tension` when an assessment, signal or CIA changes, `report` when a report arrives', produces: ['text/event-stream'] } },
    async (request, reply) => {
      await streamReportChanges(request, reply, changes, picture.follow(actorOf(request)));
    },
  );

  app.get(
    '/tension/areas/:id/timeline',
    { schema: { tags, summary: 'Reports, signals, assessments and CIAs of one area, newest first', params: Params, querystring: TimelineQuery, response: { 200: TimelineResponse, ...problems } } },
    async (request) => picture.timeline(actorOf(request), request.params.id, request.query.days),
  );

  app.get(
    '/tension/communities',
    { schema: { tags, summary: 'Communities by identity or faith, within a place or force-wide', response: { 200: z.array(CommunityResponse), ...problems } } },
    async (request) => (await communities.list(actorOf(request))).map(presentCommunity),
  );

  app.post(
    '/tension/communities',
    { schema: { tags, summary: 'Record a community', body: CommunityRequest, response: { 201: CommunityResponse, ...problems } } },
    async (request, reply) => reply.code(201).send(presentCommunity(await communities.add(actorOf(request), request.body))),
  );

  app.get(
    '/tension/communities/:id/key-individuals',
    { schema: { tags, summary: 'The community’s key individuals (personal data: every read is audited)', params: Params, response: { 200: z.array(KeyIndividualResponse), ...problems } } },
    async (request) => (await communities.keyIndividuals(actorOf(request), request.params.id)).map(presentKeyIndividual),
  );

  app.post(
    '/tension/communities/:id/key-individuals',
    { schema: { tags, summary: 'Add a key individual to a community', params: Params, body: KeyIndividualRequest, response: { 201: KeyIndividualResponse, ...problems } } },
    async (request, reply) => reply.code(201).send(presentKeyIndividual(await communities.addKeyIndividual(actorOf(request), request.params.id, request.body))),
  );

  app.get(
    '/tension/assessments',
    { schema: { tags, summary: 'Current tension assessments (or, with history=true, all of them)', querystring: AssessmentsQuery, response: { 200: AssessmentListResponse, ...problems } } },
    async (request) => assessments.list(actorOf(request), request.query),
  );

  app.get(
    '/tension/assessments/:id',
    { schema: { tags, summary: 'One assessment with its evidence and what changed since the one it superseded', params: Params, response: { 200: AssessmentResponse, ...problems } } },
    async (request) => assessments.get(actorOf(request), request.params.id),
  );

  app.post(
    '/tension/assessments',
    { schema: { tags, summary: 'Record a new assessment; it supersedes the current one (409 if that has changed)', body: AssessmentRequest, response: { 201: AssessmentResponse, ...problems } } },
    async (request, reply) => reply.code(201).send(await assessments.create(actorOf(request), request.body)),
  );

  app.get(
    '/tension/evidence-suggestions',
    { schema: { tags, summary: 'Recent reports and open signals of an area that a new assessment could cite', querystring: EvidenceSuggestionsQuery, response: { 200: EvidenceSuggestionsResponse, ...problems } } },
    async (request) => picture.evidenceSuggestions(actorOf(request), request.query.areaId, request.query.days),
  );

  app.get(
    '/tension/signals',
    { schema: { tags, summary: 'Signals, open and red first', querystring: SignalsQuery, response: { 200: z.array(SignalResponse), ...problems } } },
    async (request) => signals.list(actorOf(request), request.query),
  );

  app.get(
    '/tension/signals/:id',
    { schema: { tags, summary: 'A signal with its evidence: the last 28 days of its series and the day’s reports', params: Params, response: { 200: SignalDetailResponse, ...problems } } },
    async (request) => signals.get(actorOf(request), request.params.id),
  );

  app.post(
    '/tension/signals/:id/decision',
    { schema: { tags, summary: 'Acknowledge a signal, or dismiss it with a reason', params: Params, body: SignalDecisionRequest, response: { 200: SignalResponse, ...problems } } },
    async (request) => signals.decide(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/tension/signals/scan',
    { schema: { tags, summary: 'Judge today’s and yesterday’s counts now (the server also does so as reports arrive)', response: { 200: SignalScanResponse, ...problems } } },
    async (request) => signals.scan(actorOf(request)),
  );
};
