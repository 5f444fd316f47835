import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../formats/csv-parse.ts';
import { systemActor } from '../platform/actor.ts';
import { createLsoaLocator } from '../platform/lsoa-locator.ts';
import { auditRows, createTestApp, type SignedInClient, type TestApp } from '../test/harness.ts';
import { crimeId } from './street-crime-format.ts';
import { createStreetCrimeService } from './street-crime.service.ts';

let test: TestApp;
let supervisor: SignedInClient;
let analyst: SignedInClient;
let otherSupervisor: SignedInClient;
let otherAnalyst: SignedInClient;

const MONTH = '2026-10';
const URL_OF = (month: string) => `/api/v1/exports/street-crime.csv?month=${month}`;
const REPORTERS_WORDS = 'outside number 12 by the blue door';
const asset = (name: string) => readFileSync(new URL(`../../../assets/geo/${name}`, import.meta.url), 'utf8');
const fixtureText = readFileSync(new URL('../../../../shared/fixtures/police-uk/2020-11-city-of-london-street.csv', import.meta.url), 'utf8');

interface Crime {
  client?: SignedInClient;
  where?: { postcode?: string; latitude?: number; longitude?: number } | 'online';
  decision?: 'crime' | 'nchi';
  offenceGroup?: string;
  decidedAt: string;
  close?: string;
  exercise?: boolean;
}

/** A report recorded by a supervisor, decided (and maybe closed), with its decision moved to `decidedAt`. */
async function crime(c: Crime): Promise<string> {
  const client = c.client ?? supervisor;
  const report = {
    kind: 'hate_crime',
    description: 'Shouted abuse at the victim in the street, described in enough words to be a report.',
    occurredAt: '2026-09-15T10:00:00Z',
    strands: ['race'],
    ...(c.where === 'online' ? { online: true } : { location: { ...(c.where ?? { postcode: 'M15 4AB' }), description: REPORTERS_WORDS } }),
    reporterRole: 'victim',
    anonymous: true,
  };
  const made = await client.request({ method: 'POST', url: '/api/v1/reports', payload: { channel: 'call', report, exercise: c.exercise ?? false } });
  expect(made.statusCode, made.body).toBe(201);
  const id = made.json().id as string;
  const decision =
    (c.decision ?? 'crime') === 'crime'
      ? { decision: 'crime', crimeNumber: `CR/${id.slice(0, 8)}`, rationale: 'an offence is disclosed', ...(c.offenceGroup ? { offenceGroup: c.offenceGroup } : {}) }
      : { decision: 'nchi', rationale: 'no offence, but hostility', nchiThreshold: { intentionalHostility: true, significantHarmRisk: false, futureOffenceRisk: false } };
  const decided = await client.request({ method: 'POST', url: `/api/v1/reports/${id}/recording-decision`, payload: decision });
  expect(decided.statusCode, decided.body).toBeLessThan(300);
  await sql`update recording_decisions set decided_at = ${c.decidedAt}::timestamptz where report_id = ${id}`.execute(test.database.db);
  await sql`update reports set recording_decided_at = ${c.decidedAt}::timestamptz where id = ${id}`.execute(test.database.db);
  if (c.close) {
    const closed = await client.request({ method: 'POST', url: `/api/v1/reports/${id}/close`, payload: { reason: c.close } });
    expect(closed.statusCode, closed.body).toBeLessThan(300);
  }
  return id;
}

async function lsoa(code: string) {
  return test.database.db.selectFrom('lsoas').select(['name', 'point_latitude', 'point_longitude']).where('code', '=', code).executeTakeFirstOrThrow();
}

