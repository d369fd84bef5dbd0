// Input contracts of the auth mutations, validated before any work is done.
import { z } from 'zod';
import { OrganizerRole } from '@caravan/db';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-hasher.js';

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

// Sign-in only bounds sizes (a huge password would make hashing expensive); a malformed email
// simply matches no account and gets the ordinary wrong-credentials answer.
export const SignInInput = z.object({
  email: z.string().max(320, 'must be at most 320 characters').transform(normalizeEmail),
  password: z.string().max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`),
  /** The second step, for accounts with two-step sign-in: a 6-digit code or a recovery code. */
  mfaCode: z.string().trim().max(40, 'must be at most 40 characters').nullable(),
});

const NewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`);

export const ChangePasswordInput = z.object({
  currentPassword: z.string().max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`),
  newPassword: NewPassword,
});

export const RequestPasswordResetInput = z.object({
  email: z.string().max(320, 'must be at most 320 characters').transform(normalizeEmail),
});

export const ResetPasswordInput = z.object({
  token: z.string().max(100, 'must be at most 100 characters'),
  newPassword: NewPassword,
});

export const CreateOrganizerInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('must be an email address such as name@example.org')),
  displayName: z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters'),
  password: NewPassword,
  seriesSlug: z.string().trim().min(1, 'must not be empty').nullable(),
});

export const GrantRoleInput = z.object({
  userEmail: z.string().max(320, 'must be at most 320 characters').transform(normalizeEmail),
  role: z.enum(OrganizerRole, { error: `must be one of ${Object.values(OrganizerRole).join(', ')}` }),
  seriesSlug: z.string().trim().min(1, 'must not be empty'),
  editionNumber: z.number().int('must be a whole number').positive('must be 1 or more').nullable(),
});

export type CreateOrganizerInput = z.input<typeof CreateOrganizerInput>;
export type GrantRoleInput = z.input<typeof GrantRoleInput>;
