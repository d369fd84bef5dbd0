// GraphQL inputs of the agreement mutations, derived from ZAgreementInput of @caravan/forums. A
// party names an organization by slug, where the domain schema takes its id; ZAgreementEditInput
// is ZAgreementInput with such parties, and the writer resolves the slugs before validating.
import { ZAgreementInput, ZAgreementPartyInput, ZSlug } from '@caravan/forums';
import { z } from 'zod';
import { inputType, type InputOf, type PatchOf } from '../../common/write/input-type.js';

const { organizationId: _organizationId, ...PARTY_FIELDS } = ZAgreementPartyInput.shape;
export const ZAgreementPartyRef = z.object({ ...PARTY_FIELDS, organization: ZSlug.optional() });

export const AgreementPartyInput = inputType('AgreementPartyInput', ZAgreementPartyRef, {
  description: 'A signatory of an agreement: give exactly one of countryCode, subdivisionId or organization.',
  fields: {
    countryCode: 'Catalogue country code, e.g. UZ.',
    subdivisionId: 'Id of a catalogue province, region, city or district, e.g. CN-NX (the only kind of party of a SISTER_CITY agreement).',
    organization: 'Slug of an organization.',
  },
});
export type AgreementPartyInput = InputOf<typeof ZAgreementPartyRef>;

export const ZAgreementEditInput = z.object({ ...ZAgreementInput.shape, parties: z.array(ZAgreementPartyRef) });

const FIELDS = {
  slug: 'URL slug, lower-case kebab-case, unique within the edition. Cannot be changed later.',
  title: 'Title, at least in English.',
  summary: 'What it provides for, at least in English when given.',
  type: 'What sort of agreement it is.',
  status: 'Where it stands at the forum; PROPOSED when left out. Later steps go through transitionAgreement.',
  trackSlug: 'Slug of the track of this edition it belongs to.',
  sessionSlug: 'Slug of the session of this edition where it was signed, e.g. signing-ceremony.',
  parties: { description: 'Signatories in the order the agreement names them; at least two.', type: () => [AgreementPartyInput] },
  valueAmount: 'Value, 0 or more, with at most 2 decimals; needs currency.',
  currency: 'ISO 4217 code of the value, e.g. CNY.',
  confidential: 'True when the parties did not disclose the value: it never reaches public figures. False when left out.',
  signedOn: 'Signing date, YYYY-MM-DD.',
  isDemo: 'True for invented demo detail rather than a reported fact. False when left out.',
  published: 'Visible to visitors right away; false (a draft) when left out.',
} as const;

export const CreateAgreementInput = inputType('CreateAgreementInput', ZAgreementEditInput, {
  description: 'An agreement or cooperation project signed or announced at an edition.',
  fields: FIELDS,
});
export type CreateAgreementInput = InputOf<typeof ZAgreementEditInput>;

const IMMUTABLE = ['slug', 'status', 'published'] as const;
export const UpdateAgreementInput = inputType('UpdateAgreementInput', ZAgreementEditInput, {
  description: 'Changes to an agreement: a field left out keeps its value; null clears summary, track, session, value and signedOn. The status changes through transitionAgreement.',
  fields: FIELDS,
  omit: IMMUTABLE,
  patch: true,
});
export type UpdateAgreementInput = PatchOf<typeof ZAgreementEditInput, (typeof IMMUTABLE)[number]>;
