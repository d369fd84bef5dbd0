// GraphQL inputs of the person mutations, derived from ZPersonEditInput of @caravan/forums.
import { ZPersonEditInput } from '@caravan/forums';
import { inputType, type InputOf, type PatchOf } from '../../common/write/input-type.js';

const FIELDS = {
  slug: 'URL slug, lower-case kebab-case, unique on the platform, e.g. edil-baisalov. Cannot be changed later.',
  name: 'Full name per language or script (en required), e.g. en "Edil Baisalov", ru "Эдиль Байсалов".',
  position: 'Office or job title, at least in English.',
  organization: 'Slug of the organization the person represents.',
  countryCode: 'ISO 3166-1 alpha-2 code of the country the person represents, e.g. KG.',
  photoUrl: 'Portrait, an http(s) URL.',
  published: 'Visible to visitors right away; false (a draft) when left out.',
} as const;

export const CreatePersonInput = inputType('CreatePersonInput', ZPersonEditInput, {
  description: 'A new person (speaker, delegate, moderator), owned by the series that creates it.',
  fields: FIELDS,
});
export type CreatePersonInput = InputOf<typeof ZPersonEditInput>;

const IMMUTABLE = ['slug', 'published'] as const;
export const UpdatePersonInput = inputType('UpdatePersonInput', ZPersonEditInput, {
  description: 'Changes to a person: a field left out keeps its value; null clears organization, countryCode or photoUrl.',
  fields: FIELDS,
  omit: IMMUTABLE,
  patch: true,
});
export type UpdatePersonInput = PatchOf<typeof ZPersonEditInput, (typeof IMMUTABLE)[number]>;
