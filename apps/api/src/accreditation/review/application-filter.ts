// What an organizer filters the applications of an edition by, as one zod schema; the GraphQL
// input is derived from it, so both say the same.
import { ID } from '@nestjs/graphql';
import { APPLICATION_STATUSES } from '@caravan/forums/registration';
import { z } from 'zod';
import { inputType, type FieldDocs, type InputOf } from '../../common/write/input-type.js';

export const MAX_SEARCH_LENGTH = 200;

export const ZApplicationFilter = z.strictObject({
  statuses: z.array(z.enum(APPLICATION_STATUSES)).max(APPLICATION_STATUSES.length, 'lists each status at most once').optional(),
  categories: z.array(z.string().trim().min(1, 'must not be empty').max(100, 'is at most 100 characters')).max(50, 'names at most 50 categories').optional(),
  delegationId: z.uuid('must be the id of a delegation').optional(),
  citizenship: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code, e.g. KZ')
    .optional(),
  text: z.string().trim().min(1, 'must not be empty').max(MAX_SEARCH_LENGTH, `is at most ${MAX_SEARCH_LENGTH} characters`).optional(),
});
export type ApplicationFilter = z.output<typeof ZApplicationFilter>;

const FIELDS: FieldDocs<typeof ZApplicationFilter> = {
  statuses: 'Only applications in one of these statuses.',
  categories: 'Only applications in one of these categories, by slug.',
  delegationId: { description: 'Only members of this delegation.', type: () => ID },
  citizenship: 'Only citizens of this country (ISO 3166-1 alpha-2).',
  text: 'Words found in the given or family name, email, organization, media outlet or reference (any case).',
};

export const ApplicationFilterInput = inputType('ApplicationFilter', ZApplicationFilter, {
  description: 'Narrows the applications of an edition; every condition given must hold.',
  fields: FIELDS,
});
export type ApplicationFilterInput = InputOf<typeof ZApplicationFilter>;
