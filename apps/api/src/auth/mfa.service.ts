// Two-step sign-in with TOTP (ADR 097): enrolment in two steps (a secret, then a code from the
// app confirms it and gives one-time recovery codes), and the second step of sign-in, which
// takes a code of the app (never the same one twice) or an unused recovery code.
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { AppError } from '../common/errors/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { auditedWrite } from '../common/write/audited-write.js';
import { DATABASE } from '../config/config.tokens.js';
import { CLOCK, type Clock } from './auth.tokens.js';
import { PasswordsService } from './passwords.service.js';
import { requireSignedIn } from './policy/require-scope.js';
import type { RequestAuth } from './request-auth.js';
import { newRecoveryCodes, newTotpSecret, otpauthUri, recoveryCodeHash, totpStep } from './totp.js';
import { ViewerService } from './viewer.service.js';
import type { MfaEnrolmentModel } from './models/mfa-enrolment.model.js';

const codeRefused = () => new AppError('BAD_USER_INPUT', 'This code is not right. Type the 6-digit code your authenticator app shows now.', [{ field: 'code', reason: 'is not the current code' }]);
const alreadyOn = () =>
  new AppError('BAD_USER_INPUT', 'Two-step sign-in is already on for this account.', [{ field: 'input', reason: 'two-step sign-in is already on' }]);
const notStarted = () =>
  new AppError('BAD_USER_INPUT', 'There is no two-step sign-in to confirm: start with startMfaEnrolment.', [{ field: 'code', reason: 'no enrolment was started' }]);

export interface SecondFactorAccount {
  id: string;
  totpSecret: string | null;
  totpEnabledAt: Date | null;
  totpLastStep: number | null;
}

@Injectable()
export class MfaService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly passwords: PasswordsService,
    private readonly viewers: ViewerService,
    private readonly audit: AuditService,
  ) {}

  /** Step one, with the current password: a fresh secret, not in force until a code confirms it. */
  async startEnrolment(auth: RequestAuth, currentPassword: string): Promise<MfaEnrolmentModel> {
    const viewer = await this.passwords.confirmCurrentPassword(auth, currentPassword, 'turn on two-step sign-in');
    const secret = newTotpSecret();
    const { count } = await this.database.prisma.user.updateMany({ where: { id: viewer.user.id, totpEnabledAt: null }, data: { totpSecret: secret } });
    if (count !== 1) throw alreadyOn();
    return { secret, otpauthUri: otpauthUri(secret, viewer.user.email) };
  }

  /** Step two: a code of the app turns it on; the recovery codes are shown this once. */
  async confirmEnrolment(auth: RequestAuth, code: string): Promise<string[]> {
    const viewer = requireSignedIn(await this.viewers.viewer(auth), 'turn on two-step sign-in');
    const now = this.clock();
    const account = await this.database.prisma.user.findUniqueOrThrow({ where: { id: viewer.user.id }, select: { totpSecret: true, totpEnabledAt: true } });
    if (account.totpEnabledAt !== null) throw alreadyOn();
    if (account.totpSecret === null) throw notStarted();
    const step = totpStep(account.totpSecret, code.slice(0, 20), now);
    if (step === null) throw codeRefused();
    const codes = newRecoveryCodes();
    return auditedWrite(this.database, this.audit, { scope: null, audit: { action: 'update', entityType: 'User' } }, { actorId: viewer.user.id }, async (tx) => {
      const { count } = await tx.user.updateMany({ where: { id: viewer.user.id, totpEnabledAt: null, totpSecret: account.totpSecret }, data: { totpEnabledAt: now, totpLastStep: step } });
      if (count !== 1) throw notStarted();
      await tx.mfaRecoveryCode.deleteMany({ where: { userId: viewer.user.id } });
      await tx.mfaRecoveryCode.createMany({ data: codes.map((c) => ({ userId: viewer.user.id, codeHash: recoveryCodeHash(c) })) });
      return { result: codes, entityId: viewer.user.id, after: { twoStepSignIn: true, recoveryCodes: codes.length } };
    });
  }

  /**
   * The second step of a sign-in: a code of the app whose step is later than the last one
   * accepted (claimed by a conditional update, so a code works once even in a race), or an
   * unused recovery code (used up). False when neither.
   */
  async verifySecondFactor(account: SecondFactorAccount, code: string): Promise<boolean> {
    if (account.totpSecret === null || account.totpEnabledAt === null) return false;
    const typed = code.slice(0, 40);
    const step = totpStep(account.totpSecret, typed, this.clock());
    if (step !== null) {
      const { count } = await this.database.prisma.user.updateMany({
        where: { id: account.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
        data: { totpLastStep: step },
      });
      return count === 1;
    }
    const { count } = await this.database.prisma.mfaRecoveryCode.updateMany({
      where: { userId: account.id, codeHash: recoveryCodeHash(typed), usedAt: null },
      data: { usedAt: this.clock() },
    });
    return count === 1;
  }
}
