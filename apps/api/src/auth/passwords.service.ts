// Changing a password (signed in, with the current one) and resetting a forgotten one by mail.
// A change ends the account's other sessions; a reset ends all of them, since whoever held the
// old password may hold a session too. A reset request answers the same whether the email has
// an account or not, and is rate-limited per address and per email; its mail goes through the
// outbox in the transaction that stores the token's hash, so a link exists exactly when its
// mail is on its way.
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { mailSendJob } from '@caravan/jobs';
import { AuditService } from '../audit/audit.service.js';
import { clientAddressHash } from '../common/client-address-hash.js';
import { parseInput } from '../common/errors/parse-input.js';
import { RATE_LIMIT_REDIS, type RateLimitRedis } from '../common/rate-limit/rate-limit-redis.js';
import { consumeAll, RateLimiter } from '../common/rate-limit/rate-limiter.js';
import { auditedWrite } from '../common/write/audited-write.js';
import { API_CONFIG, DATABASE } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';
import { OutboxService } from '../jobs/outbox.service.js';
import { AccountsRepository } from './accounts.repository.js';
import { resetTokenRejected, wrongCurrentPassword } from './auth.errors.js';
import { ChangePasswordInput, RequestPasswordResetInput, ResetPasswordInput } from './auth.schemas.js';
import { AUTH_SECRET, CLOCK, SIGN_IN_LIMITER, type Clock } from './auth.tokens.js';
import { PasswordHasher } from './password-hasher.js';
import { newPasswordResetToken, PASSWORD_RESET_TTL_MINUTES, passwordResetTokenHash } from './password-reset-tokens.js';
import { requireSignedIn } from './policy/require-scope.js';
import type { RequestAuth } from './request-auth.js';
import type { SignInLimiter } from './sign-in-limiter.js';
import type { SignedInViewer } from './viewer.js';
import { ViewerService } from './viewer.service.js';

/** Reset requests: a few per email an hour (each sends a mail), more per address (a shared office). */
export const PASSWORD_RESET_LIMITS = {
  perEmail: { points: 3, windowSeconds: 60 * 60 },
  perAddress: { points: 10, windowSeconds: 15 * 60 },
} as const;

@Injectable()
export class PasswordsService {
  private readonly resetsPerEmail: RateLimiter;
  private readonly resetsPerAddress: RateLimiter;

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SIGN_IN_LIMITER) private readonly signInLimiter: SignInLimiter,
    @Inject(AUTH_SECRET) private readonly secret: Uint8Array,
    @Inject(RATE_LIMIT_REDIS) redis: RateLimitRedis,
    private readonly accounts: AccountsRepository,
    private readonly hasher: PasswordHasher,
    private readonly viewers: ViewerService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {
    this.resetsPerEmail = new RateLimiter(redis, 'caravan:password-reset:email', PASSWORD_RESET_LIMITS.perEmail);
    this.resetsPerAddress = new RateLimiter(redis, 'caravan:password-reset:address', PASSWORD_RESET_LIMITS.perAddress);
  }

  /**
   * The signed-in viewer, once their current password is confirmed: what sensitive changes to
   * their own account ask for. Counted like sign-in attempts, so a stolen access token is no way
   * to guess the password without limit.
   */
  async confirmCurrentPassword(auth: RequestAuth, currentPassword: string, doing: string): Promise<SignedInViewer> {
    const viewer = requireSignedIn(await this.viewers.viewer(auth), doing);
    const { currentPassword: password } = parseInput(ChangePasswordInput.pick({ currentPassword: true }), { currentPassword });
    const account = await this.accounts.credentialsById(viewer.user.id);
    if (account === null) throw wrongCurrentPassword();
    await this.signInLimiter.consumeAttempt(account.email, auth.address);
    if (!(await this.hasher.verify(account.passwordHash, password))) throw wrongCurrentPassword();
    await this.signInLimiter.recordSuccess(account.email, auth.address);
    return viewer;
  }

  /** Checks the current password, sets the new one and ends the account's other sessions. */
  async changePassword(auth: RequestAuth, raw: { currentPassword: string; newPassword: string }): Promise<boolean> {
    requireSignedIn(await this.viewers.viewer(auth), 'change your password');
    const input = parseInput(ChangePasswordInput, raw);
    const viewer = await this.confirmCurrentPassword(auth, input.currentPassword, 'change your password');
    const account = { id: viewer.user.id };
    const passwordHash = await this.hasher.hash(input.newPassword);
    return auditedWrite(this.database, this.audit, { scope: null, audit: { action: 'update', entityType: 'User' } }, { actorId: account.id }, async (tx) => {
      await this.accounts.setPasswordHash(tx, account.id, passwordHash);
      const ended = await this.accounts.revokeSessionsOf(tx, account.id, this.clock(), viewer.sessionId);
      return { result: true, entityId: account.id, after: { passwordChanged: true, otherSessionsEnded: ended } };
    });
  }

  /** Always true (unless rate-limited): whether the email has an account is not told. */
  async requestPasswordReset(auth: RequestAuth, raw: { email: string }): Promise<boolean> {
    const { email } = parseInput(RequestPasswordResetInput, raw);
    await consumeAll(
      [
        [this.resetsPerAddress, clientAddressHash(this.secret, auth.address)],
        [this.resetsPerEmail, email],
      ],
      'password reset requests',
    );
    const account = await this.accounts.credentialsByEmail(email);
    if (account === null || account.disabled) return true;
    const user = await this.accounts.userById(account.id);
    if (user === null) return true;
    const { token, hash } = newPasswordResetToken();
    const expiresAt = new Date(this.clock().getTime() + PASSWORD_RESET_TTL_MINUTES * 60_000);
    await this.database.prisma.$transaction(async (tx) => {
      await tx.passwordResetToken.create({ data: { userId: user.id, tokenHash: hash, expiresAt } });
      await this.outbox.record(tx, mailSendJob, {
        kind: 'organizer.password-reset',
        locale: 'en',
        to: { address: user.email, name: user.displayName },
        // In the fragment, so the token never reaches a server log or a Referer header.
        params: { organizerName: user.displayName, resetUrl: `${this.config.consoleUrl}/reset-password#token=${token}`, expiresInMinutes: PASSWORD_RESET_TTL_MINUTES },
      });
    });
    return true;
  }

  /** Sets a new password with a reset token: once, before it expires; every session of the account ends. */
  async resetPassword(raw: { token: string; newPassword: string }): Promise<boolean> {
    const input = parseInput(ResetPasswordInput, raw);
    const hash = passwordResetTokenHash(input.token);
    if (hash === null) throw resetTokenRejected();
    const now = this.clock();
    const row = await this.database.prisma.passwordResetToken.findUnique({ where: { tokenHash: hash }, include: { user: { select: { disabledAt: true } } } });
    if (row === null || row.usedAt !== null || row.expiresAt <= now || row.user.disabledAt !== null) throw resetTokenRejected();
    const passwordHash = await this.hasher.hash(input.newPassword);
    return auditedWrite(this.database, this.audit, { scope: null, audit: { action: 'update', entityType: 'User' } }, { actorId: row.userId }, async (tx) => {
      // Of two uses of one token, only the first marks it used; the second changes nothing.
      const { count } = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
      if (count !== 1) throw resetTokenRejected();
      await this.accounts.setPasswordHash(tx, row.userId, passwordHash);
      const ended = await this.accounts.revokeSessionsOf(tx, row.userId, now);
      return { result: true, entityId: row.userId, after: { passwordReset: true, sessionsEnded: ended } };
    });
  }
}
