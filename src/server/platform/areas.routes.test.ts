import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from './actor.ts';
import { createTestApp, expectOtherForce404, type SignedInClient, type TestApp } from '../test/harness.ts';

let test: TestApp;
let officer: SignedInClient;
let areaId: string;

const collection = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { code: 'PA1', name: 'Northern' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } },
    { type: 'Feature', properties: { code: 'PA2', name: 'Southern' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 0]]] } },
  ],
});

beforeAll(async () => {
  test = await createTestApp();
  officer = await test.signIn(await test.addUser('AAA', ['officer']));
  const result = await test.services.areas.importBoundaries(systemActor('test'), {
    forceCode: 'AAA',
    level: 'policing_area',
    text: collection,
    fields: { codeProperty: 'code', nameProperty: 'name' },
  });
  expect(result).toEqual({ imported: 2, refused: [] });
  const list = (await officer.request({ method: 'GET', url: '/api/v1/areas' })).json() as { id: string; code: string }[];
  areaId = list.find((a) => a.code === 'PA1')?.id ?? '';
});
afterAll(() => test.close());

describe('GET /api/v1/areas', () => {
  it('should answer 401 when signed out', async () => {
    expect((await test.app.inject({ method: 'GET', url: '/api/v1/areas' })).statusCode).toBe(401);
  });

  it('should list the force’s areas, marked as having boundaries', async () => {
    const list = (await officer.request({ method: 'GET', url: '/api/v1/areas' })).json();
    expect(list.map((a: { name: string }) => a.name)).toEqual(['Northern', 'Southern']);
    expect(list[0]).toMatchObject({ level: 'policing_area', parentId: null, hasBoundary: true });
    expect(list[0]).not.toHaveProperty('boundary');
  });
});

describe('GET /api/v1/areas/:id', () => {
  it('should return one area', async () => {
    const response = await officer.request({ method: 'GET', url: `/api/v1/areas/${areaId}` });
    expect(response.json()).toMatchObject({ code: 'PA1', name: 'Northern' });
  });

  it('should answer 404 to another force', async () => {
    await expectOtherForce404(test, ['officer', 'admin'], { method: 'GET', url: `/api/v1/areas/${areaId}` });
    await expectOtherForce404(test, ['officer'], { method: 'GET', url: `/api/v1/areas/${areaId}/boundary` });
  });

  it('should be readable by a partner force once a sharing agreement covers areas', async () => {
    const partner = await test.signIn(await test.addUser('BBB', ['analyst']));
    expect((await partner.request({ method: 'GET', url: `/api/v1/areas/${areaId}` })).statusCode).toBe(404);
    await test.services.forces.shareRecords(systemActor('test'), { ownerCode: 'AAA', partnerCode: 'BBB', recordTypes: ['areas'] });
    expect((await partner.request({ method: 'GET', url: `/api/v1/areas/${areaId}` })).statusCode).toBe(200);
  });

  it('should name the parameter when the id is not a UUID', async () => {
    const response = await officer.request({ method: 'GET', url: '/api/v1/areas/not-a-uuid' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('id');
  });

  it('should give the boundary as GeoJSON', async () => {
    const response = await officer.request({ method: 'GET', url: `/api/v1/areas/${areaId}/boundary` });
    expect(response.headers['content-type']).toContain('application/geo+json');
    expect(response.json()).toMatchObject({ type: 'Polygon' });
  });
});

describe('importing boundaries', () => {
  it('should import nothing and list every refused feature when any feature is bad', async () => {
    const bad = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: 'N1', name: 'Fine' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } },
        { type: 'Feature', properties: { name: 'No code' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } },
        { type: 'Feature', properties: { code: 'N3', name: 'A point' }, geometry: { type: 'Point', coordinates: [0, 0] } },
      ],
    });
    const result = await test.services.areas.importBoundaries(systemActor('test'), {
      forceCode: 'AAA',
      level: 'policing_area',
      text: bad,
      fields: { codeProperty: 'code', nameProperty: 'name' },
    });
    expect(result.imported).toBe(0);
    expect(result.refused.map((p) => p.feature)).toEqual([2, 3]);
    const list = (await officer.request({ method: 'GET', url: '/api/v1/areas' })).json() as { code: string }[];
    expect(list.map((a) => a.code)).not.toContain('N1');
  });

  it('should refuse neighbourhoods whose policing area is unknown', async () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { code: 'W1', name: 'Ward', parent: 'NOPE' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } }],
    });
    const result = await test.services.areas.importBoundaries(systemActor('test'), {
      forceCode: 'AAA',
      level: 'neighbourhood',
      text,
      fields: { codeProperty: 'code', nameProperty: 'name', parentProperty: 'parent' },
    });
    expect(result.refused[0]?.message).toContain('NOPE');
  });
});
