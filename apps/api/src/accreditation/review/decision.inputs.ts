// The arguments every batch decision takes: up to 200 distinct application ids and a reason.
import { MAX_REASON_LENGTH } from '@caravan/forums/registration';
import { z } from 'zod';

export const MAX_DECISION_IDS = 200;

export const ZDecisionArgs = z.strictObject({
  ids: z
    .array(z.uuid('must be the id of an application'))
    .min(1, 'must name at least one application')
    .max(MAX_DECISION_IDS, `names at most ${MAX_DECISION_IDS} applications; split the batch`)
    .refine((ids) => new Set(ids).size === ids.length, 'names an application more than once'),
  reason: z
    .string()
    .trim()
    .max(MAX_REASON_LENGTH, `is at most ${MAX_REASON_LENGTH} characters`)
    .nullish()
    .transform((reason) => reason || null),
});