let secret: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  test = await createTestApp();
  const actor = systemActor('test');
  expect((await test.services.lsoas.importLsoas(actor, { text: asset('gm_lsoa_super_generalised.geojson'), fields: { codeProperty: 'area_code', nameProperty: 'area_name' } })).refused).toEqual([]);
  const postcodes = 'postcode,lat,lon,lsoa_code,ward_code,la_code\nM15 4AB,53.465578,-2.26046,E01034001,E05015247,E08000009\nM32 0AA,53.446899,-2.309926,E01006180,E05015256,E08000009\n';
  expect((await test.services.postcodes.importPostcodes(actor, postcodes)).refused).toEqual([]);
  supervisor = await test.signIn(await test.addUser('AAA', ['supervisor']));
  analyst = await test.signIn(await test.addUser('AAA', ['analyst']));
  otherSupervisor = await test.signIn(await test.addUser('BBB', ['supervisor']));
  otherAnalyst = await test.signIn(await test.addUser('BBB', ['analyst']));
  for (const [file, level, parentProperty] of [
    ['gm_local_authority_generalised.geojson', 'policing_area', undefined],
    ['gm_ward_super_generalised.geojson', 'neighbourhood', 'local_authority_area_code'],
  ] as const) {
    await test.services.areas.importBoundaries(actor, { forceCode: 'AAA', level, text: asset(file), fields: { codeProperty: 'area_code', nameProperty: 'area_name', parentProperty } });
  }
  secret = (await test.database.db.selectFrom('installation_secrets').select('secret').executeTakeFirstOrThrow()).secret;

  // In October 2026 (London): the postcode's LSOA wins over a pin on the boundary's wrong side.
  ids.postcode = await crime({ where: { postcode: 'M15 4AB', latitude: 53.4658, longitude: -2.2602 }, offenceGroup: 'Public order', decidedAt: '2026-10-15T12:00:00Z' });
  // 00:30 on 1 October in London is still 30 September in UTC.
  ids.pin = await crime({ where: { latitude: 53.46305, longitude: -2.2612 }, offenceGroup: 'Violence and sexual offences', decidedAt: '2026-09-30T23:30:00Z', close: 'charged' });
  ids.online = await crime({ where: 'online', decidedAt: '2026-10-20T09:00:00Z', close: 'victim_declined' });
  // Not in October's file:
  await crime({ decidedAt: '2026-09-30T22:30:00Z' }); // 23:30 on 30 September in London
  await crime({ decidedAt: '2026-11-01T00:30:00Z' }); // November (GMT again)
  await crime({ decision: 'nchi', decidedAt: '2026-10-10T10:00:00Z' });
  await crime({ exercise: true, decidedAt: '2026-10-10T10:00:00Z' });
  await crime({ decidedAt: '2026-10-11T10:00:00Z', close: 'duplicate' });
  // Recorded in September, its decision reviewed (and upheld) in October: September's crime.
  ids.redecided = await crime({ decidedAt: '2026-09-20T10:00:00Z' });
  const upheld = await supervisor.request({ method: 'POST', url: `/api/v1/reports/${ids.redecided}/recording-decision`, payload: { decision: 'crime', crimeNumber: 'CR/REVIEWED', rationale: 'upheld on review' } });
  expect(upheld.statusCode, upheld.body).toBeLessThan(300);
  await sql`update recording_decisions set decided_at = '2026-10-05T10:00:00Z' where report_id = ${ids.redecided} and crime_number = 'CR/REVIEWED'`.execute(test.database.db);
  ids.other = await crime({ client: otherSupervisor, where: { postcode: 'M32 0AA' }, offenceGroup: 'Criminal damage and arson', decidedAt: '2026-10-12T10:00:00Z' });
});
afterAll(() => test.close());

