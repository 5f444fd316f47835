import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, createTestApp, type SignedInClient, type TestApp } from '../test/harness.ts';

let test: TestApp;
let handler: SignedInClient;

const csv = [
  'kind,description,occurred_at,strands,location_description,reporter_role,anonymous',
  'hate_crime,"Window of a halal butcher smashed, abuse shouted",2026-11-20T21:00:00Z,race;religion,High Street,witness,true',
  'hate_incident,Stickers with a hateful slogan on a bus shelter,2026-11-21T08:00:00Z,race,Bus shelter by the park,witness,true',
].join('\r\n');

const upload = (client: SignedInClient, body: string, type = 'text/csv') =>
  client.request({ method: 'POST', url: '/api/v1/imports/reports', headers: { 'content-type': type }, payload: body });

beforeAll(async () => {
  test = await createTestApp();
  handler = await test.signIn(await test.addUser('AAA', ['call_handler']));
});
afterAll(() => test.close());

describe('POST /api/v1/imports/reports', () => {
  it('should import every row of a good CSV into the user’s force, with channel import', async () => {
    const response = await upload(handler, csv);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ imported: 2, refused: [] });
    const rows = await test.database.db.selectFrom('reports').select(['channel', 'reference']).where('channel', '=', 'import').execute();
    expect(rows).toHaveLength(2);
    expect(rows[0]?.reference).toMatch(/^AAA-/);
    expect((await auditRows(test, 'reports.imported'))[0]?.actor_email).toBe(handler.email);
  });

  it('should import nothing when a row is bad, and say which row and field', async () => {
    const bad = `${csv}\r\nhate_crime,No strands given,2026-11-22T10:00:00Z,,Somewhere,witness,true`;
    const before = (await test.database.db.selectFrom('reports').select('id').execute()).length;
    const response = await upload(handler, bad);
    expect(response.json().imported).toBe(0);
    expect(response.json().refused[0]).toMatchObject({ row: 4, field: 'strands' });
    expect((await test.database.db.selectFrom('reports').select('id').execute()).length).toBe(before);
  });

  it('should take a JSON array too', async () => {
    const json = JSON.stringify([
      { kind: 'concern', description: 'Rumour of a march past the mosque on Friday.', occurredAt: '2026-11-22T10:00:00Z', online: true, reporterRole: 'organisation', anonymous: true },
    ]);
    expect((await upload(handler, json, 'application/json')).json()).toEqual({ imported: 1, refused: [] });
  });

  it('should refuse the signed-out, roles that do not record reports, and other content types', async () => {
    expect((await test.app.inject({ method: 'POST', url: '/api/v1/imports/reports', headers: { 'content-type': 'text/csv' }, payload: csv })).statusCode).toBe(401);
    const analyst = await test.signIn(await test.addUser('AAA', ['analyst']));
    expect((await upload(analyst, csv)).statusCode).toBe(403);
    expect((await upload(handler, csv, 'application/x-www-form-urlencoded')).statusCode).toBe(415);
  });

  it('should put another force’s import in that force, never this one', async () => {
    const stranger = await test.outsider(['call_handler']);
    const response = await upload(stranger, csv);
    expect(response.json().imported).toBe(2);
    const theirs = await test.database.db.selectFrom('reports').select('reference').where('channel', '=', 'import').where('reference', 'not like', 'AAA-%').execute();
    expect(theirs).toHaveLength(2);
  });
});
