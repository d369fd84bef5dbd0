// Health endpoints for load balancers, Kubernetes and operators:
// - GET /health/live: the process answers (liveness; never checks dependencies, so a database
//   outage does not get every pod restarted);
// - GET /health/ready: the database and Redis answer and the migrations are current, else 503
//   (readiness: the pod takes traffic only then);
// - GET /health: the full report with the jobs section; 503 only when the database is down,
//   "degraded" with reasons for everything else.
import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { HealthService } from './health.service.js';

export type { HealthReport } from './health.service.js';

@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  async report(@Res() reply: FastifyReply): Promise<void> {
    const report = await this.health.report();
    await reply.status(report.database.status === 'up' ? 200 : 503).send(report);
  }

  @Get('live')
  async live(@Res() reply: FastifyReply): Promise<void> {
    await reply.status(200).send({ status: 'ok' });
  }

  @Get('ready')
  async ready(@Res() reply: FastifyReply): Promise<void> {
    const { ready, checks, reasons } = await this.health.ready();
    await reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not-ready', reasons, ...checks });
  }
}
