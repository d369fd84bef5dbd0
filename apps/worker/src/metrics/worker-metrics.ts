// The worker's Prometheus metrics: jobs run and their durations per job name and outcome, and
// Node's process metrics. Served on METRICS_PORT (the worker has no other HTTP port) behind the
// same bearer-token rule as the api's /metrics; without METRICS_PORT there is no server.
import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { WorkerConfig } from '../config/env.js';
import { LOGGER, WORKER_CONFIG } from '../tokens.js';

export type JobOutcome = 'done' | 'retry' | 'failed';

@Injectable()
export class WorkerMetrics implements OnModuleInit, OnApplicationShutdown {
  readonly registry = new Registry();
  private server: Server | undefined;
  private readonly jobs = new Counter({
    name: 'caravan_jobs_total',
    help: 'Job attempts run by this worker, by job name and outcome (done, retry: failed and will be retried, failed: for good)',
    labelNames: ['job', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'caravan_job_duration_seconds',
    help: 'Time a job attempt took, by job name and outcome',
    labelNames: ['job', 'outcome'] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    collectDefaultMetrics({ register: this.registry });
  }

  observeJob(job: string, outcome: JobOutcome, seconds: number): void {
    this.jobs.inc({ job, outcome });
    this.duration.observe({ job, outcome }, seconds);
  }

  /** The port the metrics server listens on, if it runs. */
  port(): number | undefined {
    return (this.server?.address() as AddressInfo | null)?.port;
  }

  async onModuleInit(): Promise<void> {
    const { metrics } = this.config;
    if (metrics.port === undefined) return;
    if (metrics.token === undefined && this.config.nodeEnv === 'production') {
      this.logger.warn('METRICS_PORT is set without METRICS_TOKEN: production serves no metrics without a token');
      return;
    }
    const server = createServer((request, response) => {
      if (request.url !== '/metrics') {
        response.writeHead(404).end();
        return;
      }
      if (metrics.token !== undefined && !sameToken(request.headers.authorization, metrics.token)) {
        response.writeHead(401, { 'www-authenticate': 'Bearer' }).end();
        return;
      }
      this.registry.metrics().then(
        (text) => response.writeHead(200, { 'content-type': this.registry.contentType }).end(text),
        () => response.writeHead(500).end(),
      );
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(metrics.port, metrics.host, () => resolve());
    });
    this.logger.info({ port: this.port(), host: metrics.host }, 'worker metrics served on /metrics');
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

function sameToken(authorization: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
