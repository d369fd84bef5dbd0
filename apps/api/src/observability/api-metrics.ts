// The api's Prometheus metrics (prom-client), one registry per app instance: request rate and
// latency per GraphQL operation and per route (the export routes among them), errors by code,
// the outbox backlog and the database pool (read at scrape time), and Node's process metrics
// (memory, event-loop lag, GC).
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { liveWorkers } from '@caravan/jobs';
import { API_CONFIG, DATABASE } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';
import { QUEUE_MAP, type QueueMap } from '../jobs/queues.provider.js';

/** Operation names are chosen by callers: beyond this many distinct ones, the rest count as "other". */
const MAX_OPERATIONS = 200;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,47}$/;

export interface RequestSample {
  method: string;
  /** The route pattern (`/export/:series/:number/agreements.csv`), `/graphql`, or `unmatched`. */
  route: string;
  /** The GraphQL operation name, `anonymous` without one, empty outside /graphql. */
  operation: string;
  status: number;
  seconds: number;
}

@Injectable()
export class ApiMetrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly requests = new Counter({
    name: 'caravan_http_requests_total',
    help: 'HTTP requests served, by route pattern, GraphQL operation name and status',
    labelNames: ['method', 'route', 'operation', 'status'] as const,
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'caravan_http_request_duration_seconds',
    help: 'Time to serve a request, by route pattern and GraphQL operation name',
    labelNames: ['route', 'operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'caravan_errors_total',
    help: 'Errors answered, by error code (GraphQL extensions.code or the JSON error code of an HTTP route)',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  private readonly securityEvents = new Counter({
    name: 'caravan_security_events_total',
    help: 'Failed sign-ins and refused requests, by event (sign_in_failed, refused) and reason (an error code)',
    labelNames: ['event', 'reason'] as const,
    registers: [this.registry],
  });

  constructor(@Inject(DATABASE) database: Database, @Inject(QUEUE_MAP) queues: QueueMap, @Inject(API_CONFIG) config: ApiConfig) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'caravan_queue_jobs',
      help: 'Bull jobs per queue and state (waiting, active, delayed, failed), read from Redis at scrape time',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        for (const [name, queue] of queues) {
          const counts = await queue.getJobCounts();
          for (const state of ['waiting', 'active', 'delayed', 'failed'] as const) this.set({ queue: name, state }, counts[state]);
        }
      },
    });
    new Gauge({
      name: 'caravan_queue_workers',
      help: 'Workers whose heartbeat was heard lately, per queue (0: nothing consumes it)',
      labelNames: ['queue'] as const,
      registers: [this.registry],
      async collect() {
        for (const [name, queue] of queues) this.set({ queue: name }, await liveWorkers(queue.client, config.bullPrefix, name, config.workerHeartbeatMs));
      },
    });
    new Gauge({
      name: 'caravan_outbox_rows',
      help: 'Outbox rows not yet finished, by status (PENDING: not yet sent to Bull; DISPATCHED: in Bull)',
      labelNames: ['status'] as const,
      registers: [this.registry],
      async collect() {
        const groups = await database.prisma.outboxJob.groupBy({ by: ['status'], where: { status: { in: ['PENDING', 'DISPATCHED'] } }, _count: true });
        for (const status of ['PENDING', 'DISPATCHED'] as const) this.set({ status }, groups.find((g) => g.status === status)?._count ?? 0);
      },
    });
    new Gauge({
      name: 'caravan_outbox_oldest_pending_seconds',
      help: 'Age of the oldest PENDING outbox row (0 when none)',
      registers: [this.registry],
      async collect() {
        const oldest = await database.prisma.outboxJob.findFirst({ where: { status: 'PENDING' }, orderBy: { createdAt: 'asc' }, select: { createdAt: true } });
        this.set(oldest ? Math.max(0, (Date.now() - oldest.createdAt.getTime()) / 1000) : 0);
      },
    });
    new Gauge({
      name: 'caravan_db_pool_connections',
      help: 'Database pool: connections by state (max, total, idle) and queries waiting for one',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const use = database.poolUse?.();
        if (!use) return;
        this.set({ state: 'max' }, use.max);
        this.set({ state: 'total' }, use.total);
        this.set({ state: 'idle' }, use.idle);
        this.set({ state: 'waiting' }, use.waiting);
      },
    });
  }

  /** A label value for a caller-chosen operation name, bounded in length and number. */
  operationLabel(name: string | undefined): string {
    if (name === undefined) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATIONS) return 'other';
    this.operations.add(name);
    return name;
  }

  observeRequest(sample: RequestSample): void {
    this.requests.inc({ method: sample.method, route: sample.route, operation: sample.operation, status: String(sample.status) });
    this.duration.observe({ route: sample.route, operation: sample.operation }, sample.seconds);
  }

  countSecurityEvent(event: 'sign_in_failed' | 'refused', reason: string): void {
    this.securityEvents.inc({ event, reason: ERROR_CODE.test(reason) ? reason : 'OTHER' });
  }

  countErrors(codes: readonly string[]): void {
    for (const code of codes) this.errors.inc({ code: ERROR_CODE.test(code) ? code : 'OTHER' });
  }
}

/** The error codes a JSON answer carries: GraphQL's errors[].extensions.code, or an HTTP route's error.code. */
export function errorCodesOf(body: string): string[] {
  // Only an answer with errors is read: parsing every answer (a programme is 400 KB) would cost
  // more than serving it from the cache.
  if (!body.includes('"errors":[') && !body.includes('"error":{')) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null) return [];
  const codes: string[] = [];
  const { errors, error } = parsed as { errors?: unknown; error?: unknown };
  if (Array.isArray(errors)) {
    for (const item of errors) {
      const code = (item as { extensions?: { code?: unknown } } | null)?.extensions?.code;
      if (typeof code === 'string') codes.push(code);
    }
  }
  const code = (error as { code?: unknown } | null | undefined)?.code;
  if (typeof code === 'string') codes.push(code);
  return codes;
}
