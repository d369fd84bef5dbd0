// Organizer accounts and their sign-in sessions. Accounts are platform-wide (one person may
// work for several series); what they may touch is decided by their role grants.
import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@caravan/db';
import { DATABASE } from '../config/config.tokens.js';
import type { ViewerGrant, ViewerUser } from './viewer.js';

export interface Credentials {
  id: string;
  passwordHash: string;
  disabled: boolean;
  /** Two-step sign-in: on when totpEnabledAt is set. */
  totpSecret: string | null;
  totpEnabledAt: Date | null;
  totpLastStep: number | null;
}

const CREDENTIAL_FIELDS = { id: true, passwordHash: true, disabledAt: true, totpSecret: true, totpEnabledAt: true, totpLastStep: true } as const;

export interface SessionRow {
  id: string;
  userId: string;
  refreshTokenHash: string;
  /** Hashes of the refresh tokens this session replaced, newest last. */
  retiredRefreshTokenHashes: string[];
  expiresAt: Date;
  revokedAt: Date | null;
  createdAt: Date;
}

export interface LiveSession {
  sessionId: string;
  user: ViewerUser;
  grants: ViewerGrant[];
}

export type Tx = Prisma.TransactionClient;

const USER_FIELDS = { id: true, email: true, displayName: true, isPlatformAdmin: true } as const;

@Injectable()
export class AccountsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async credentialsByEmail(email: string): Promise<Credentials | null> {
    const user = await this.db.prisma.user.findUnique({ where: { email }, select: CREDENTIAL_FIELDS });
    if (user === null) return null;
    const { disabledAt, ...rest } = user;
    return { ...rest, disabled: disabledAt !== null };
  }

  userById(id: string): Promise<ViewerUser | null> {
    return this.db.prisma.user.findUnique({ where: { id }, select: USER_FIELDS });
  }

  userByEmail(email: string, tx: Tx = this.db.prisma): Promise<ViewerUser | null> {
    return tx.user.findUnique({ where: { email }, select: USER_FIELDS });
  }

  createUser(tx: Tx, data: { email: string; displayName: string; passwordHash: string }): Promise<ViewerUser> {
    return tx.user.create({ data, select: USER_FIELDS });
  }

  /** One query per request: the session (if still live), its user (if enabled) and their grants. */
  async liveSession(sessionId: string, userId: string, now: Date): Promise<LiveSession | null> {
    const session = await this.db.prisma.authSession.findFirst({
      where: { id: sessionId, userId, revokedAt: null, expiresAt: { gt: now }, user: { disabledAt: null } },
      select: {
        id: true,
        user: { select: { ...USER_FIELDS, roleGrants: { select: { id: true, role: true, seriesId: true, editionId: true } } } },
      },
    });
    if (session === null) return null;
    const { roleGrants, ...user } = session.user;
    return { sessionId: session.id, user, grants: roleGrants };
  }

  createSession(data: { id: string; userId: string; refreshTokenHash: string; expiresAt: Date }): Promise<SessionRow> {
    return this.db.prisma.authSession.create({ data });
  }

  sessionById(id: string): Promise<SessionRow | null> {
    return this.db.prisma.authSession.findUnique({ where: { id } });
  }

  /** Swaps the refresh token only if the presented one is still current: of two racing refreshes, one wins. */
  async rotateSession(
    id: string,
    currentHash: string,
    next: { refreshTokenHash: string; expiresAt: Date; retiredRefreshTokenHashes: string[] },
    now: Date,
  ): Promise<boolean> {
    const { count } = await this.db.prisma.authSession.updateMany({
      where: { id, refreshTokenHash: currentHash, revokedAt: null, expiresAt: { gt: now } },
      data: next,
    });
    return count === 1;
  }

  async revokeSession(id: string, now: Date): Promise<boolean> {
    const { count } = await this.db.prisma.authSession.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
    return count === 1;
  }

  async credentialsById(id: string): Promise<(Credentials & { email: string }) | null> {
    const user = await this.db.prisma.user.findUnique({ where: { id }, select: { ...CREDENTIAL_FIELDS, email: true } });
    if (user === null) return null;
    const { disabledAt, ...rest } = user;
    return { ...rest, disabled: disabledAt !== null };
  }

  async setPasswordHash(tx: Tx, userId: string, passwordHash: string): Promise<void> {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
  }

  /** Ends every live session of the account, but the one named (the caller's own, on a password change). */
  async revokeSessionsOf(tx: Tx, userId: string, now: Date, except?: string): Promise<number> {
    const { count } = await tx.authSession.updateMany({
      where: { userId, revokedAt: null, ...(except ? { id: { not: except } } : {}) },
      data: { revokedAt: now },
    });
    return count;
  }

  async isUserEnabled(id: string): Promise<boolean> {
    const user = await this.db.prisma.user.findUnique({ where: { id }, select: { disabledAt: true } });
    return user !== null && user.disabledAt === null;
  }
}
