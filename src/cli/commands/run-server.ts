import type { Command } from 'commander';
import { loadConfig } from '../../server/config.ts';
import { startServer, startWorker } from '../../server/main.ts';
import { CliError, out } from '../context.ts';

const ROLES = ['all', 'web', 'worker'] as const;
type ServeRole = (typeof ROLES)[number];

/** Stops cleanly on SIGINT or SIGTERM: requests in flight and running jobs finish (or jobs are given back). */
function stopOnSignal(close: () => Promise<void>): void {
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) {
      return;
    }
    closing = true;
    out(`${signal}: finishing work in flight, then stopping`);
    await close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** `--role worker`: background jobs and schedules only (docs/operations.md). */
async function serveWorker(env: NodeJS.ProcessEnv): Promise<void> {
  const config = loadConfig(env);
  if (!config.jobs.worker) {
    throw new CliError('--role worker runs jobs, but JOBS_WORKER is off');
  }
  const worker = await startWorker(config, { log: out });
  const where = worker.database.kind === 'pglite' ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL server';
  out(`Cohesion worker is running background jobs (${where}); no HTTP in this role`);
  stopOnSignal(() => worker.close());
}

export function registerRunServer(program: Command): void {
  program
    .command('serve')
    .description('migrate the database, then serve the web app and API and run background jobs (see --role)')
    .option('--port <port>', 'port to listen on (default: PORT or 3000)')
    .option('--host <host>', 'address to listen on (default: HOST or localhost)')
    .option('--build-if-stale', 'build the web app first if it is missing or older than its sources')
    .option('--role <role>', 'all: HTTP and background jobs; web: HTTP only; worker: background jobs and schedules only', 'all')
    .action(async (options: { port?: string; host?: string; buildIfStale?: boolean; role: string }) => {
      const started = Date.now();
      if (!ROLES.includes(options.role as ServeRole)) {
        throw new CliError(`--role: must be ${ROLES.join(', ')}`);
      }
      if (options.role === 'worker') {
        return serveWorker({ ...process.env });
      }
      const roleEnv = options.role === 'web' ? { JOBS_WORKER: 'off' } : {};
      const config = loadConfig({
        ...process.env,
        ...(options.port ? { PORT: options.port } : {}),
        ...(options.host ? { HOST: options.host } : {}),
        ...roleEnv,
      });
      const server = await startServer(config, { buildIfStale: options.buildIfStale, log: out });
      const where = server.database.kind === 'pglite' ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL server';
      out(`Cohesion is running at ${server.url} (${where}; ready in ${Date.now() - started} ms)`);
      out(`API docs: ${server.url}/api/docs`);
      if (server.demo) {
        out('');
        out(`Demo force DEMO created with synthetic data. Sign in as any of these, password ${server.demo.password}`);
        server.demo.accounts.forEach((a) => out(`  ${a.role.padEnd(20)} ${a.email}`));
        out('The password is shown once; `npx cohesion seed --demo` sets a new one.');
      }
      if (options.role === 'web' && server.database.kind === 'pglite') {
        out('Note: --role web runs no background jobs, and the embedded database admits no other process: use --role all.');
      }
      stopOnSignal(() => server.close());
    });
}
