// GraphQL enums of agreements. Values equal the database enums and @caravan/forums' lifecycle.
import { registerEnumType } from '@nestjs/graphql';
import { AGREEMENT_STATUSES } from '@caravan/forums';

export const AgreementType = {
  INTERGOVERNMENTAL: 'INTERGOVERNMENTAL',
  SISTER_CITY: 'SISTER_CITY',
  INVESTMENT: 'INVESTMENT',
  TRADE: 'TRADE',
  MEMORANDUM: 'MEMORANDUM',
  CULTURAL: 'CULTURAL',
} as const;
export type AgreementType = keyof typeof AgreementType;

export const AgreementStatus = Object.fromEntries(AGREEMENT_STATUSES.map((status) => [status, status])) as {
  [S in (typeof AGREEMENT_STATUSES)[number]]: S;
};
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const AgreementPartyKind = {
  COUNTRY: 'COUNTRY',
  SUBNATIONAL_UNIT: 'SUBNATIONAL_UNIT',
  ORGANIZATION: 'ORGANIZATION',
} as const;
export type AgreementPartyKind = keyof typeof AgreementPartyKind;

registerEnumType(AgreementType, { name: 'AgreementType', description: 'What sort of agreement it is.' });
registerEnumType(AgreementStatus, { name: 'AgreementStatus', description: 'Where an agreement stands in its lifecycle.' });
registerEnumType(AgreementPartyKind, { name: 'AgreementPartyKind', description: 'Whether a party is a country, a province or city, or an organization.' });
