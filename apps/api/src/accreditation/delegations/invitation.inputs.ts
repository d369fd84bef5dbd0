// Arguments of createDelegationInvitation, checked once with zod (BAD_USER_INPUT naming the field).
import { z } from 'zod';
import { ZLanguageTag } from '../../common/graphql/request-language.js';

export const DEFAULT_INVITATION_DAYS = 14;
export const MAX_INVITATION_DAYS = 90;

export const ZInvitationArgs = z.strictObject({
  delegationId: z.uuid('must be the id of a delegation'),
  email: z.email('must be an email address').max(254, 'is at most 254 characters').nullish().transform((email) => email?.toLowerCase() ?? null),
  language: ZLanguageTag.max(35, 'is at most 35 characters'),
  expiresInDays: z
    .number()
    .int('must be a whole number of days')
    .min(1, `must be 1 to ${MAX_INVITATION_DAYS} days`)
    .max(MAX_INVITATION_DAYS, `must be 1 to ${MAX_INVITATION_DAYS} days`)
    .nullish()
    .transform((days) => days ?? DEFAULT_INVITATION_DAYS),
  memberQuota: z.number().int('must be a whole number').min(0, 'cannot be negative').max(1000, 'is at most 1000').nullish(),
});
