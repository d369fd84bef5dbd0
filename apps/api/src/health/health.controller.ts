// GET /health for load balancers and operators: database reachability decides 200 vs 503;
// Redis trouble (or inline job mode) only degrades.
import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Database } from '@caravan/db';
import type { FastifyReply } from 'fastify';
import { DATABASE, JOB_MODE } from '../config/config.tokens.js';
import type { JobMode } from '../jobs/job-mode.js';
import { QUEUE_MAP, type QueueMap } from '../jobs/queues.provider.js';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: { status: 'up' | 'down'; kind: Database['kind'] };
  redis: { status: 'up' | 'down' | 'not-configured' };
  jobs: { mode: JobMode['kind']; warning?: string };
}

@Controller('health')
export class HealthController {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(JOB_MODE) private readonly mode: JobMode,
    @Inject(QUEUE_MAP) private readonly queues: QueueMap,
  ) {}

  @Get()
  async health(@Res() reply: FastifyReply): Promise<void> {
    const [database, redis] = await Promise.all([this.databaseStatus(), this.redisStatus()]);
    const report: HealthReport = {
      status: database === 'up' && redis === 'up' ? 'ok' : 'degraded',
      database: { status: database, kind: this.database.kind },
      redis: { status: redis },
      jobs: this.mode.kind === 'inline' ? { mode: 'inline', warning: this.mode.warning } : { mode: 'queue' },
    };
    await reply.status(database === 'up' ? 200 : 503).send(report);
  }

  private async databaseStatus(): Promise<'up' | 'down'> {
    try {
      await this.database.prisma.$queryRaw`SELECT 1`;
      return 'up';
    } catch {
      return 'down';
    }
  }

  private async redisStatus(): Promise<'up' | 'down' | 'not-configured'> {
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
