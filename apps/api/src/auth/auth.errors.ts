// Errors of sign-in and authorization, as AppErrors with the message a person can act on.
import { AppError } from '../common/errors/app-error.js';

export const notSignedIn = (doing: string): AppError =>
  new AppError('UNAUTHENTICATED', `Sign in to ${doing}: send "Authorization: Bearer <accessToken>" from signIn or refreshSession.`);

export const accessTokenRejected = (reason: 'expired' | 'invalid'): AppError =>
  new AppError(
    'UNAUTHENTICATED',
    reason === 'expired'
      ? 'Your access token has expired. Call refreshSession with your refresh token for a new one, or sign in again.'
      : 'Your access token is not valid here. Sign in again to get a new one.',
  );

export const sessionEnded = (): AppError =>
  new AppError('UNAUTHENTICATED', 'Your session has ended (signed out, revoked or the account is disabled). Sign in again.');

export const invalidCredentials = (): AppError =>
  new AppError('INVALID_CREDENTIALS', 'The email or password is not right. Check both and try again, or ask your series admin to reset the account.');

export const refreshRejected = (): AppError =>
  new AppError('SESSION_INVALID', 'This refresh token is not valid (unknown, expired, already used or signed out). Sign in again.');

export const accountDisabled = (): AppError =>
  new AppError('FORBIDDEN', 'This account is disabled. Ask a series admin or a platform admin to enable it again.');

export const forbidden = (what: string): AppError =>
  new AppError('FORBIDDEN', `You are signed in but have no right to ${what}. Ask an admin of this series for the role that allows it.`);

export const wrongCurrentPassword = (): AppError =>
  new AppError('BAD_USER_INPUT', 'The current password is not right. Type it again; if you have forgotten it, sign out and ask for a reset link.', [
    { field: 'currentPassword', reason: 'is not the current password' },
  ]);

export const resetTokenRejected = (): AppError =>
  new AppError('BAD_USER_INPUT', 'This reset link is not valid (unknown, expired or already used). Ask for a new one with requestPasswordReset.', [
    { field: 'token', reason: 'is unknown, expired or already used' },
  ]);

export const mfaRequired = (): AppError =>
  new AppError('MFA_REQUIRED', 'This account signs in in two steps: send signIn again with mfaCode, the 6-digit code of your authenticator app (or one of your recovery codes).');

export const mfaEnrolmentRequired = (graceDays: number): AppError =>
  new AppError(
    'MFA_ENROLMENT_REQUIRED',
    `Admins must use two-step sign-in to administer accounts and roles (${graceDays} days after the account was created). Turn it on with startMfaEnrolment and confirmMfaEnrolment, then try again.`,
  );
