import type { Command } from 'commander';
import { loadConfig } from '../../server/config.ts';
import { startServer } from '../../server/main.ts';
import { out } from '../context.ts';

export function registerRunServer(program: Command): void {
  program
    .command('serve')
    .description('migrate the database, then serve the web app and API')
    .option('--port <port>', 'port to listen on (default: PORT or 3000)')
    .option('--host <host>', 'address to listen on (default: HOST or localhost)')
    .option('--build-if-stale', 'build the web app first if it is missing or older than its sources')
    .action(async (options: { port?: string; host?: string; buildIfStale?: boolean }) => {
      const started = Date.now();
      const config = loadConfig({ ...process.env, ...(options.port ? { PORT: options.port } : {}), ...(options.host ? { HOST: options.host } : {}) });
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
      let closing = false;
      const shutdown = async (signal: string) => {
        if (closing) {
          return;
        }
        closing = true;
        out(`${signal}: finishing requests in flight, then stopping`);
        await server.close();
        process.exit(0);
      };
      process.on('SIGINT', () => void shutdown('SIGINT'));
      process.on('SIGTERM', () => void shutdown('SIGTERM'));
    });
}
