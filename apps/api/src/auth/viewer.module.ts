// Who is asking, for every module: the access-token verifier and the per-request Viewer.
// Global so any bounded context can check rights without importing the auth module.
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { Logger } from 'pino';
import { API_CONFIG, LOGGER } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';
import { AccessTokens } from './access-tokens.js';
import { AccountsRepository } from './accounts.repository.js';
import { resolveAuthSecret } from './auth-secret.js';
import { ACCESS_TOKENS, AUTH_SECRET, CLOCK, type Clock } from './auth.tokens.js';
import { SignedInMutationsGuard } from './signed-in-mutations.guard.js';
import { MfaPolicy } from './mfa-policy.js';
import { ViewerService } from './viewer.service.js';

@Global()
@Module({
  providers: [
    { provide: AUTH_SECRET, inject: [API_CONFIG, LOGGER], useFactory: (config: ApiConfig, logger: Logger) => resolveAuthSecret(config, logger) },
    { provide: CLOCK, useValue: (() => new Date()) satisfies Clock },
    { provide: ACCESS_TOKENS, inject: [AUTH_SECRET, CLOCK], useFactory: (secret: Uint8Array, clock: Clock) => new AccessTokens(secret, clock) },
    AccountsRepository,
    ViewerService,
    MfaPolicy,
    { provide: APP_GUARD, useClass: SignedInMutationsGuard },
  ],
  exports: [AUTH_SECRET, CLOCK, ACCESS_TOKENS, AccountsRepository, ViewerService, MfaPolicy],
})
export class ViewerModule {}
