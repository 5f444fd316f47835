import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schedulesFor } from '../jobs/registry.ts';
import { createTestApp, type SignedInClient, type TestApp } from '../test/harness.ts';
import { waitFor } from '../test/jobs-fixture.ts';

let test: TestApp;
let inspector: SignedInClient;
let forceId: string;

beforeAll(async () => {
  test = await createTestApp({ JOBS_WORKER: 'on', JOBS_POLL_MS: '50', DAILY_PACK_AT: '06:45' });
  inspector = await test.signIn(await test.addUser('JOB', ['inspector']));
  forceId = (await test.services.forces.listAll()).find((f) => f.code === 'JOB')?.id ?? '';
});
afterAll(() => test.close());

describe('the morning daily pack', () => {
  it('should be scheduled for every force at the configured London time', () => {
    expect(schedulesFor(test.config)).toContainEqual({ kind: 'daily-pack', every: 'day', at: '06:45', forEachForce: true });
  });

  it('should be generated and kept by a worker, then read as the stored pack', async () => {
    const { id } = await test.services.jobs.enqueue('daily-pack', { day: '2026-11-17' }, { forceId, uniqueKey: `daily-pack:${forceId}:2026-11-17` });
    const job = () => test.database.db.selectFrom('jobs').select(['state', 'result', 'last_error']).where('id', '=', id).executeTakeFirstOrThrow();
    await waitFor('the daily pack job', async () => (await job()).state === 'done');
    expect((await job()).result).toEqual({ day: '2026-11-17', reports: 0 });
    const pack = (await inspector.request({ method: 'GET', url: '/api/v1/returns/daily-pack?date=2026-11-17' })).json();
    expect(pack).toMatchObject({ stored: true, generatedBy: 'schedule:daily-pack', date: '2026-11-17' });
  });

  it('should fail at once, visibly, on a payload without a day', async () => {
    const { id } = await test.services.jobs.enqueue('daily-pack', { when: 'today' }, { forceId });
    const job = () => test.database.db.selectFrom('jobs').select(['state', 'last_error']).where('id', '=', id).executeTakeFirstOrThrow();
    await waitFor('the bad job to fail', async () => (await job()).state === 'failed');
    expect((await job()).last_error).toContain('day');
  });
});
