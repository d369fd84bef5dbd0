// What the health endpoints report: whether the database and Redis answer, whether the schema
// carries every migration, and per queue whether a worker consumes it and how far behind it is,
// with the outbox backlog. Never a URL, a host or a credential.
import { Inject, Injectable } from '@nestjs/common';
import { migrationStatus, type Database } from '@caravan/db';
import { liveWorkers, type QueueName } from '@caravan/jobs';
import { API_CONFIG, DATABASE, JOB_MODE } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';
import type { JobMode } from '../jobs/job-mode.js';
import { QUEUE_MAP, type QueueMap } from '../jobs/queues.provider.js';

type Up = 'up' | 'down';

export interface QueueHealth {
  /** Workers that wrote their heartbeat lately. */
  workers: number;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  /** Age of the oldest waiting job, in seconds; null when none waits. */
  oldestWaitingSeconds: number | null;
}

export interface OutboxHealth {
  pending: number;
  dispatched: number;
  failed: number;
  /** Age of the oldest PENDING row, in seconds; null when none. */
  oldestPendingSeconds: number | null;
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  /** Why the status is degraded, one sentence each. */
  reasons: string[];
  database: { status: Up; kind: Database['kind'] };
  redis: { status: Up | 'not-configured' };
  migrations: { status: 'current' | 'pending' | 'unknown'; pending: string[] };
  jobs: {
    mode: JobMode['kind'];
    warning?: string;
    queues: Partial<Record<QueueName, QueueHealth | { status: 'unknown' }>>;
    outbox: OutboxHealth | { status: 'unknown' };
  };
}

/** Seconds, to the millisecond. */
const seconds = (ms: number) => Math.max(0, Math.round(ms) / 1000);

@Injectable()
export class HealthService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(JOB_MODE) private readonly mode: JobMode,
    @Inject(QUEUE_MAP) private readonly queues: QueueMap,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** Readiness: the database and (in queue mode) Redis answer, and no migration is pending. */
  async ready(): Promise<{ ready: boolean; checks: Pick<HealthReport, 'database' | 'redis' | 'migrations'>; reasons: string[] }> {
    const [database, redis] = await Promise.all([this.databaseStatus(), this.redisStatus()]);
    const migrations = database === 'up' ? await this.migrations() : { status: 'unknown' as const, pending: [] };
    const reasons: string[] = [];
    if (database === 'down') reasons.push('the database does not answer');
    if (redis === 'down' && this.mode.kind === 'queue') reasons.push('Redis does not answer');
    if (migrations.status !== 'current') reasons.push(migrations.status === 'pending' ? `migrations not applied: ${migrations.pending.join(', ')}` : 'migrations could not be read');
    return { ready: reasons.length === 0, checks: { database: { status: database, kind: this.database.kind }, redis: { status: redis }, migrations }, reasons };
  }

  async report(): Promise<HealthReport> {
    const { checks, reasons } = await this.ready();
    const now = Date.now();
    const queues: HealthReport['jobs']['queues'] = {};
    if (checks.redis.status === 'up') {
      for (const [name, queue] of this.queues) {
        try {
          queues[name] = await this.queueHealth(name, queue, now);
        } catch {
          queues[name] = { status: 'unknown' };
        }
      }
    }
    const outbox = checks.database.status === 'up' ? await this.outbox(now).catch(() => ({ status: 'unknown' as const })) : { status: 'unknown' as const };

    const limit = this.config.healthMaxJobWaitMs;
    if (this.mode.kind === 'inline') reasons.push(this.mode.warning);
    for (const [name, health] of Object.entries(queues)) {
      if ('status' in health) {
        reasons.push(`queue ${name}: its state could not be read`);
        continue;
      }
      if (health.workers === 0) reasons.push(`queue ${name}: no worker consumes it`);
      if (health.oldestWaitingSeconds !== null && health.oldestWaitingSeconds * 1000 > limit) {
        reasons.push(`queue ${name}: the oldest job has waited ${health.oldestWaitingSeconds} s (limit ${seconds(limit)} s)`);
      }
    }
    if ('pending' in outbox && outbox.oldestPendingSeconds !== null && outbox.oldestPendingSeconds * 1000 > limit) {
      reasons.push(`outbox: the oldest pending row has waited ${outbox.oldestPendingSeconds} s (limit ${seconds(limit)} s)`);
    }
    return {
      status: reasons.length === 0 ? 'ok' : 'degraded',
      reasons,
      ...checks,
      jobs: {
        mode: this.mode.kind,
        ...(this.mode.kind === 'inline' ? { warning: this.mode.warning } : {}),
        queues,
        outbox,
      },
    };
  }

  private async queueHealth(name: QueueName, queue: QueueMap extends ReadonlyMap<QueueName, infer Q> ? Q : never, now: number): Promise<QueueHealth> {
    const [counts, workers, oldest] = await Promise.all([
      queue.getJobCounts(),
      liveWorkers(queue.client, this.config.bullPrefix, name, this.config.workerHeartbeatMs, now),
      // Bull lists the wait list in processing order: the first is the oldest.
      queue.getWaiting(0, 0),
    ]);
    const first = oldest[0];
    return {
      workers,
      waiting: counts.waiting,
      active: counts.active,
      delayed: counts.delayed,
      failed: counts.failed,
      oldestWaitingSeconds: first ? seconds(now - first.timestamp) : null,
    };
  }

  private async outbox(now: number): Promise<OutboxHealth> {
    const { prisma } = this.database;
    const [groups, oldest] = await Promise.all([
      prisma.outboxJob.groupBy({ by: ['status'], where: { status: { in: ['PENDING', 'DISPATCHED', 'FAILED'] } }, _count: true }),
      prisma.outboxJob.findFirst({ where: { status: 'PENDING' }, orderBy: { createdAt: 'asc' }, select: { createdAt: true } }),
    ]);
    const count = (status: string) => groups.find((group) => group.status === status)?._count ?? 0;
    return {
      pending: count('PENDING'),
      dispatched: count('DISPATCHED'),
      failed: count('FAILED'),
      oldestPendingSeconds: oldest ? seconds(now - oldest.createdAt.getTime()) : null,
    };
  }

  private async migrations(): Promise<HealthReport['migrations']> {
    try {
      const status = await migrationStatus(this.database.prisma);
      const pending = [...status.failed, ...status.pending];
      return { status: pending.length === 0 ? 'current' : 'pending', pending };
    } catch {
      return { status: 'unknown', pending: [] };
    }
  }

  private async databaseStatus(): Promise<Up> {
    try {
      await this.database.prisma.$queryRaw`SELECT 1`;
      return 'up';
    } catch {
      return 'down';
    }
  }

  private async redisStatus(): Promise<Up | 'not-configured'> {
    if (this.mode.kind === 'inline') return this.mode.reason === 'not-configured' ? 'not-configured' : 'down';
    const queue = [...this.queues.values()][0];
    if (!queue) return 'not-configured';
    try {
      return (await queue.client.ping()) === 'PONG' ? 'up' : 'down';
    } catch {
      return 'down';
    }
  }
}
