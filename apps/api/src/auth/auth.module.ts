// Bounded context: organizer accounts, sign-in sessions, and role administration.
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { RATE_LIMIT_REDIS, type RateLimitRedis } from '../common/rate-limit/rate-limit-redis.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { SIGN_IN_LIMITER } from './auth.tokens.js';
import { OrganizerViews } from './organizer-views.js';
import { MfaResolver } from './mfa.resolver.js';
import { MfaService } from './mfa.service.js';
import { PasswordHasher } from './password-hasher.js';
import { PasswordsResolver } from './passwords.resolver.js';
import { PasswordsService } from './passwords.service.js';
import { RoleGrantsRepository } from './role-grants.repository.js';
import { RolesResolver } from './roles.resolver.js';
import { RolesService } from './roles.service.js';
import { SignInLimiter } from './sign-in-limiter.js';
import { ViewerModule } from './viewer.module.js';

@Module({
  imports: [ViewerModule, AuditModule],
  providers: [
    { provide: SIGN_IN_LIMITER, inject: [RATE_LIMIT_REDIS], useFactory: (redis: RateLimitRedis) => new SignInLimiter(redis) },
    PasswordHasher,
    RoleGrantsRepository,
    OrganizerViews,
    AuthService,
    RolesService,
    PasswordsService,
    MfaService,
    AuthResolver,
    MfaResolver,
    RolesResolver,
    PasswordsResolver,
  ],
})
export class AuthModule {}
