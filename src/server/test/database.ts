import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connectDatabase, type DatabaseHandle } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';

/**
 * A freshly migrated database for one test file: embedded PGlite in memory by default, or a new
 * database on the PostgreSQL server named by DATABASE_URL (dropped again at the end), so the same
 * suite proves the same behaviour on both backends.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    const database = await connectDatabase({ kind: 'pglite', dataDir: 'memory' });
    await migrateOrThrow(database);
    return database;
  }
  const name = `cohesion_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const database = await connectDatabase({ kind: 'postgres', url: testUrl.href, poolSize: 4 });
  await migrateOrThrow(database);
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

async function migrateOrThrow(database: DatabaseHandle): Promise<void> {
  const report = await migrateToLatest(database.db);
  if (!report.ok) {
    throw new Error(`test database migration failed: ${report.lines.join('\n')}`);
  }
}
