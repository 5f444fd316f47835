import { loadConfig, type Config } from '../server/config.ts';
import type { DatabaseHandle } from '../server/db/connect.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { connectFromConfig } from '../server/main.ts';
import { createServices, type Services } from '../server/services.ts';

/** A failure the user can act on: printed as one line, exit status 1. */
export class CliError extends Error {}

/**
 * Opens the database, brings it up to date and hands the services to a command. Commands reach
 * data only through services (never SQL of their own), so the CLI obeys the same rules as the API.
 */
export async function withServices<T>(work: (services: Services, context: { config: Config; database: DatabaseHandle }) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await connectFromConfig(config, 2);
  try {
    const report = await migrateToLatest(database.db);
    if (!report.ok) {
      throw new CliError(report.lines.at(-1) ?? 'database migration failed');
    }
    return await work(createServices(config, database), { config, database });
  } finally {
    await database.close();
  }
}

/** Reads all of standard input (for `--password-stdin`), without the trailing newline. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

export const out = (line: string) => process.stdout.write(`${line}\n`);
