// GraphQL inputs of the edition mutations, derived from ZEditionInput of @caravan/forums.
import { ZEditionInput } from '@caravan/forums';
import { inputType, type FieldDocs, type InputOf, type PatchOf } from '../../common/write/input-type.js';

export const EDITION_FIELDS: FieldDocs<typeof ZEditionInput> = {
  number: 'Ordinal within the series, unique in it (1 for the first forum). Cannot be changed later.',
  theme: 'Motto or theme, at least in English.',
  description: 'What the edition is about, at least in English; empty when left out.',
  status: 'Starting status; PROPOSED when left out. Later changes go through transitionEdition.',
  startDate: 'First day, YYYY-MM-DD in the host time zone. Give both dates or neither; sessions must stay inside them.',
  endDate: 'Last day (inclusive), YYYY-MM-DD in the host time zone.',
  timeZone: 'IANA time zone of the host city, e.g. Asia/Shanghai or Asia/Tbilisi. Session times are entered in it.',
  hostCity: 'Host city, at least in English.',
  hostCountryCode: 'Catalogue country code of the host, e.g. GE.',
  hostSubdivisionId: 'Catalogue id of the host province or region, e.g. CN-NX.',
  workingLanguages: 'Working languages (BCP 47), at least one, each once.',
  attendance: 'Reported number of participants.',
  published: 'Visible to visitors right away; false (a draft) when left out.',
};

export const CreateEditionInput = inputType('CreateEditionInput', ZEditionInput, { description: 'A new edition of a series.', fields: EDITION_FIELDS });
export type CreateEditionInput = InputOf<typeof ZEditionInput>;

const IMMUTABLE = ['number', 'status', 'published'] as const;
export const UpdateEditionInput = inputType('UpdateEditionInput', ZEditionInput, {
  description: 'Changes to an edition: a field left out keeps its value, null clears an optional one. Number and status change elsewhere (status: transitionEdition).',
  fields: EDITION_FIELDS,
  omit: IMMUTABLE,
  patch: true,
});
export type UpdateEditionInput = PatchOf<typeof ZEditionInput, (typeof IMMUTABLE)[number]>;
