import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedInClient, type TestApp } from '../test/harness.ts';

let test: TestApp;
let base: string;
let supervisor: SignedInClient;
let handler: SignedInClient;

beforeAll(async () => {
  test = await createTestApp();
  supervisor = await test.signIn(await test.addUser('AAA', ['supervisor']));
  handler = await test.signIn(await test.addUser('AAA', ['call_handler']));
  base = await test.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => test.close());

/** Reads server-sent events from a real HTTP connection until `count` report events arrive. */
async function readEvents(cookie: string, count: number, trigger: () => Promise<unknown>) {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/v1/reports/queue/events`, { headers: { cookie }, signal: controller.signal });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const reader = response.body?.getReader();
  if (!reader) {
    throw new Error('no body');
  }
  const decoder = new TextDecoder();
  let buffer = '';
  const events: { reportId: string; change: string }[] = [];
  let triggered = false;
  const deadline = Date.now() + 15_000;
  while (events.length < count && Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) {
      break;
    }
    buffer += decoder.decode(value, { stream: true });
    if (!triggered && buffer.includes('retry:')) {
      triggered = true;
      void trigger();
    }
    for (const block of buffer.split('\n\n').slice(0, -1)) {
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (block.includes('event: report') && data) {
        events.push(JSON.parse(data));
      }
    }
    buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
  }
  controller.abort();
  return events;
}

describe('GET /api/v1/reports/queue/events', () => {
  it('should tell a connected supervisor live when a report arrives and when it is graded', async () => {
    let reportId = '';
    const events = await readEvents(supervisor.cookie, 2, async () => {
      const created = await handler.request({
        method: 'POST',
        url: '/api/v1/reports',
        payload: {
          channel: 'call',
          report: {
            kind: 'hate_incident',
            description: 'Abuse shouted at a man leaving the mosque after evening prayers.',
            occurredAt: new Date().toISOString(),
            strands: ['religion'],
            location: { description: 'outside the mosque' },
            reporterRole: 'witness',
            anonymous: true,
          },
        },
      });
      reportId = created.json().id;
      const element = { rating: 'medium', notes: '' };
      await handler.request({
        method: 'POST',
        url: `/api/v1/reports/${reportId}/thrive`,
        payload: { threat: element, harm: element, risk: element, investigation: element, vulnerability: element, engagement: element, grade: 'priority' },
      });
    });
    expect(events.map((e) => e.change)).toEqual(['received', 'thrived']);
    expect(events.every((e) => e.reportId === reportId)).toBe(true);
  });

  it('should refuse a stream to the signed-out and to roles without the queue', async () => {
    expect((await fetch(`${base}/api/v1/reports/queue/events`)).status).toBe(401);
    const officer = await test.signIn(await test.addUser('AAA', ['officer']));
    expect((await fetch(`${base}/api/v1/reports/queue/events`, { headers: { cookie: officer.cookie } })).status).toBe(403);
  });
});
