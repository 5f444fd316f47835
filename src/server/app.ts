import { randomUUID } from 'node:crypto';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/connect.ts';
import { registerErrorHandler } from './http/error-handler.ts';
import { healthRoutes } from './http/health.routes.ts';
import { registerMetrics } from './http/metrics.ts';
import { registerRequestContext } from './http/request-context.ts';
import { registerWebApp } from './http/web-app.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { areasRoutes } from './platform/areas.routes.ts';
import { authRoutes, oidcRoutes } from './platform/auth.routes.ts';
import { usersRoutes } from './platform/users.routes.ts';
import { publicReportsRoutes } from './reports/public-reports.routes.ts';
import { open311Routes } from './open311/open311.routes.ts';
import { open311KeysRoutes } from './open311/open311-keys.routes.ts';
import { casesRoutes } from './cases/cases.routes.ts';
import { complianceRoutes } from './cases/compliance.routes.ts';
import { importRoutes } from './reports/import.routes.ts';
import { settingsRoutes } from './platform/settings.routes.ts';
import { createReportChanges } from './http/live-events.ts';
import { createServices } from './services.ts';
import { ciasRoutes } from './tension/cias.routes.ts';
import { dailyPackRoutes } from './returns/daily-pack.routes.ts';
import { homeOfficeRoutes } from './returns/home-office.routes.ts';
import { pccReportRoutes } from './returns/pcc-report.routes.ts';
import { streetCrimeRoutes } from './returns/street-crime.routes.ts';
import { tensionSummaryRoutes } from './returns/tension-summary.routes.ts';
import { startSignalWatcher } from './tension/signal-watcher.ts';
import { tensionRoutes } from './tension/tension.routes.ts';
import { registerJobMetrics } from './jobs/job-metrics.ts';
import { jobsRoutes } from './jobs/jobs.routes.ts';
import { startJobs } from './jobs/runtime.ts';
import { VERSION } from './version.ts';

export interface AppOptions {
  config: Config;
  database: DatabaseHandle;
  /** Where the built web app is; omit to serve the API alone (as API tests do). */
  webRoot?: string;
}

export const DEFAULT_WEB_ROOT = path.resolve(import.meta.dirname, '../../dist/web');

/**
 * Builds the whole HTTP app without listening, so tests drive it with `inject`. The routes list
 * below is the map of the API: read it top to bottom.
 */
export async function buildApp({ config, database, webRoot }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    logger: {
      level: config.logLevel,
      // Paths only: query strings can carry names or emails (a search), and logs must hold no personal data.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'], remove: true },
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const services = createServices(config, database);
  const changes = createReportChanges(database);
  app.addHook('onClose', () => changes.close());
  if (config.signalScanMinutes > 0) {
    const watcher = startSignalWatcher({ changes, services, everyMinutes: config.signalScanMinutes, log: app.log });
    app.addHook('onClose', () => watcher.stop());
  }
  // Background jobs run where the app runs (role `all`), and stop with it; `--role web` turns them off.
  if (config.jobs.worker) {
    const jobs = startJobs({ config, database, services, log: app.log });
    app.addHook('onClose', () => jobs.stop());
  }
  registerErrorHandler(app);
  const metrics = registerMetrics(app);
  registerJobMetrics(metrics, services.jobs, app.log);
  await app.register(fastifyCookie);
  // Off by default; routes that anyone can reach opt in with `config.rateLimit` (per client address).
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    strictTransportSecurity: config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Cohesion API', version: VERSION, description: 'Hate crime, community tension and counter-terrorism community engagement.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'cohesion_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerRequestContext(app, { auth: services.auth, publicUrl: config.publicUrl });

  await app.register(healthRoutes, { database, version: VERSION, metrics });
  await app.register(
    async (api) => {
      await api.register(authRoutes, { auth: services.auth, oidc: services.oidc, config });
      await api.register(oidcRoutes, { auth: services.auth, oidc: services.oidc, config });
      await api.register(usersRoutes, { users: services.users });
      await api.register(open311KeysRoutes, { keys: services.open311Keys });
      await api.register(areasRoutes, { areas: services.areas });
      await api.register(settingsRoutes, { db: database.db });
      await api.register(auditRoutes, { audit: services.audit });
      await api.register(casesRoutes, { view: services.caseView, actions: services.caseActions, users: services.users, changes });
      await api.register(complianceRoutes, { compliance: services.compliance, figures: services.figures });
      await api.register(importRoutes, { imports: services.imports });
      await api.register(publicReportsRoutes, { intake: services.intake, perMinute: config.publicRateLimitPerMinute });
      await api.register(tensionRoutes, { communities: services.communities, assessments: services.assessments, signals: services.signals, picture: services.picture, changes });
      await api.register(ciasRoutes, { cias: services.cias });
      await api.register(dailyPackRoutes, { dailyPack: services.dailyPack });
      await api.register(pccReportRoutes, { pccReport: services.pccReport });
      await api.register(homeOfficeRoutes, { homeOffice: services.homeOffice });
      await api.register(streetCrimeRoutes, { streetCrime: services.streetCrime });
      await api.register(tensionSummaryRoutes, { summaries: services.tensionSummaries });
      await api.register(jobsRoutes, { jobs: services.jobs });
    },
    { prefix: '/api/v1' },
  );
  // Partner systems: GeoReport's own formats and api_key, outside the staff API (and its form-body refusal).
  await app.register(open311Routes, { prefix: '/open311/v2', open311: services.open311, perMinute: config.publicRateLimitPerMinute });

  await registerWebApp(app, webRoot);
  return app;
}
