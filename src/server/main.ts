import type { FastifyInstance } from 'fastify';
import { buildApp, DEFAULT_WEB_ROOT } from './app.ts';
import type { Config } from './config.ts';
import { connectDatabase, type DatabaseHandle } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedDemo, type DemoSeedResult } from './demo/demo.service.ts';
import { createServices } from './services.ts';
import { pino } from 'pino';
import { startJobs } from './jobs/runtime.ts';
import { buildWebApp, webBuildIsStale } from './web-build.ts';

export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
  demo: DemoSeedResult | undefined;
  close(): Promise<void>;
}

export function connectFromConfig(config: Config, poolSize?: number): Promise<DatabaseHandle> {
  return config.databaseUrl
    ? connectDatabase({ kind: 'postgres', url: config.databaseUrl, poolSize })
    : connectDatabase({ kind: 'pglite', dataDir: config.dataDir });
}

/**
 * Start-up in the order a newcomer needs: build the web app if its sources changed, open the
 * database, migrate (refusing to serve a half-migrated database), seed the demo force on an
 * empty database, then listen.
 */
export async function startServer(
  config: Config,
  options: { buildIfStale?: boolean; webRoot?: string; log?: (line: string) => void } = {},
): Promise<RunningServer> {
  const log = options.log ?? (() => {});
  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  if (options.buildIfStale && webBuildIsStale(webRoot)) {
    log('Building the web app (first start, or its sources changed)…');
    await buildWebApp();
  }
  const database = await connectFromConfig(config);
  try {
    const report = await migrateToLatest(database.db);
    report.lines.forEach((line) => log(`migrate: ${line}`));
    if (!report.ok) {
      throw new Error('database migration failed; not serving');
    }
    const services = createServices(config, database);
    const empty = (await services.forces.listAll()).length === 0;
    const demo = config.demo && empty ? await seedDemo(services) : undefined;
    const app = await buildApp({ config, database, webRoot });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    return {
      app,
      database,
      demo,
      url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`,
      async close() {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

export interface RunningWorker {
  database: DatabaseHandle;
  close(): Promise<void>;
}

/**
 * `cohesion serve --role worker`: migrate, then run background jobs and their schedules, with no
 * HTTP at all. Web processes (`--role web`) answer the requests; any number of each can share one
 * PostgreSQL server (docs/operations.md).
 */
export async function startWorker(config: Config, options: { log?: (line: string) => void } = {}): Promise<RunningWorker> {
  const log = options.log ?? (() => {});
  const database = await connectFromConfig(config);
  try {
    const report = await migrateToLatest(database.db);
    report.lines.forEach((line) => log(`migrate: ${line}`));
    if (!report.ok) {
      throw new Error('database migration failed; not running jobs');
    }
    const jobs = startJobs({ config, database, services: createServices(config, database), log: pino({ level: config.logLevel }) });
    return {
      database,
      async close() {
        await jobs.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
