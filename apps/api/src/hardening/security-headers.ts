// Security headers on every answer of the api, with @fastify/helmet: the api serves JSON and
// export files, never a page to render, so its Content-Security-Policy allows nothing
// (default-src 'none', frame-ancestors 'none'); nosniff, no referrer, HSTS in production. The
// GraphiQL page (outside production only) keeps helmet's other headers but is left without a
// CSP, since it runs inline scripts.
import helmet from '@fastify/helmet';
import { Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { API_CONFIG } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';

export const API_CSP = { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] };

@Injectable()
class SecurityHeaders implements OnModuleInit {
  constructor(
    private readonly host: HttpAdapterHost,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const fastify = this.host.httpAdapter.getInstance<FastifyInstance>();
    const production = this.config.nodeEnv === 'production';
    await fastify.register(helmet, {
      global: true,
      contentSecurityPolicy: { useDefaults: false, directives: API_CSP },
      referrerPolicy: { policy: 'no-referrer' },
      // Browsers remember HSTS per host: send it only where the api is served over HTTPS.
      strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      crossOriginResourcePolicy: { policy: 'same-site' },
    });
    if (!production) {
      fastify.addHook('onSend', async (request, reply, payload) => {
        if (request.url.startsWith('/graphiql')) reply.removeHeader('content-security-policy');
        return payload;
      });
    }
  }
}

@Module({ providers: [SecurityHeaders] })
export class SecurityHeadersModule {}
