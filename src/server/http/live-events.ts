import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DatabaseHandle } from '../db/connect.ts';

export interface ReportChange {
  forceId: string;
  /** The changed record: a report, or for `topic: 'tension'` an assessment, signal or CIA. */
  reportId: string;
  change: string;
  topic?: 'report' | 'tension';
}

/**
 * One LISTEN per process on `cohesion_reports`, fanned out to the browsers of each force. A report
 * created through any process (or the CLI) reaches every connected queue, because the notification
 * travels through PostgreSQL.
 */
export function createReportChanges(database: DatabaseHandle) {
  const subscribers = new Map<string, Set<(change: ReportChange) => void>>();
  const everyForce = new Set<(change: ReportChange) => void>();
  let stop: Promise<() => Promise<void>> | undefined;

  function start() {
    stop ??= database.listen('cohesion_reports', (payload) => {
      const change = JSON.parse(payload) as ReportChange;
      subscribers.get(change.forceId)?.forEach((send) => send(change));
      everyForce.forEach((send) => send(change));
    });
    return stop;
  }

  async function subscribe(forceId: string, send: (change: ReportChange) => void): Promise<() => void> {
    await start();
    const set = subscribers.get(forceId) ?? new Set();
    set.add(send);
    subscribers.set(forceId, set);
    return () => set.delete(send);
  }

  /** Every force's changes, for background work in this process (the signal watcher). */
  async function subscribeAll(send: (change: ReportChange) => void): Promise<() => void> {
    await start();
    everyForce.add(send);
    return () => everyForce.delete(send);
  }

  async function close(): Promise<void> {
    if (stop) {
      await (await stop)();
      stop = undefined;
    }
  }

  return { subscribe, subscribeAll, close };
}

export type ReportChanges = ReturnType<typeof createReportChanges>;

/**
 * Streams a force's report changes as server-sent events until the browser goes away. Only ids
 * and the kind of change travel: the page fetches what it is allowed to see.
 */
export async function streamReportChanges(request: FastifyRequest, reply: FastifyReply, changes: ReportChanges, forceId: string): Promise<void> {
  reply.hijack();
  const out = reply.raw;
  out.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  out.write('retry: 3000\n\n');
  const unsubscribe = await changes.subscribe(forceId, (change) => {
    const data = change.topic === 'tension' ? { id: change.reportId, change: change.change } : { reportId: change.reportId, change: change.change };
    out.write(`event: ${change.topic ?? 'report'}\ndata: ${JSON.stringify(data)}\n\n`);
  });
  const keepAlive = setInterval(() => out.write(': keep-alive\n\n'), 25_000);
  request.raw.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}
