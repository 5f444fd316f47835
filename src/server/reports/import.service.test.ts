import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, userActor } from '../platform/actor.ts';
import { auditRows, createTestApp, type TestApp } from '../test/harness.ts';
import { createScratchDatabase, type ScratchDatabase } from '../test/scratch-database.ts';

let test: TestApp;
const actor = systemActor('test:import');

const HEADER = 'kind,description,occurred_at,occurred_approximate,strands,perceived_religion,postcode,latitude,longitude,location_description,online,online_platform,reporter_role,anonymous,contact_name,contact_email,contact_phone,language';
const GOOD_CSV = [
  HEADER,
  'hate_crime,"Spat at and called a ""terrorist"", then\nfollowed to the bus stop",2026-11-20T08:15:00Z,,religion;race,muslim,,53.48,-2.24,"Oldham Road, by the library",no,,victim,no,Amina Begum,amina@example.org,,en',
  'Hate incident,Name calling outside the shop,24/11/2026 18:30,,sexual_orientation,,M4 5BA,,,,,,witness,yes,,,,',
  'concern,Leaflets stirring up tension posted through doors,2026-11-22,,,,,,,,yes,a community Facebook page,organisation,,,,,',
].join('\r\n');

const countImported = async () =>
  Number((await test.database.db.selectFrom('reports').select((eb) => eb.fn.countAll<number>().as('n')).where('channel', '=', 'import').executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  test = await createTestApp();
  await test.services.forces.addForce(actor, { code: 'IMP', name: 'Import test force' });
});
afterAll(() => test.close());

describe('importReports from CSV', () => {
  it('should import every row with channel import, reading quoted fields, lists, flags and UK times', async () => {
    const result = await test.services.imports.importReports(actor, 'IMP', { format: 'csv', text: GOOD_CSV });
    expect(result).toEqual({ imported: 3, refused: [] });
    const rows = await test.database.db.selectFrom('reports').selectAll().where('channel', '=', 'import').orderBy('reference').execute();
    expect(rows).toHaveLength(3);
    const crime = rows.find((r) => r.kind === 'hate_crime');
    expect(crime).toMatchObject({
      description: 'Spat at and called a "terrorist", then\nfollowed to the bus stop',
      perceived_religion: 'muslim',
      location_description: 'Oldham Road, by the library',
      anonymous: false,
      reporter_role: 'victim',
    });
    expect(crime?.strands).toEqual(['religion', 'race']);
    expect(crime?.reference).toMatch(/^IMP-HC-\d{4}-\d{6}$/);
    // 18:30 on 24 November in the UK is 18:30 UTC (GMT); a date alone is an approximate time.
    const incident = rows.find((r) => r.kind === 'hate_incident');
    expect(incident?.occurred_at.toISOString()).toBe('2026-11-24T18:30:00.000Z');
    expect(incident).toMatchObject({ anonymous: true, location_postcode: 'M4 5BA' });
    const concern = rows.find((r) => r.kind === 'concern');
    expect(concern).toMatchObject({ online: true, occurred_approximate: true, online_platform: 'a community Facebook page' });
    const contact = await test.database.db.selectFrom('report_contacts').selectAll().where('report_id', '=', crime?.id ?? '').executeTakeFirstOrThrow();
    expect(contact).toMatchObject({ name: 'Amina Begum', email: 'amina@example.org' });
    const [audit] = await auditRows(test, 'reports.imported');
    expect(audit).toMatchObject({ actor_email: 'test:import', details: { format: 'csv', count: 3 } });
    const received = await auditRows(test, 'report.received');
    expect(received.filter((r) => (r.details as { channel?: string }).channel === 'import')).toHaveLength(3);
  });

  it('should import nothing when one row is refused, listing the row and each field', async () => {
    const before = await countImported();
    const text = `${GOOD_CSV}\r\nhate_crime,Shouted at,2026-11-21T10:00:00Z,perhaps,weather,,,,,,no,,victim,yes,,,,\r\n`;
    const result = await test.services.imports.importReports(actor, 'IMP', { format: 'csv', text });
    expect(result.imported).toBe(0);
    expect(result.refused).toEqual([
      { row: 5, field: 'occurred_approximate', message: expect.stringContaining('is not yes or no') },
      { row: 5, field: 'strands', message: expect.stringContaining('Invalid option') },
    ]);
    // Rules across fields (a place, or online) are checked once every field reads.
    const placeless = await test.services.imports.importReports(actor, 'IMP', { format: 'csv', text: `${HEADER}\nconcern,Tension,2026-11-21T10:00:00Z,,,,,,,,no,,witness,,,,,\n` });
    expect(placeless.refused).toEqual([{ row: 2, field: 'postcode', message: 'say where it happened, or that it was online' }]);
    expect(await countImported()).toBe(before);
  });

  it('should refuse unknown and missing columns on row 1', async () => {
    const result = await test.services.imports.importReports(actor, 'IMP', { format: 'csv', text: 'kind,description,mood\nconcern,x,angry\n' });
    expect(result.refused).toEqual(
      expect.arrayContaining([
        { row: 1, field: 'mood', message: expect.stringContaining('is not a column') },
        { row: 1, field: 'occurred_at', message: 'is a required column' },
        { row: 1, field: 'reporter_role', message: 'is a required column' },
      ]),
    );
  });

  it('should refuse a quote never closed, naming the row where it opened', async () => {
    const result = await test.services.imports.importReports(actor, 'IMP', { format: 'csv', text: `${HEADER}\nconcern,"never closed\n` });
    expect(result).toEqual({ imported: 0, refused: [{ row: 2, field: 'file', message: 'a quoted field is never closed' }] });
  });
});

