// GraphQL inputs of the organization mutations, derived from ZOrganizationInput of @caravan/forums.
import { ZOrganizationInput } from '@caravan/forums';
import { inputType, type InputOf, type PatchOf } from '../../common/write/input-type.js';

const FIELDS = {
  slug: 'URL slug, lower-case kebab-case, unique on the platform, e.g. ministry-of-trade-kz. Cannot be changed later.',
  name: 'Name, at least in English.',
  kind: 'The sort of body it is.',
  countryCode: 'ISO 3166-1 alpha-2 code of its home country, e.g. KZ; none for international bodies.',
  website: 'Website, an http(s) URL.',
} as const;

export const CreateOrganizationInput = inputType('CreateOrganizationInput', ZOrganizationInput, {
  description: 'A new organization (ministry, agency, association, university, company), owned by the series that creates it.',
  fields: FIELDS,
});
export type CreateOrganizationInput = InputOf<typeof ZOrganizationInput>;

export const UpdateOrganizationInput = inputType('UpdateOrganizationInput', ZOrganizationInput, {
  description: 'Changes to an organization: a field left out keeps its value; null clears countryCode or website.',
  fields: FIELDS,
  omit: ['slug'],
  patch: true,
});
export type UpdateOrganizationInput = PatchOf<typeof ZOrganizationInput, 'slug'>;
