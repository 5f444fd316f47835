import { pino } from 'pino';
import { connectDatabase, type DatabaseHandle } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createTestDatabase } from './database.ts';
import { createScratchDatabase } from './scratch-database.ts';

/** A logger that says nothing (set LOG_LEVEL to watch the workers). */
export const quietLog = pino({ level: process.env['LOG_LEVEL'] ?? 'silent' });

export interface SharedTestDatabase {
  /** Two handles on one migrated database: two pools on PostgreSQL, as two processes would have. */
  first: DatabaseHandle;
  second: DatabaseHandle;
  close(): Promise<void>;
}

/**
 * On PostgreSQL (DATABASE_URL), a scratch database reached through two separate pools; on PGlite,
 * which admits one connection, the same in-process database twice.
 */
export async function createSharedTestDatabase(): Promise<SharedTestDatabase> {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    const only = await createTestDatabase();
    return { first: only, second: only, close: () => only.close() };
  }
  const scratch = await createScratchDatabase(url, 'test');
  const first = await connectDatabase({ kind: 'postgres', url: scratch.url, poolSize: 6 });
  const second = await connectDatabase({ kind: 'postgres', url: scratch.url, poolSize: 6 });
  const report = await migrateToLatest(first.db);
  if (!report.ok) {
    throw new Error(`test database migration failed: ${report.lines.join('\n')}`);
  }
  return {
    first,
    second,
    async close() {
      await first.close();
      await second.close();
      await scratch.drop();
    },
  };
}

/** Resolves once `check` holds, polling; fails naming `what` after `timeoutMs`. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
