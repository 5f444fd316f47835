import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.ts';

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp();
});
afterAll(() => test.close());

describe('GET /api/v1/settings', () => {
  it('should give any member of staff the force’s defaults, and a force’s own values over them', async () => {
    const officer = await test.signIn(await test.addUser('AAA', ['officer']));
    const defaults = (await officer.request({ method: 'GET', url: '/api/v1/settings' })).json();
    expect(defaults.callGrades.map((g: { code: string }) => g.code)).toEqual(['emergency', 'priority', 'scheduled', 'resolution']);
    expect(defaults).toMatchObject({ recordingDecisionHours: 24, nchiRecording: true });
    const force = await test.database.db.selectFrom('forces').select('id').where('code', '=', 'AAA').executeTakeFirstOrThrow();
    await test.database.db
      .insertInto('force_settings')
      .values({ force_id: force.id, settings: JSON.stringify({ callGrades: [{ code: 'immediate', label: 'Immediate', attendanceMinutes: 20 }], nchiRecording: false }) })
      .execute();
    const own = (await officer.request({ method: 'GET', url: '/api/v1/settings' })).json();
    expect(own.callGrades).toEqual([{ code: 'immediate', label: 'Immediate', attendanceMinutes: 20 }]);
    expect(own.nchiRecording).toBe(false);
    expect(own.recordingDecisionHours).toBe(24);
  });

  it('should answer 401 when signed out', async () => {
    expect((await test.app.inject({ method: 'GET', url: '/api/v1/settings' })).statusCode).toBe(401);
  });
});
