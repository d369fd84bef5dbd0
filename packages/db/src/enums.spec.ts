// Prisma's enums live in schema.prisma; @caravan/forums holds the same lists as zod enums and
// const arrays, which the api's GraphQL enums derive from. This spec holds the two to the same
// values in the same order (the order is PostgreSQL's sort order of the enum).
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  EDITION_STATUSES,
  ORGANIZATION_KINDS,
  SESSION_KINDS,
  SESSION_ROLES,
} from '@caravan/forums';
import { ACCREDITATION_KINDS, APPLICATION_STATUSES, APPROVAL_MODES, MEDIA_ROLES, VISA_SUPPORT_MODES } from '@caravan/forums/registration';
import {
  AccreditationKind,
  AgreementStatus,
  AgreementType,
  ApplicationStatus,
  ApprovalMode,
  EditionStatus,
  MediaRole,
  OrganizationKind,
  SessionKind,
  SessionRole,
  VisaSupportMode,
} from './generated/prisma/enums.js';

const pairs: [string, Record<string, string>, readonly string[]][] = [
  ['EditionStatus', EditionStatus, EDITION_STATUSES],
  ['SessionKind', SessionKind, SESSION_KINDS],
  ['SessionRole', SessionRole, SESSION_ROLES],
  ['OrganizationKind', OrganizationKind, ORGANIZATION_KINDS],
  ['AgreementType', AgreementType, AGREEMENT_TYPES],
  ['AgreementStatus', AgreementStatus, AGREEMENT_STATUSES],
  ['AccreditationKind', AccreditationKind, ACCREDITATION_KINDS],
  ['ApprovalMode', ApprovalMode, APPROVAL_MODES],
  ['VisaSupportMode', VisaSupportMode, VISA_SUPPORT_MODES],
  ['ApplicationStatus', ApplicationStatus, APPLICATION_STATUSES],
  ['MediaRole', MediaRole, MEDIA_ROLES],
];

describe('Prisma enums', () => {
  it.each(pairs)('%s has the values of @caravan/forums, in order', (_name, prismaEnum, domain) => {
    expect(Object.values(prismaEnum)).toEqual([...domain]);
  });

  it('fails for a list that differs (negative control)', () => {
    expect(Object.values(SessionRole)).not.toEqual([...SESSION_ROLES].reverse());
  });
});
