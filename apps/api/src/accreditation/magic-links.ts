// The participant's way back to their application: a link mailed to them whose token is signed
// with the api's secret, names one application and expires. Nothing about it is stored (so no
// token can leak from the database); a token for another purpose (an access token) is refused
// by its audience.
import { Inject, Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT } from 'jose';
import { AUTH_SECRET } from '../auth/auth.tokens.js';
import { AppError } from '../common/errors/app-error.js';
import { API_CONFIG } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';

/** How long a mailed link opens its application. */
export const MAGIC_LINK_HOURS = 7 * 24;
const AUDIENCE = 'caravan:application';

export const linkInvalid = (): AppError =>
  new AppError('APPLICATION_LINK_INVALID', 'This application link is not valid or has expired; ask for a new one with requestApplicationLink.', [
    { field: 'token', reason: 'is not a valid application link, or it has expired' },
  ]);

@Injectable()
export class MagicLinks {
  constructor(
    @Inject(AUTH_SECRET) private readonly secret: Uint8Array,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async token(applicationId: string, now: Date = new Date()): Promise<string> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(applicationId)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + MAGIC_LINK_HOURS * 3600)
      .sign(this.secret);
  }

  /** The application a token opens; APPLICATION_LINK_INVALID when forged, foreign or expired. */
  async applicationId(token: string): Promise<string> {
    try {
      const { payload } = await jwtVerify(token, this.secret, { audience: AUDIENCE, algorithms: ['HS256'] });
      if (!payload.sub) throw linkInvalid();
      return payload.sub;
    } catch {
      throw linkInvalid();
    }
  }

  /** The portal page of the application (/application/{token}). */
  async url(applicationId: string): Promise<string> {
    return `${this.config.portalUrl}/application/${encodeURIComponent(await this.token(applicationId))}`;
  }

  /** The portal page of an edition (/{series}/{number}). */
  editionUrl(seriesSlug: string, number: number): string {
    return `${this.config.portalUrl}/${seriesSlug}/${number}`;
  }
}