describe('GET /api/v1/exports/street-crime.csv', () => {
  it('should give exactly the expected rows for a hand-built month, in the published format', async () => {
    const response = await analyst.request({ method: 'GET', url: URL_OF(MONTH) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${MONTH}-aaa-street.csv"`);
    const [a, b] = [await lsoa('E01034001'), await lsoa('E01006112')];
    const force = 'Test force AAA';
    expect(response.body).toBe(
      [
        fixtureText.slice(0, fixtureText.indexOf('\n')),
        `${crimeId(secret, ids.pin ?? '')},${MONTH},${force},${force},${b.point_longitude.toFixed(6)},${b.point_latitude.toFixed(6)},On or near Old Trafford,E01006112,Trafford 001D,Violence and sexual offences,Awaiting court outcome,`,
        `${crimeId(secret, ids.postcode ?? '')},${MONTH},${force},${force},${a.point_longitude.toFixed(6)},${a.point_latitude.toFixed(6)},On or near Old Trafford,E01034001,Trafford 001H,Public order,Under investigation,`,
        `${crimeId(secret, ids.online ?? '')},${MONTH},${force},${force},,,No Location,,,Other crime,Unable to prosecute suspect,`,
        '',
      ].join('\n'),
    );
    // Anonymised: never the reporter's point or words.
    expect(response.body).not.toContain('53.465800');
    expect(response.body).not.toContain(REPORTERS_WORDS);
    expect((await auditRows(test, 'returns.street_crime_exported'))[0]).toMatchObject({ record_type: 'street_crime', details: { month: MONTH, count: 3 } });
  });

  it("should give every column the shape data.police.uk's own file has", async () => {
    const [fixtureHeader, ...published] = parseCsv(fixtureText);
    const [header, ...ours] = parseCsv((await analyst.request({ method: 'GET', url: URL_OF(MONTH) })).body);
    expect(header).toEqual(fixtureHeader);
    const vocabulary = (column: number) => new Set(published.map((r) => r[column]));
    const shape = (row: string[]) => {
      const [id, month, by, within, lng, lat, location, code, name, type, outcome, context] = row;
      const placed = location !== 'No Location';
      return {
        columns: row.length,
        id: /^[0-9a-f]{64}$/.test(id ?? ''),
        month: /^[0-9]{4}-[0-9]{2}$/.test(month ?? ''),
        force: by === within && (by ?? '') !== '',
        coordinates: placed ? [lng, lat].every((v) => /^-?[0-9]+\.[0-9]{6}$/.test(v ?? '')) : lng === '' && lat === '',
        location: placed ? (location ?? '').startsWith('On or near ') : true,
        lsoa: placed ? /^E01[0-9]{6}$/.test(code ?? '') && (name ?? '') !== '' : code === '' && name === '',
        type: vocabulary(9).has(type),
        outcome: vocabulary(10).has(outcome),
        context: context === '',
      };
    };
    const expected = shape(published.find((r) => r[0] !== '' && r[6] !== 'No Location') ?? []);
    expect(Object.values(expected).every((v) => v === true || v === 12)).toBe(true);
    // The published file's crimes (anti-social behaviour has no Crime ID) all have this shape; so must ours.
    published.filter((r) => r[0] !== '').forEach((r) => expect(shape(r)).toEqual(expected));
    expect(ours).toHaveLength(3);
    ours.forEach((r) => expect(shape(r), r.join(',')).toEqual(expected));
  });

  it('should give a crime the same id in every export, whatever its outcome becomes, and page through a large month', async () => {
    const first = parseCsv((await analyst.request({ method: 'GET', url: URL_OF(MONTH) })).body);
    const closed = await supervisor.request({ method: 'POST', url: `/api/v1/reports/${ids.postcode}/close`, payload: { reason: 'out_of_court' } });
    expect(closed.statusCode, closed.body).toBeLessThan(300);
    const second = parseCsv((await analyst.request({ method: 'GET', url: URL_OF(MONTH) })).body);
    expect(second.map((r) => r[0])).toEqual(first.map((r) => r[0]));
    expect(second[2]?.[10]).toBe('Local resolution');
    // The CLI's way, one crime per page: the same lines, none skipped or repeated.
    const paged = createStreetCrimeService({ db: test.database.db, locateLsoas: createLsoaLocator(), pageSize: 1 });
    const file = await paged.exportMonth(systemActor('test'), { month: MONTH, forceCode: 'AAA' });
    let text = '';
    for await (const line of file.lines) {
      text += line;
    }
    expect(parseCsv(text)).toEqual(second);
    expect(file.filename).toBe(`${MONTH}-aaa-street.csv`);
  });

  it("should export only the signed-in user's force, even where another force shares its reports", async () => {
    await test.services.forces.shareRecords(systemActor('test'), { ownerCode: 'AAA', partnerCode: 'BBB', recordTypes: ['reports'] });
    const response = await otherAnalyst.request({ method: 'GET', url: URL_OF(MONTH) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(`${MONTH}-bbb-street.csv`);
    const [, ...rows] = parseCsv(response.body);
    const place = await lsoa('E01006180');
    // BBB has no neighbourhoods: the LSOA's own name describes the point.
    expect(rows).toEqual([
      [crimeId(secret, ids.other ?? ''), MONTH, 'Test force BBB', 'Test force BBB', place.point_longitude.toFixed(6), place.point_latitude.toFixed(6), 'On or near Trafford 011D', 'E01006180', 'Trafford 011D', 'Criminal damage and arson', 'Under investigation', ''],
    ]);
  });

  it('should put a crime in the month it was first recorded, however often the decision is reviewed', async () => {
    const september = parseCsv((await analyst.request({ method: 'GET', url: URL_OF('2026-09') })).body).map((r) => r[0]);
    expect(september).toContain(crimeId(secret, ids.redecided ?? ''));
    expect(september).toHaveLength(3); // the header, this crime and the one at 23:30 on 30 September
  });

  it('should answer an empty month with the header alone', async () => {
    const response = await analyst.request({ method: 'GET', url: URL_OF('2025-01') });
    expect(response.body).toBe(`${fixtureText.slice(0, fixtureText.indexOf('\n'))}\n`);
  });

  it('should refuse strangers (401), roles without returns (403) and a bad month, naming the field (400)', async () => {
    expect((await test.app.inject({ method: 'GET', url: URL_OF(MONTH) })).statusCode).toBe(401);
    const handler = await test.signIn(await test.addUser('AAA', ['call_handler']));
    const refused = await handler.request({ method: 'GET', url: URL_OF(MONTH) });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    for (const url of [URL_OF('2026-13'), URL_OF('2026-1'), URL_OF('October'), '/api/v1/exports/street-crime.csv']) {
      const bad = await analyst.request({ method: 'GET', url });
      expect(bad.statusCode, url).toBe(400);
      expect(bad.json().errors[0].field).toBe('month');
    }
  });
});
