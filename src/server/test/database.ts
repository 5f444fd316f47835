import { connectDatabase, type DatabaseHandle } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createScratchDatabase } from './scratch-database.ts';

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
  const scratch = await createScratchDatabase(url, 'test');
  const database = await connectDatabase({ kind: 'postgres', url: scratch.url, poolSize: 4 });
  await migrateOrThrow(database);
  return {
    ...database,
    async close() {
      await database.close();
      await scratch.drop();
    },
  };
}

async function migrateOrThrow(database: DatabaseHandle): Promise<void> {
  const report = await migrateToLatest(database.db);
  if (!report.ok) {
    throw new Error(`test database migration failed: ${report.lines.join('\n')}`);
  }
}
