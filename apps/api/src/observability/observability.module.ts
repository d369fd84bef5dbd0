// Per-request observability of the api: a request id for every request (echoed as X-Request-Id,
// carried into the outbox rows it records), one structured log line per request, the request
// and error metrics, and GET /metrics.
import { Controller, Get, Global, Inject, Module, Req, Res, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { API_CONFIG, LOGGER } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';
import { ApiMetrics, errorCodesOf } from './api-metrics.js';
import { metricsAccess } from './metrics-access.js';
import { requestIdFrom, runWithRequestId } from './request-id.js';
import { signedInAccountOf } from '../auth/request-auth.js';
import { REFUSAL_CODES, SecurityLog } from './security-log.js';

/** What the hooks keep on a request. */
interface Observed {
  caravanRequestId?: string;
  caravanStart?: bigint;
  /** Set by the GraphQL preExecution hook (graphql-operation.ts). */
  caravanOperation?: string;
}

@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: ApiMetrics,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get()
  async scrape(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const access = metricsAccess(this.config.nodeEnv, this.config.metricsToken, request.headers.authorization);
    if (access === 'off') {
      await reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'Metrics are off: set METRICS_TOKEN to read them with a bearer token.' } });
      return;
    }
    if (access === 'unauthorized') {
      await reply.status(401).header('www-authenticate', 'Bearer').send({ error: { code: 'UNAUTHENTICATED', message: 'Send the metrics token as "Authorization: Bearer <METRICS_TOKEN>".' } });
      return;
    }
    await reply.header('content-type', this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}

export class RequestObserver implements OnModuleInit {
  constructor(
    @Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost,
    @Inject(ApiMetrics) private readonly metrics: ApiMetrics,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(SecurityLog) private readonly security: SecurityLog,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onRequest', (request, reply, done) => {
      const observed = request as FastifyRequest & Observed;
      const id = requestIdFrom(request.headers['x-request-id']);
      observed.caravanRequestId = id;
      observed.caravanStart = process.hrtime.bigint();
      void reply.header('x-request-id', id);
      done();
    });
    // Everything a mutation runs (its writes, the outbox rows it records) sees the request's id.
    // Only mutations write, and carrying an async context costs every promise it touches (about
    // 15 % of a programme read), so reads run without it.
    fastify.addHook('preHandler', (request, _reply, done) => {
      const body: unknown = request.body;
      const query = typeof body === 'object' && body !== null && 'query' in body ? body.query : undefined;
      if (typeof query === 'string' && query.includes('mutation')) runWithRequestId((request as FastifyRequest & Observed).caravanRequestId ?? '', done);
      else done();
    });
    fastify.addHook('onSend', async (request, _reply, payload) => {
      if (typeof payload !== 'string') return payload;
      const codes = errorCodesOf(payload);
      this.metrics.countErrors(codes);
      const refusals = codes.filter((code) => REFUSAL_CODES.has(code));
      if (refusals.length > 0) {
        const observed = request as FastifyRequest & Observed;
        const context = {
          address: request.ip,
          accountId: await signedInAccountOf(request),
          operation: observed.caravanOperation ?? request.routeOptions.url ?? 'unmatched',
          ...(observed.caravanRequestId ? { requestId: observed.caravanRequestId } : {}),
        };
        for (const reason of new Set(refusals)) this.security.refused(reason, context);
      }
      return payload;
    });
    fastify.addHook('onResponse', (request, reply, done) => {
      const observed = request as FastifyRequest & Observed;
      const route = request.routeOptions.url ?? 'unmatched';
      const operation = route === '/graphql' ? this.metrics.operationLabel(observed.caravanOperation) : '';
      const seconds = observed.caravanStart === undefined ? 0 : Number(process.hrtime.bigint() - observed.caravanStart) / 1e9;
      this.metrics.observeRequest({ method: request.method, route, operation, status: reply.statusCode, seconds });
      this.logger.info(
        { requestId: observed.caravanRequestId, method: request.method, route, ...(operation ? { operation } : {}), status: reply.statusCode, ms: Math.round(seconds * 1000) },
        'request',
      );
      done();
    });
  }
}

// Global: every bounded context may record security events (SecurityLog).
@Global()
@Module({ controllers: [MetricsController], providers: [ApiMetrics, SecurityLog, RequestObserver], exports: [ApiMetrics, SecurityLog] })
export class ObservabilityModule {}
