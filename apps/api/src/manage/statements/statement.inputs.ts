// GraphQL inputs of the statement mutations, derived from ZStatementInput of @caravan/forums.
import { ZStatementInput } from '@caravan/forums';
import { inputType, type InputOf, type PatchOf } from '../../common/write/input-type.js';

const FIELDS = {
  person: 'Slug of the person who spoke (of this series, shared, or published by another series).',
  session: 'Slug of the session of this edition where it was said.',
  summary: 'The summary, at least in English.',
  published: 'Visible to visitors right away; false (a draft) when left out.',
} as const;

export const CreateStatementInput = inputType('CreateStatementInput', ZStatementInput, {
  description: 'What a person said at an edition, summarized in your own words (never a quotation).',
  fields: FIELDS,
});
export type CreateStatementInput = InputOf<typeof ZStatementInput>;

export const UpdateStatementInput = inputType('UpdateStatementInput', ZStatementInput, {
  description: 'Changes to a statement: a field left out keeps its value; null clears the session.',
  fields: FIELDS,
  omit: ['published'],
  patch: true,
});
export type UpdateStatementInput = PatchOf<typeof ZStatementInput, 'published'>;
