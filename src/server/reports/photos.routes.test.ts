import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../platform/actor.ts';
import { auditRows, createTestApp, expectOtherForce404, type TestApp } from '../test/harness.ts';

let test: TestApp;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const png = () => Buffer.concat([PNG_SIGNATURE, randomBytes(64)]);
const jpeg = () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(64)]);

async function newReport(): Promise<{ reference: string; secret: string }> {
  const response = await test.app.inject({
    method: 'POST',
    url: '/api/v1/public/reports',
    payload: {
      kind: 'hate_crime',
      description: 'Graffiti sprayed on our front door overnight, photos attached.',
      occurredAt: new Date().toISOString(),
      strands: ['race'],
      location: { description: 'our front door' },
      reporterRole: 'victim',
      anonymous: true,
    },
  });
  return response.json();
}

const upload = (r: { reference: string; secret: string }, bytes: Buffer, type = 'image/png') =>
  test.app.inject({
    method: 'POST',
    url: `/api/v1/public/reports/${r.reference}/photos`,
    headers: { 'content-type': type, 'x-report-secret': r.secret },
    payload: bytes,
  });

beforeAll(async () => {
  test = await createTestApp({ PUBLIC_FORCE: 'PUB', PUBLIC_RATE_LIMIT_PER_MINUTE: '1000' });
  await test.services.forces.addForce(systemActor('test'), { code: 'PUB', name: 'Public test force' });
});
afterAll(() => test.close());

describe('POST /api/v1/public/reports/:reference/photos', () => {
  it('should keep a real image and show it to staff, auditing each view', async () => {
    const report = await newReport();
    const bytes = png();
    const response = await upload(report, bytes);
    expect(response.statusCode, response.body).toBe(201);
    const supervisor = await test.signIn(await test.addUser('PUB', ['supervisor']));
    const list = (await supervisor.request({ method: 'GET', url: `/api/v1/reports?q=${report.reference}` })).json();
    const detail = (await supervisor.request({ method: 'GET', url: `/api/v1/reports/${list.items[0].id}` })).json();
    expect(detail.photos).toEqual([{ id: response.json().id, contentType: 'image/png', sizeBytes: bytes.length, uploadedAt: expect.any(String) }]);
    const photo = await supervisor.request({ method: 'GET', url: `/api/v1/reports/${detail.id}/photos/${detail.photos[0].id}` });
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.headers['content-security-policy']).toContain('sandbox');
    expect(Buffer.compare(photo.rawPayload, bytes)).toBe(0);
    expect((await auditRows(test, 'report.photo_viewed'))[0]?.record_id).toBe(detail.id);
    await expectOtherForce404(test, ['supervisor'], { method: 'GET', url: `/api/v1/reports/${detail.id}/photos/${detail.photos[0].id}` });
  });

  it('should judge the file by its bytes: anything but JPEG, PNG or WebP is refused', async () => {
    const report = await newReport();
    expect((await upload(report, Buffer.from('<svg onload="alert(1)"/>'), 'image/png')).statusCode).toBe(415);
    expect((await upload(report, jpeg(), 'image/png')).statusCode).toBe(201);
    expect((await upload(report, png(), 'application/pdf')).statusCode).toBe(415);
  });

  it('should refuse a wrong secret, a sixth photo and a file over 5 MB', async () => {
    const report = await newReport();
    expect((await upload({ ...report, secret: 'AAAA-BBBB-CCCC-DDDD' }, png())).statusCode).toBe(404);
    for (let i = 0; i < 5; i++) {
      expect((await upload(report, png())).statusCode).toBe(201);
    }
    const sixth = await upload(report, png());
    expect(sixth.statusCode).toBe(409);
    expect(sixth.json().detail).toMatch(/at most 5/);
    const other = await newReport();
    expect((await upload(other, Buffer.concat([PNG_SIGNATURE, Buffer.alloc(5 * 1024 * 1024)]))).statusCode).toBe(413);
  });

  it('should keep the same image once when it is sent twice', async () => {
    const report = await newReport();
    const bytes = png();
    const first = await upload(report, bytes);
    const again = await upload(report, bytes);
    expect(again.json().id).toBe(first.json().id);
  });
});
