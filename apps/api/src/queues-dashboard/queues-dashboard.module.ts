// The queues dashboard: bull-board over the api's Bull queues at /admin/queues, for platform
// admins behind the api's sign-in (ADR 115). Its page and its JSON api share one guard, run
// before bull-board sees the request; bull-board's own page needs scripts and styles from its
// static folder, so the dashboard's answers get a CSP of their own instead of the api's "nothing".
import { createBullBoard } from '@bull-board/api';
import { BullAdapter } from '@bull-board/api/bullAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { bearerToken } from '../auth/request-auth.js';
import { ViewerService } from '../auth/viewer.service.js';
import { QUEUE_MAP, type QueueMap } from '../jobs/queues.provider.js';
import { DASHBOARD_REFUSALS, dashboardAccess } from './dashboard-access.js';

export const QUEUES_DASHBOARD_PATH = '/admin/queues';

const DASHBOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // bull-board's React components set inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

@Injectable()
class QueuesDashboard implements OnModuleInit {
  constructor(
    private readonly host: HttpAdapterHost,
    private readonly viewers: ViewerService,
    @Inject(QUEUE_MAP) private readonly queues: QueueMap,
  ) {}

  async onModuleInit(): Promise<void> {
    const fastify = this.host.httpAdapter.getInstance<FastifyInstance>();
    const board = new FastifyAdapter();
    board.setBasePath(QUEUES_DASHBOARD_PATH);
    createBullBoard({
      queues: [...this.queues.values()].map((queue) => new BullAdapter(queue)),
      serverAdapter: board,
      options: { uiConfig: { boardTitle: 'Caravan queues' } },
    });
    await fastify.register(
      async (scope) => {
        scope.addHook('onRequest', async (request, reply) => {
          const token = bearerToken(request.headers.authorization);
          // A token that does not verify (expired, signed out, forged) is no sign-in.
          const viewer = await this.viewers.viewer({ accessToken: token, address: request.ip }).catch(() => null);
          const access = dashboardAccess(viewer);
          if (access === 'allow') return;
          const refusal = DASHBOARD_REFUSALS[access];
          if (access === 'unauthenticated') void reply.header('www-authenticate', 'Bearer');
          return reply.status(refusal.status).header('cache-control', 'no-store').send({ error: { code: refusal.code, message: refusal.message } });
        });
        scope.addHook('onSend', async (_request, reply, payload) => {
          void reply.header('content-security-policy', DASHBOARD_CSP).header('cache-control', 'no-store');
          return payload;
        });
        await scope.register(board.registerPlugin());
      },
      { prefix: QUEUES_DASHBOARD_PATH },
    );
  }
}

@Module({ providers: [QueuesDashboard] })
export class QueuesDashboardModule {}
