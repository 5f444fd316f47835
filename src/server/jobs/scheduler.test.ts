import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { londonDateTime } from '../../shared/london-time.ts';
import { loadConfig } from '../config.ts';
import { systemActor } from '../platform/actor.ts';
import { createServices, type Services } from '../services.ts';
import { createSharedTestDatabase, quietLog, type SharedTestDatabase } from '../test/jobs-fixture.ts';
import { createScheduler, dueOccurrences, nextOccurrence, occurrenceKey, startScheduler, type Schedule } from './scheduler.ts';

const daily: Schedule = { kind: 'daily-pack', every: 'day', at: '07:00', forEachForce: true };
const at = (iso: string) => new Date(iso);

describe(londonDateTime.name, () => {
  it('should place a London time on the right UTC instant in summer, winter and on both change days', () => {
    expect(londonDateTime('2026-10-24', '07:00').toISOString()).toBe('2026-10-24T06:00:00.000Z');
    expect(londonDateTime('2026-10-25', '07:00').toISOString()).toBe('2026-10-25T07:00:00.000Z');
    expect(londonDateTime('2027-03-27', '07:00').toISOString()).toBe('2027-03-27T07:00:00.000Z');
    expect(londonDateTime('2027-03-28', '07:00').toISOString()).toBe('2027-03-28T06:00:00.000Z');
    expect(londonDateTime('2026-12-31', '23:59').toISOString()).toBe('2026-12-31T23:59:00.000Z');
  });

  it('should take a skipped spring time an hour later by the clock, and a repeated autumn time at its first', () => {
    expect(londonDateTime('2027-03-28', '01:30').toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(londonDateTime('2026-10-25', '01:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe(nextOccurrence.name, () => {
  it('should step from 07:00 BST to 07:00 GMT across the autumn change: 25 hours apart', () => {
    const before = nextOccurrence(daily, at('2026-10-23T06:00:00Z'));
    expect(before).toEqual({ day: '2026-10-24', runAt: at('2026-10-24T06:00:00Z') });
    const after = nextOccurrence(daily, before.runAt);
    expect(after).toEqual({ day: '2026-10-25', runAt: at('2026-10-25T07:00:00Z') });
  });

  it('should step from 07:00 GMT to 07:00 BST across the spring change: 23 hours apart', () => {
    expect(nextOccurrence(daily, at('2027-03-27T07:00:00Z'))).toEqual({ day: '2027-03-28', runAt: at('2027-03-28T06:00:00Z') });
  });

  it('should give today’s occurrence before its time and tomorrow’s on or after it', () => {
    expect(nextOccurrence(daily, at('2026-11-24T06:59:59Z')).day).toBe('2026-11-24');
    expect(nextOccurrence(daily, at('2026-11-24T07:00:00Z')).day).toBe('2026-11-25');
  });
});

describe(dueOccurrences.name, () => {
  const minute = 60_000;

  it('should make an occurrence due a look-ahead early, and keep today’s due (to catch up) until midnight', () => {
    expect(dueOccurrences(daily, at('2027-03-28T05:58:59Z'), minute)).toEqual([]);
    expect(dueOccurrences(daily, at('2027-03-28T05:59:30Z'), minute)).toEqual([{ day: '2027-03-28', runAt: at('2027-03-28T06:00:00Z') }]);
    expect(dueOccurrences(daily, at('2027-03-28T22:59:30Z'), minute)).toEqual([{ day: '2027-03-28', runAt: at('2027-03-28T06:00:00Z') }]);
  });

  it('should queue a just-after-midnight occurrence from the day before, in London terms', () => {
    const midnight: Schedule = { kind: 'night', every: 'day', at: '00:00' };
    // 22:59:30 UTC on 24 Oct 2026 is 23:59:30 BST: tomorrow's 00:00 is within the minute.
    expect(dueOccurrences(midnight, at('2026-10-24T22:59:30Z'), minute).map((o) => o.day)).toEqual(['2026-10-24', '2026-10-25']);
  });
});

describe('the scheduler on a database', () => {
  let shared: SharedTestDatabase;
  let services: Services;
  let forceIds: string[];

  beforeAll(async () => {
    shared = await createSharedTestDatabase();
    services = createServices(loadConfig({ LOG_LEVEL: 'silent', COHESION_DEMO: '0' }), shared.first);
    forceIds = [];
    for (const code of ['SCHA', 'SCHB', 'SCHC']) {
      forceIds.push((await services.forces.addForce(systemActor('test'), { code, name: `Force ${code}` })).id);
    }
  });
  afterAll(() => shared.close());

  const schedules: Schedule[] = [daily, { kind: 'prune-jobs', every: 'day', at: '03:30' }];

  /** Two processes' schedulers, each through its own connection pool on PostgreSQL. */
  function twoSchedulers() {
    return [shared.first, shared.second].map((database) =>
      createScheduler({
        jobs: createServices(loadConfig({ LOG_LEVEL: 'silent', COHESION_DEMO: '0' }), database).jobs,
        forceIds: async () => forceIds,
        schedules,
        log: quietLog,
      }),
    );
  }

  const jobsOf = (kind: string) =>
    shared.first.db.selectFrom('jobs').select(['force_id', 'unique_key', 'run_at', 'payload']).where('kind', '=', kind).orderBy('run_at').orderBy('unique_key').execute();

  it('should queue one daily job per force per London day, however many schedulers tick at once', async () => {
    const [one, two] = twoSchedulers();
    if (!one || !two) {
      throw new Error('two schedulers expected');
    }
    // 06:58:30 BST: not yet due (the look-ahead is a minute); the night's prune is, once.
    expect(await Promise.all([one.tick(at('2026-10-24T05:58:30Z')), two.tick(at('2026-10-24T05:58:30Z'))])).toEqual([expect.any(Number), expect.any(Number)]);
    expect(await jobsOf('daily-pack')).toEqual([]);
    expect(await jobsOf('prune-jobs')).toHaveLength(1);

    const created = await Promise.all([one.tick(at('2026-10-24T05:59:10Z')), two.tick(at('2026-10-24T05:59:10Z')), one.tick(at('2026-10-24T05:59:20Z'))]);
    expect(created.reduce((a, b) => a + b, 0)).toBe(3);
    await Promise.all([one.tick(at('2026-10-24T09:00:00Z')), two.tick(at('2026-10-24T22:30:00Z'))]);
    const saturday = await jobsOf('daily-pack');
    expect(saturday).toHaveLength(3);
    expect(new Set(saturday.map((j) => j.force_id))).toEqual(new Set(forceIds));
    expect(saturday.every((j) => j.run_at.toISOString() === '2026-10-24T06:00:00.000Z')).toBe(true);
    expect(saturday.map((j) => j.unique_key).sort()).toEqual(forceIds.map((f) => occurrenceKey(daily, f, '2026-10-24')).sort());
    expect(saturday[0]?.payload).toEqual({ day: '2026-10-24' });

    // Sunday: the clocks went back overnight, so 07:00 London is 07:00 UTC.
    await Promise.all([one.tick(at('2026-10-25T06:59:30Z')), two.tick(at('2026-10-25T06:59:30Z'))]);
    const sunday = (await jobsOf('daily-pack')).filter((j) => j.unique_key?.endsWith('2026-10-25'));
    expect(sunday).toHaveLength(3);
    expect(sunday.every((j) => j.run_at.toISOString() === '2026-10-25T07:00:00.000Z')).toBe(true);
    expect(await jobsOf('prune-jobs')).toHaveLength(2);
  });

  it('should refuse a schedule whose time is not HH:MM', () => {
    expect(() => startScheduler({ jobs: services.jobs, forceIds: async () => [], schedules: [{ kind: 'x', every: 'day', at: '7am' }], log: quietLog })).toThrow(/HH:MM/);
  });
});
