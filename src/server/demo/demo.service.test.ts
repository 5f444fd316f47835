import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.ts';
import { demoEmail, seedDemo, type DemoSeedResult } from './demo.service.ts';

let test: TestApp;
let first: DemoSeedResult;

beforeAll(async () => {
  test = await createTestApp();
  first = await seedDemo(test.services);
});
afterAll(() => test.close());

describe(seedDemo.name, () => {
  it('should create the demo force, its real boundaries and one user per role', async () => {
    expect(first.createdForce).toBe(true);
    expect(first.accounts).toHaveLength(13);
    const areas = await test.database.db.selectFrom('areas').select(['level']).execute();
    expect(areas.filter((a) => a.level === 'policing_area')).toHaveLength(10);
    expect(areas.filter((a) => a.level === 'neighbourhood')).toHaveLength(215);
  });

  it('should put the Urdu school-gate report at the top of the supervisor’s queue, placed in Trafford', async () => {
    const supervisor = await test.signIn(demoEmail('supervisor'), first.password);
    const queue = (await supervisor.request({ method: 'GET', url: '/api/v1/reports/queue' })).json();
    expect(queue.items[0]).toMatchObject({ language: 'ur', grade: null, areaName: 'Trafford', needsInterpreter: true });
    const concern = await test.database.db.selectFrom('reports').select(['channel', 'partner_organisation']).where('kind', '=', 'concern').executeTakeFirstOrThrow();
    expect(concern).toEqual({ channel: 'partner', partner_organisation: 'Old Trafford Neighbourhood Watch' });
  });

  it('should carry the scenario into tension: Trafford assessed, a draft CIA, and the morning’s religion reports signalled', async () => {
    const commander = await test.signIn(demoEmail('npa_commander'), first.password);
    const map = (await commander.request({ method: 'GET', url: '/api/v1/tension/map' })).json();
    expect(map.areas.find((a: { name: string }) => a.name === 'Trafford')).toMatchObject({ level: 'normal', trend: 'stable' });
    expect((await commander.request({ method: 'GET', url: '/api/v1/tension/cias' })).json()).toEqual([expect.objectContaining({ reference: 'Op Reassure', status: 'draft' })]);
    const signals = (await commander.request({ method: 'GET', url: '/api/v1/tension/signals?status=open' })).json();
    expect(signals).toContainEqual(expect.objectContaining({ areaName: 'Trafford', strand: 'religion', observed: 3 }));
  });

  it('should place a public report that gives only a postcode, through the imported postcode lookup', async () => {
    const receipt = await test.app.inject({
      method: 'POST',
      url: '/api/v1/public/reports',
      payload: {
        kind: 'hate_incident',
        description: 'Abuse shouted from a passing car at people leaving the community centre.',
        occurredAt: new Date().toISOString(),
        strands: ['race'],
        location: { postcode: 'm15 4ab' },
        reporterRole: 'witness',
        anonymous: true,
      },
    });
    expect(receipt.statusCode, receipt.body).toBe(201);
    const row = await test.database.db
      .selectFrom('reports as r')
      .innerJoin('areas as a', 'a.id', 'r.area_id')
      .select(['a.name', 'r.location_postcode', 'r.location_latitude'])
      .where('r.reference', '=', receipt.json().reference)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: 'Trafford', location_postcode: 'M15 4AB' });
    expect(row.location_latitude).toBeCloseTo(53.4656, 3);
  });

  it('should suggest that the two gurdwara graffiti reports are one incident', async () => {
    const supervisor = await test.signIn(demoEmail('supervisor'), first.password);
    const graffiti = (await supervisor.request({ method: 'GET', url: '/api/v1/reports?q=gurdwara' })).json().items;
    expect(graffiti).toHaveLength(2);
    const detail = (await supervisor.request({ method: 'GET', url: `/api/v1/reports/${graffiti[0].id}` })).json();
    expect(detail.suggestions.some((s: { kind: string; other: { id: string } }) => s.kind === 'duplicate' && s.other.id === graffiti[1].id)).toBe(true);
  });

  it('should, run again, set new passwords and add no second set of reports', async () => {
    const before = await test.database.db.selectFrom('reports').select('id').execute();
    const again = await seedDemo(test.services);
    expect(again.createdForce).toBe(false);
    expect(again.password).not.toBe(first.password);
    expect(await test.database.db.selectFrom('reports').select('id').execute()).toHaveLength(before.length);
    await test.signIn(demoEmail('admin'), again.password);
  });
});
