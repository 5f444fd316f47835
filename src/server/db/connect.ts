import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { lockDataDir } from './data-dir-lock.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  kind: DatabaseKind;
  /** Calls `handler` with the payload of every NOTIFY on `channel`, from any process; returns the way to stop. */
  listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export type ConnectOptions =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string | 'memory' };

// timestamptz and bigint come back as strings from pg by default; our code wants Dates and numbers
// where they fit. int8 ids stay within 2^53 for the lifetime of any force's audit log.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));
// A date is a calendar day (a London day for us), not an instant: keep it as 'YYYY-MM-DD' rather
// than letting pg turn it into a Date at the server's local midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

/**
 * One code path for both backends: Kysely's PostgresDialect over a pg.Pool, which for PGlite is a
 * pool of one in-process connection (PGlite is single-connection by design).
 */
export async function connectDatabase(options: ConnectOptions): Promise<DatabaseHandle> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle pooled connection that the server drops (a restart, a failover, an administrator)
    // emits 'error' on the pool; unhandled, that would end the process. The pool discards the
    // client and the next query opens a new one, so there is nothing else to do.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const listeners = new Set<pg.Client>();
    return {
      db,
      kind: 'postgres',
      // A dedicated connection per channel: a pooled one would be handed to other work.
      async listen(channel, handler) {
        const client = new pg.Client({ connectionString: options.url });
        // Known to close() from the start, so a listener still connecting is ended with the rest;
        // a dropped listening connection must not end the process either.
        listeners.add(client);
        client.on('error', () => listeners.delete(client));
        await client.connect();
        client.on('notification', (message) => {
          if (message.channel === channel) {
            handler(message.payload ?? '');
          }
        });
        await client.query(`listen ${pg.escapeIdentifier(channel)}`);
        return async () => {
          listeners.delete(client);
          await client.end();
        };
      },
      async close() {
        await Promise.all([...listeners].map((c) => c.end().catch(() => {})));
        await db.destroy();
      },
    };
  }
  const unlock = options.dataDir === 'memory' ? () => {} : lockDataDir(options.dataDir);
  try {
    const pglite = await PGlite.create(options.dataDir === 'memory' ? undefined : options.dataDir, {
      extensions: { pg_trgm },
    });
    const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      kind: 'pglite',
      async listen(channel, handler) {
        const stop = await pglite.listen(channel, handler);
        return async () => stop();
      },
      async close() {
        await db.destroy();
        await pglite.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
