import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../audit/audit.ts';
import { systemActor } from '../platform/actor.ts';
import { createTestDatabase } from '../test/database.ts';
import { createServices } from '../services.ts';
import { loadConfig } from '../config.ts';
import type { DatabaseHandle } from './connect.ts';
import { inForceScope, inSystemScope } from './scope.ts';

let database: DatabaseHandle;
let north: string;
let south: string;
let east: string;

const square = (x: number) => JSON.stringify({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { code: `A${x}`, name: `Area ${x}` }, geometry: { type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 0]]] } }],
});

beforeAll(async () => {
  database = await createTestDatabase();
  const services = createServices(loadConfig({ LOG_LEVEL: 'silent' }), database);
  const actor = systemActor('test');
  north = (await services.forces.addForce(actor, { code: 'NTH', name: 'North' })).id;
  south = (await services.forces.addForce(actor, { code: 'STH', name: 'South' })).id;
  east = (await services.forces.addForce(actor, { code: 'EST', name: 'East' })).id;
  const fields = { codeProperty: 'code', nameProperty: 'name' };
  await services.areas.importBoundaries(actor, { forceCode: 'NTH', level: 'policing_area', text: square(1), fields });
  await services.areas.importBoundaries(actor, { forceCode: 'STH', level: 'policing_area', text: square(2), fields });
  await services.areas.importBoundaries(actor, { forceCode: 'EST', level: 'policing_area', text: square(3), fields });
  // East lets South read its areas, but nothing else.
  await services.forces.shareRecords(actor, { ownerCode: 'EST', partnerCode: 'STH', recordTypes: ['areas'] });
});
afterAll(() => database.close());

// These queries carry no force filter on purpose: the database alone must keep forces apart.
const visibleAreaForces = (forceIds: string[]) =>
  inForceScope(database.db, { forceIds }, (trx) => trx.selectFrom('areas').select('force_id').execute()).then((rows) =>
    new Set(rows.map((r) => r.force_id)),
  );

describe('row-level security', () => {
  it('should show a force only its own rows when a query forgets to filter', async () => {
    expect(await visibleAreaForces([north])).toEqual(new Set([north]));
  });

  it('should show a partner the record types shared with it, and only those', async () => {
    expect(await visibleAreaForces([south])).toEqual(new Set([south, east]));
    const memberships = await inForceScope(database.db, { forceIds: [south] }, (trx) =>
      sql<{ n: number }>`select count(*)::int as n from audit_events where force_id = ${east}`.execute(trx),
    );
    expect(memberships.rows[0]?.n).toBe(0);
  });

  it('should refuse to write a row into another force', async () => {
    await expect(
      inForceScope(database.db, { forceIds: [north] }, (trx) =>
        trx.insertInto('areas').values({ force_id: south, parent_id: null, level: 'policing_area', code: 'X1', name: 'Smuggled', boundary: null }).execute(),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('should not let a partner change shared rows', async () => {
    const changed = await inForceScope(database.db, { forceIds: [south] }, (trx) =>
      trx.updateTable('areas').set({ name: 'Renamed' }).where('force_id', '=', east).executeTakeFirst(),
    );
    expect(Number(changed.numUpdatedRows)).toBe(0);
  });

  it('should see nothing at all with no forces in scope', async () => {
    expect((await visibleAreaForces([])).size).toBe(0);
  });
});

describe('audit log', () => {
  it('should refuse UPDATE, DELETE and TRUNCATE, even with the system’s rights', async () => {
    await inSystemScope(database.db, (trx) => recordAudit(trx, systemActor('test'), { action: 'test.written', forceId: north }));
    await expect(sql`update audit_events set action = 'tampered'`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_events`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_events`.execute(database.db)).rejects.toThrow(/append-only/);
    const rows = await database.db.selectFrom('audit_events').select('action').where('action', '=', 'test.written').execute();
    expect(rows).toHaveLength(1);
  });

  it('should refuse to write an audit row outside a transaction', async () => {
    // A Kysely instance that is not a transaction, passed where the type system would object.
    const notATransaction = database.db as unknown as Parameters<typeof recordAudit>[0];
    await expect(recordAudit(notATransaction, systemActor('test'), { action: 'test.loose' })).rejects.toThrow(/inside a transaction/);
  });

  it('should roll the audit row back with the work it records', async () => {
    await expect(
      inSystemScope(database.db, async (trx) => {
        await recordAudit(trx, systemActor('test'), { action: 'test.rolled_back', forceId: north });
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    const rows = await database.db.selectFrom('audit_events').select('id').where('action', '=', 'test.rolled_back').execute();
    expect(rows).toHaveLength(0);
  });
});
