// GraphQL enums of the public contract. Values equal the database enums, so rows pass through.
import { registerEnumType } from '@nestjs/graphql';

export const EditionStatus = {
  PROPOSED: 'PROPOSED',
  PLANNED: 'PLANNED',
  REGISTRATION_OPEN: 'REGISTRATION_OPEN',
  LIVE: 'LIVE',
  CONCLUDED: 'CONCLUDED',
} as const;
export type EditionStatus = keyof typeof EditionStatus;

export const SessionKind = {
  PLENARY: 'PLENARY',
  SUB_FORUM: 'SUB_FORUM',
  PANEL: 'PANEL',
  SIGNING_CEREMONY: 'SIGNING_CEREMONY',
  BILATERAL_MEETING: 'BILATERAL_MEETING',
  CULTURAL_EVENT: 'CULTURAL_EVENT',
  CEREMONY: 'CEREMONY',
  BREAK: 'BREAK',
} as const;
export type SessionKind = keyof typeof SessionKind;

export const SessionRole = { KEYNOTE: 'KEYNOTE', SPEAKER: 'SPEAKER', MODERATOR: 'MODERATOR' } as const;
export type SessionRole = keyof typeof SessionRole;

export const OrganizationKind = {
  GOVERNMENT_BODY: 'GOVERNMENT_BODY',
  LEGISLATURE: 'LEGISLATURE',
  DIPLOMATIC_MISSION: 'DIPLOMATIC_MISSION',
  BUSINESS_ASSOCIATION: 'BUSINESS_ASSOCIATION',
  UNIVERSITY: 'UNIVERSITY',
  ENTERPRISE: 'ENTERPRISE',
  INTERNATIONAL_BODY: 'INTERNATIONAL_BODY',
  OTHER: 'OTHER',
} as const;
export type OrganizationKind = keyof typeof OrganizationKind;

registerEnumType(EditionStatus, { name: 'EditionStatus', description: 'Where an edition (or a whole series) stands in its life.' });
registerEnumType(SessionKind, { name: 'SessionKind', description: 'The format of a programme session.' });
registerEnumType(SessionRole, { name: 'SessionRole', description: 'What a person does in a session.' });
registerEnumType(OrganizationKind, { name: 'OrganizationKind', description: 'The sort of body an organization is.' });
