// The token of a delegation's invitation link: signed with the api's secret (so a guessed or
// altered token is refused before any lookup), naming its invitation and expiring with it. Only
// its SHA-256 is stored: the link is shown once, and a database leak opens no delegation.
import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import { AUTH_SECRET } from '../../auth/auth.tokens.js';
import { AppError } from '../../common/errors/app-error.js';

const AUDIENCE = 'caravan:delegation-invitation';

export type InvitationProblem = 'forged' | 'expired' | 'revoked' | 'unknown';

const EXPLAINED: Readonly<Record<InvitationProblem, string>> = {
  forged: 'is not an invitation link of this forum (altered, cut short, or made for something else)',
  expired: 'has expired',
  revoked: 'was withdrawn by the organizers',
  unknown: 'belongs to no invitation of this forum',
};

export const invitationInvalid = (problem: InvitationProblem): AppError =>
  new AppError('INVITATION_INVALID', `This delegation invitation link ${EXPLAINED[problem]}. Ask the forum's organizers for a new link.`, [{ field: 'token', reason: EXPLAINED[problem] }], { reason: problem });

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

@Injectable()
export class InvitationTokens {
  constructor(@Inject(AUTH_SECRET) private readonly secret: Uint8Array) {}

  sign(invitationId: string, expiresAt: Date): Promise<string> {
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(invitationId)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.secret);
  }

  /** The invitation id the token names; INVITATION_INVALID (forged or expired) otherwise. */
  async invitationId(token: string): Promise<string> {
    try {
      const { payload } = await jwtVerify(token, this.secret, { audience: AUDIENCE, algorithms: ['HS256'] });
      if (!payload.sub) throw invitationInvalid('forged');
      return payload.sub;
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw invitationInvalid(error instanceof errors.JWTExpired ? 'expired' : 'forged');
    }
  }
}
