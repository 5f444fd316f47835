import type { FastifyBaseLogger } from 'fastify';
import { Gauge, type Registry } from 'prom-client';
import type { JobsService } from './jobs.service.ts';

/**
 * `cohesion_job_queue_depth{state}` on /metrics: due (the backlog), scheduled (waiting for their
 * time or a retry), running and failed jobs, counted in the database at each scrape, so every
 * process reports the whole queue's depth.
 */
export function registerJobMetrics(registry: Registry, jobs: Pick<JobsService, 'queueDepth'>, log: FastifyBaseLogger): void {
  new Gauge({
    name: 'cohesion_job_queue_depth',
    help: 'Background jobs by state: due (queued and due now), scheduled (queued for later), running, failed',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      try {
        const depth = await jobs.queueDepth();
        for (const [state, count] of Object.entries(depth)) {
          this.set({ state }, count);
        }
      } catch (error) {
        // A scrape must still answer when the database does not: the gauge keeps its last values.
        log.warn({ err: error }, 'metrics: could not count jobs');
      }
    },
  });
}
