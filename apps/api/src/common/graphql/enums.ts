// GraphQL enums of the public contract, derived from the lists they mirror: the domain lists of
// @caravan/forums (which a spec of @caravan/db holds equal to the Prisma enums) and Prisma's own
// OrganizerRole. Values equal names, so rows and domain values pass through unchanged.
import { registerEnumType } from '@nestjs/graphql';
import { OrganizerRole as OrganizerRoles } from '@caravan/db';
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, EDITION_STATUSES, ORGANIZATION_KINDS, SESSION_KINDS, SESSION_ROLES } from '@caravan/forums';
import { ACCREDITATION_KINDS, APPLICATION_STATUSES, MEDIA_ROLES } from '@caravan/forums/registration';

type EnumObject<V extends readonly string[]> = { readonly [K in V[number]]: K };

interface RegisteredEnum {
  values: readonly string[];
  ref: object;
}

const registered: RegisteredEnum[] = [];

function graphqlEnum<const V extends readonly string[]>(
  values: V,
  name: string,
  description: string,
  valueDescriptions: Partial<Record<V[number], string>> = {},
): EnumObject<V> {
  const ref = Object.freeze(Object.fromEntries(values.map((value) => [value, value]))) as EnumObject<V>;
  const valuesMap = Object.fromEntries(Object.entries(valueDescriptions).map(([value, text]) => [value, { description: String(text) }]));
  registerEnumType(ref, { name, description, valuesMap: valuesMap as Partial<Record<V[number], { description: string }>> });
  registered.push({ values, ref });
  return ref;
}

/** The registered GraphQL enum whose values are exactly `values` (a zod enum's options). */
export function graphqlEnumOf(values: readonly string[]): object | undefined {
  return registered.find((e) => e.values.length === values.length && e.values.every((value, i) => value === values[i]))?.ref;
}

export const EditionStatus = graphqlEnum(EDITION_STATUSES, 'EditionStatus', 'Where an edition (or a whole series) stands in its life.');
export type EditionStatus = (typeof EDITION_STATUSES)[number];

export const SessionKind = graphqlEnum(SESSION_KINDS, 'SessionKind', 'The format of a programme session.');
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SessionRole = graphqlEnum(SESSION_ROLES, 'SessionRole', 'What a person does in a session.');
export type SessionRole = (typeof SESSION_ROLES)[number];

export const OrganizationKind = graphqlEnum(ORGANIZATION_KINDS, 'OrganizationKind', 'The sort of body an organization is.');
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const AgreementType = graphqlEnum(AGREEMENT_TYPES, 'AgreementType', 'What sort of agreement it is.');
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

export const AgreementStatus = graphqlEnum(AGREEMENT_STATUSES, 'AgreementStatus', 'Where an agreement stands in its lifecycle.');
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

const AGREEMENT_PARTY_KINDS = ['COUNTRY', 'SUBNATIONAL_UNIT', 'ORGANIZATION'] as const;
export const AgreementPartyKind = graphqlEnum(AGREEMENT_PARTY_KINDS, 'AgreementPartyKind', 'Whether a party is a country, a province or city, or an organization.');
export type AgreementPartyKind = (typeof AGREEMENT_PARTY_KINDS)[number];

const ORGANIZER_ROLES = Object.values(OrganizerRoles);
export const OrganizerRole = graphqlEnum(ORGANIZER_ROLES, 'OrganizerRole', 'What an organizer may do within a series, or within one edition when the grant names it.', {
  SERIES_ADMIN: 'Everything in the series, including granting and revoking roles.',
  PROGRAMME_EDITOR: 'Programme, people, organizations, delegations, agreements, statements; publishing them.',
  REGISTRATION_OFFICER: 'Reviewing and editing registrations, issuing badges, check-in.',
  CHECKIN_STAFF: 'Checking participants in at the venue.',
  MEDIA_OFFICER: "The media centre: reviewing media applications within the outlets' and countries' quotas.",
});
export type OrganizerRole = OrganizerRoles;

export const ApplicationStatus = graphqlEnum(APPLICATION_STATUSES, 'ApplicationStatus', 'Where an accreditation application stands: draft, submitted, then approved, rejected or waitlisted, then cancelled or withdrawn.');
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const AccreditationKind = graphqlEnum(ACCREDITATION_KINDS, 'AccreditationKind', 'The sort of participant an accreditation category is for; MEDIA categories are the media centre’s to review.');
export type AccreditationKind = (typeof ACCREDITATION_KINDS)[number];

export const MediaRole = graphqlEnum(MEDIA_ROLES, 'MediaRole', 'What a media applicant does: writes, films, photographs, or keeps the equipment running.');
export type MediaRole = (typeof MEDIA_ROLES)[number];