describe('importReports from JSON', () => {
  const report = (overrides: Record<string, unknown> = {}) => ({
    kind: 'hate_incident',
    description: 'Homophobic abuse shouted from a passing car.',
    occurredAt: '2026-11-23T21:10:00Z',
    strands: ['sexual_orientation'],
    location: { postcode: 'm4 5ba' },
    reporterRole: 'victim',
    anonymous: true,
    ...overrides,
  });

  it('should import an array of reports', async () => {
    const before = await countImported();
    const result = await test.services.imports.importReports(actor, 'IMP', { format: 'json', text: JSON.stringify([report(), report({ kind: 'concern', strands: [] })]) });
    expect(result).toEqual({ imported: 2, refused: [] });
    expect(await countImported()).toBe(before + 2);
  });

  it('should name the report and field of every refusal, and import nothing', async () => {
    const before = await countImported();
    const text = JSON.stringify([report(), report({ location: { postcode: 'NOWHERE' }, mood: 'angry' })]);
    const result = await test.services.imports.importReports(actor, 'IMP', { format: 'json', text });
    expect(result.imported).toBe(0);
    expect(result.refused).toEqual(
      expect.arrayContaining([
        { row: 2, field: 'mood', message: 'is not a field of a report' },
        { row: 2, field: 'location.postcode', message: 'is not a UK postcode' },
      ]),
    );
    expect(await countImported()).toBe(before);
  });

  it('should refuse a file that is not a JSON array', async () => {
    await expect(test.services.imports.importReports(actor, 'IMP', { format: 'json', text: '{"kind":' })).rejects.toMatchObject({ status: 400 });
    await expect(test.services.imports.importReports(actor, 'IMP', { format: 'json', text: '{}' })).rejects.toMatchObject({ status: 400 });
  });

  it('should refuse an unknown force, and staff of another force or without the right role', async () => {
    await expect(test.services.imports.importReports(actor, 'NOPE', { format: 'json', text: '[]' })).rejects.toMatchObject({ status: 404 });
    const force = (await test.services.forces.listAll()).find((f) => f.code === 'IMP');
    const staff = (roles: ['analyst'] | ['call_handler'], forceId: string) =>
      userActor({ userId: '00000000-0000-4000-8000-000000000001', email: 'x@test.example', name: 'X', forceId, roles, ip: null, requestId: null });
    await expect(test.services.imports.importReports(staff(['analyst'], force?.id ?? ''), 'IMP', { format: 'json', text: '[]' })).rejects.toMatchObject({ status: 403 });
    await expect(
      test.services.imports.importReports(staff(['call_handler'], '00000000-0000-4000-8000-000000000002'), 'IMP', { format: 'json', text: '[]' }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe('cohesion import reports (CLI)', () => {
  let dir: string;
  let scratch: ScratchDatabase | undefined;
  let env: NodeJS.ProcessEnv;
  const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/cohesion.mjs', ...args], { env, encoding: 'utf8' });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cohesion-import-'));
    // On a PostgreSQL run, a scratch database of its own; otherwise PGlite in a scratch folder.
    const server = process.env['DATABASE_URL'];
    scratch = server ? await createScratchDatabase(server, 'test') : undefined;
    env = { ...process.env, COHESION_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: scratch?.url ?? '', LOG_LEVEL: 'silent' };
    const added = cli('force', 'add', '--code', 'CLI', '--name', 'CLI test force');
    expect(added.status, added.stderr).toBe(0);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await scratch?.drop();
  });

  it('should import a good CSV and say how many', () => {
    const file = path.join(dir, 'good.csv');
    writeFileSync(file, `\uFEFF${GOOD_CSV}\r\n`);
    const run = cli('import', 'reports', file, '--force', 'CLI');
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('3 report(s) imported into CLI\n');
    expect(run.status).toBe(0);
  });

  it('should list each refused row, import nothing and exit 1', () => {
    const file = path.join(dir, 'bad.csv');
    writeFileSync(file, `${GOOD_CSV}\r\nhate_crime,Shouted at,2026-11-21T10:00:00Z,,weather,,M4 5BA,,,,,,victim,yes,,,,\r\n`);
    const run = cli('import', 'reports', file, '--force', 'CLI');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^row 5, strands: Invalid option/m);
    expect(run.stderr).toContain('cohesion: nothing imported: 1 row(s) refused');
  });

  it('should take the format from the extension, or from --format', () => {
    const file = path.join(dir, 'reports.txt');
    writeFileSync(file, JSON.stringify([{ kind: 'concern', description: 'Graffiti on the gurdwara wall.', occurredAt: '2026-11-22T07:00:00Z', location: { postcode: 'M4 5BA' }, reporterRole: 'witness', anonymous: true }]));
    const guessed = cli('import', 'reports', file, '--force', 'CLI');
    expect(guessed.status).toBe(1);
    expect(guessed.stderr).toContain('give --format csv or --format json');
    const told = cli('import', 'reports', file, '--force', 'CLI', '--format', 'json');
    expect(told.stdout).toBe('1 report(s) imported into CLI\n');
    expect(told.status).toBe(0);
  });

  it('should fail with one line for an unknown force', () => {
    const file = path.join(dir, 'good.csv');
    const run = cli('import', 'reports', file, '--force', 'NOPE');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('cohesion: force NOPE not found\n');
  });
});
