// Sign-in, refresh-token rotation and sign-out. A refresh token is good for one exchange: the
// exchange replaces it, and presenting a replaced token again means it leaked, so the whole
// session (every token descended from that sign-in) is ended. A session lives at most
// SESSION_MAX_HOURS from its sign-in, however often it is refreshed. Failed sign-ins are logged
// and counted (SecurityLog). An account with two-step sign-in needs a code as well (MfaService).
import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { parseInput } from '../common/errors/parse-input.js';
import { AppError } from '../common/errors/app-error.js';
import { API_CONFIG, LOGGER } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';
import { SecurityLog, type SignInFailure } from '../observability/security-log.js';
import { AccessTokens } from './access-tokens.js';
import { AccountsRepository } from './accounts.repository.js';
import { accountDisabled, invalidCredentials, mfaRequired, refreshRejected } from './auth.errors.js';
import { MfaService } from './mfa.service.js';
import { SignInInput } from './auth.schemas.js';
import { ACCESS_TOKENS, CLOCK, SIGN_IN_LIMITER, type Clock } from './auth.tokens.js';
import type { AuthPayloadModel } from './models/auth-payload.model.js';
import { OrganizerViews } from './organizer-views.js';
import { PasswordHasher } from './password-hasher.js';
import { newRefreshToken, parseRefreshToken, REFRESH_TOKEN_TTL_MS, RETIRED_REFRESH_TOKENS_KEPT, sameHash } from './refresh-tokens.js';
import type { SignInLimiter } from './sign-in-limiter.js';

@Injectable()
export class AuthService implements OnModuleInit {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly hasher: PasswordHasher,
    private readonly views: OrganizerViews,
    @Inject(ACCESS_TOKENS) private readonly tokens: AccessTokens,
    @Inject(SIGN_IN_LIMITER) private readonly limiter: SignInLimiter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly security: SecurityLog,
    private readonly mfa: MfaService,
  ) {}

  async onModuleInit(): Promise<void> {
    // The dummy hash for unknown emails is made now, so the first such attempt is not slower.
    await this.hasher.warmUp();
  }

  async signIn(rawEmail: string, rawPassword: string, address: string, rawMfaCode: string | null = null): Promise<AuthPayloadModel> {
    const { email, password, mfaCode } = parseInput(SignInInput, { email: rawEmail, password: rawPassword, mfaCode: rawMfaCode });
    let accountId: string | null = null;
    const fail = (reason: SignInFailure, error: AppError): AppError => {
      this.security.signInFailed(reason, { address, accountId, operation: 'signIn' });
      return error;
    };
    try {
      await this.limiter.consumeAttempt(email, address);
    } catch (error) {
      if (error instanceof AppError && error.code === 'RATE_LIMITED') throw fail('RATE_LIMITED', error);
      throw error;
    }
    const account = await this.accounts.credentialsByEmail(email);
    accountId = account?.id ?? null;
    const matches = await this.hasher.verify(account?.passwordHash ?? null, password);
    if (account === null || !matches) throw fail('INVALID_CREDENTIALS', invalidCredentials());
    if (account.disabled) throw fail('ACCOUNT_DISABLED', accountDisabled());
    if (account.totpEnabledAt !== null) {
      // The password was right: the client asks for the code (not a failure, but it counted as an attempt).
      if (mfaCode === null) throw mfaRequired();
      if (!(await this.mfa.verifySecondFactor(account, mfaCode))) throw fail('MFA_CODE_INVALID', invalidCredentials());
    }
    await this.limiter.recordSuccess(email, address);
    return this.startSession(account.id);
  }

  /** A new session for an account whose credentials were checked. */
  async startSession(userId: string): Promise<AuthPayloadModel> {
    const sessionId = randomUUID();
    const refresh = newRefreshToken(sessionId);
    const now = this.clock();
    await this.accounts.createSession({ id: sessionId, userId, refreshTokenHash: refresh.hash, expiresAt: this.refreshExpiry(now, now) });
    return this.payload(userId, sessionId, refresh.token);
  }

  /** A refresh token lives REFRESH_TOKEN_TTL_MS from its issue, but never past the session's absolute end. */
  private refreshExpiry(sessionStart: Date, now: Date): Date {
    return new Date(Math.min(now.getTime() + REFRESH_TOKEN_TTL_MS, sessionStart.getTime() + this.config.sessionMaxLifetimeMs));
  }

  async refresh(refreshToken: string): Promise<AuthPayloadModel> {
    const parsed = parseRefreshToken(refreshToken);
    if (parsed === null) throw refreshRejected();
    const now = this.clock();
    const session = await this.accounts.sessionById(parsed.sessionId);
    if (session === null || session.revokedAt !== null || session.expiresAt <= now) throw refreshRejected();
    // The absolute lifetime holds whatever the row's expiry says (a row written before the limit
    // was lowered, say): past it the organizer signs in again.
    if (session.createdAt.getTime() + this.config.sessionMaxLifetimeMs <= now.getTime()) throw refreshRejected();
    if (!sameHash(session.refreshTokenHash, parsed.hash)) {
      // Reuse only if this token was really issued for the session and replaced since: the
      // session id is no secret (access tokens carry it), so a guess must not sign anyone out.
      if (session.retiredRefreshTokenHashes.some((retired) => sameHash(retired, parsed.hash))) await this.endLeakedSession(session.id, session.userId, now);
      throw refreshRejected();
    }
    if (!(await this.accounts.isUserEnabled(session.userId))) throw refreshRejected();
    const next = newRefreshToken(session.id);
    const rotated = await this.accounts.rotateSession(
      session.id,
      parsed.hash,
      {
        refreshTokenHash: next.hash,
        expiresAt: this.refreshExpiry(session.createdAt, now),
        retiredRefreshTokenHashes: [...session.retiredRefreshTokenHashes, parsed.hash].slice(-RETIRED_REFRESH_TOKENS_KEPT),
      },
      now,
    );
    // Another request exchanged the same token first: two holders of one token is a leak too.
    if (!rotated) {
      await this.endLeakedSession(session.id, session.userId, now);
      throw refreshRejected();
    }
    return this.payload(session.userId, session.id, next.token);
  }

  /** True when a live session was ended; false when the token matched none. */
  async signOut(refreshToken: string): Promise<boolean> {
    const parsed = parseRefreshToken(refreshToken);
    if (parsed === null) return false;
    const session = await this.accounts.sessionById(parsed.sessionId);
    if (session === null || !sameHash(session.refreshTokenHash, parsed.hash)) return false;
    return this.accounts.revokeSession(session.id, this.clock());
  }

  private async endLeakedSession(sessionId: string, userId: string, now: Date): Promise<void> {
    await this.accounts.revokeSession(sessionId, now);
    this.logger.warn({ sessionId, userId }, 'a replaced refresh token was presented again; the session has been ended');
  }

  private async payload(userId: string, sessionId: string, refreshToken: string): Promise<AuthPayloadModel> {
    const user = await this.accounts.userById(userId);
    if (user === null) throw refreshRejected();
    const access = await this.tokens.issue({ userId, sessionId });
    return { accessToken: access.token, refreshToken, expiresAt: access.expiresAt.toISOString(), user: await this.views.of(user) };
  }
}
