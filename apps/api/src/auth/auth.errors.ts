// Errors of sign-in and authorization. Each carries a code clients branch on (extensions.code)
// and a message telling a person what to do. They are GraphQLErrors so the api's error
// formatter passes their extensions through unchanged.
import { GraphQLError } from 'graphql';

export type AuthErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'RATE_LIMITED' | 'INVALID_CREDENTIALS' | 'SESSION_INVALID';

export class AuthError extends GraphQLError {
  override readonly name = 'AuthError';
  constructor(
    readonly code: AuthErrorCode,
    message: string,
    extra: Readonly<Record<string, string | number>> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const notSignedIn = (doing: string): AuthError =>
  new AuthError('UNAUTHENTICATED', `Sign in to ${doing}: send "Authorization: Bearer <accessToken>" from signIn or refreshSession.`);

export const accessTokenRejected = (reason: 'expired' | 'invalid'): AuthError =>
  new AuthError(
    'UNAUTHENTICATED',
    reason === 'expired'
      ? 'Your access token has expired. Call refreshSession with your refresh token for a new one, or sign in again.'
      : 'Your access token is not valid here. Sign in again to get a new one.',
  );

export const sessionEnded = (): AuthError =>
  new AuthError('UNAUTHENTICATED', 'Your session has ended (signed out, revoked or the account is disabled). Sign in again.');

export const invalidCredentials = (): AuthError =>
  new AuthError('INVALID_CREDENTIALS', 'The email or password is not right. Check both and try again, or ask your series admin to reset the account.');

export const refreshRejected = (): AuthError =>
  new AuthError('SESSION_INVALID', 'This refresh token is not valid (unknown, expired, already used or signed out). Sign in again.');

export const rateLimited = (retryAfterSeconds: number): AuthError =>
  new AuthError('RATE_LIMITED', `Too many failed sign-in attempts. Wait ${retryAfterSeconds} seconds before trying again.`, { retryAfterSeconds });

export const forbidden = (what: string): AuthError =>
  new AuthError('FORBIDDEN', `You are signed in but have no right to ${what}. Ask an admin of this series for the role that allows it.`);
