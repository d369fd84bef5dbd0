// Bounded context: organizer accounts, sign-in sessions, and role administration.
import { Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { AuditModule } from '../audit/audit.module.js';
import { API_CONFIG, LOGGER } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';
import { AuthRedisCloser, connectAuthRedis } from './auth-redis.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { AUTH_REDIS, SIGN_IN_LIMITER, type AuthRedis } from './auth.tokens.js';
import { OrganizerViews } from './organizer-views.js';
import { PasswordHasher } from './password-hasher.js';
import { RoleGrantsRepository } from './role-grants.repository.js';
import { RolesResolver } from './roles.resolver.js';
import { RolesService } from './roles.service.js';
import { SignInLimiter } from './sign-in-limiter.js';
import { ViewerModule } from './viewer.module.js';

@Module({
  imports: [ViewerModule, AuditModule],
  providers: [
    { provide: AUTH_REDIS, inject: [API_CONFIG, LOGGER], useFactory: (config: ApiConfig, logger: Logger) => connectAuthRedis(config, logger) },
    { provide: SIGN_IN_LIMITER, inject: [AUTH_REDIS], useFactory: (redis: AuthRedis) => new SignInLimiter(redis) },
    AuthRedisCloser,
    PasswordHasher,
    RoleGrantsRepository,
    OrganizerViews,
    AuthService,
    RolesService,
    AuthResolver,
    RolesResolver,
  ],
})
export class AuthModule {}
