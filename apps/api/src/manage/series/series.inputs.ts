// GraphQL inputs of the series mutations, derived from ZSeriesInput of @caravan/forums: the
// schema lists the fields, this file only describes them.
import { ZSeriesInput } from '@caravan/forums';
import { ThemeChoiceInput } from './series-theme.js';
import { inputType, type FieldDocs, type InputOf, type PatchOf } from '../../common/write/input-type.js';

const FIELDS: FieldDocs<typeof ZSeriesInput> = {
  slug: 'URL slug, lower-case kebab-case, e.g. china-caucasus. Cannot be changed later.',
  name: 'Full name, at least in English.',
  shortName: 'Short name for menus and titles, at least in English.',
  description: 'What the series is for, at least in English.',
  regionCode: 'Catalogue code of the region the series is about, e.g. south-caucasus.',
  partnerCountryCode: 'ISO 3166-1 code of the partner country from outside the region, e.g. CN.',
  theme: { description: 'The theme: a preset (copied into the series) or a custom theme, checked by validateTheme.', type: () => ThemeChoiceInput },
  focusTrackSlugs: 'Slugs of the @caravan/tracks taxonomy the series concentrates on, each once.',
  status: 'Where the series stands; PLANNED when left out.',
  published: 'Visible to visitors right away; false (a draft) when left out.',
};

export const CreateSeriesInput = inputType('CreateSeriesInput', ZSeriesInput, { description: 'A new forum series (a new tenant of the platform).', fields: FIELDS });
export type CreateSeriesInput = InputOf<typeof ZSeriesInput>;

const IMMUTABLE = ['slug', 'published'] as const;
export const UpdateSeriesInput = inputType('UpdateSeriesInput', ZSeriesInput, {
  description: 'Changes to a series: a field left out keeps its value, a text given replaces all its languages; the slug cannot change.',
  fields: FIELDS,
  omit: IMMUTABLE,
  patch: true,
});
export type UpdateSeriesInput = PatchOf<typeof ZSeriesInput, (typeof IMMUTABLE)[number]>;
