// Short-lived access tokens: JWTs signed with HS256 that name the user and the session they
// belong to. They are checked without a database round trip for the signature, and against the
// session row when the viewer is loaded, so signing out ends them at once.
import { errors, jwtVerify, SignJWT } from 'jose';
import { accessTokenRejected } from './auth.errors.js';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ISSUER = 'caravan-api';
const AUDIENCE = 'caravan-organizers';

export interface AccessClaims {
  userId: string;
  sessionId: string;
}

export interface IssuedAccessToken {
  token: string;
  expiresAt: Date;
}

export class AccessTokens {
  constructor(
    private readonly secret: Uint8Array,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async issue(claims: AccessClaims): Promise<IssuedAccessToken> {
    const issuedAt = Math.floor(this.now().getTime() / 1000);
    const expiresAtSeconds = issuedAt + ACCESS_TOKEN_TTL_SECONDS;
    const token = await new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAtSeconds)
      .sign(this.secret);
    return { token, expiresAt: new Date(expiresAtSeconds * 1000) };
  }

  async verify(token: string): Promise<AccessClaims> {
    try {
      const { payload } = await jwtVerify(token, this.secret, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        currentDate: this.now(),
      });
      if (typeof payload.sub !== 'string' || typeof payload['sid'] !== 'string') throw accessTokenRejected('invalid');
      return { userId: payload.sub, sessionId: payload['sid'] };
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw accessTokenRejected('expired');
      if (error instanceof errors.JOSEError) throw accessTokenRejected('invalid');
      throw error;
    }
  }
}
