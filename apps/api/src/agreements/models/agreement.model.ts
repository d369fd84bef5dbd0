// GraphQL types Agreement, AgreementParty, AgreementMilestone and Money.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgreementPartyKind, AgreementStatus, AgreementType } from '../../common/graphql/enums.js';
import { LocalizedString } from '../../common/localized/localized-string.model.js';
import { connectionType } from '../../common/pagination/connection.model.js';
import type { AgreementView } from '../agreements.views.js';

@ObjectType('Money', { description: 'An amount of money in one currency.' })
export class MoneyModel {
  @Field({ description: 'Decimal amount as a string (no rounding through floating point), e.g. "1250000000.00".' })
  amount: string;

  @Field({ description: 'ISO 4217 currency code, e.g. CNY.' })
  currency: string;
}

@ObjectType('Agreement', { description: 'An agreement or cooperation project signed or announced at an edition.' })
export class AgreementModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => Int, { description: 'Edit version, raised by each update. Pass it to the update mutation as expectedVersion to have a stale edit refused (STALE_EDIT).' })
  version: number;

  @Field({ description: 'URL-friendly identifier, unique within the edition.' })
  slug: string;

  @Field(() => AgreementType, { description: 'What sort of agreement it is.' })
  type: AgreementType;

  @Field(() => AgreementStatus, { description: 'Where it stands now.' })
  status: AgreementStatus;

  @Field({ description: 'True when the parties did not disclose the value; `value` is then null.' })
  confidential: boolean;

  @Field({ description: 'True for invented demo detail rather than a reported fact.' })
  isDemo: boolean;

  // Plain fields, worked out with the view (agreements.views.ts).
  @Field(() => LocalizedString, { description: 'Title of the agreement.' })
  title: LocalizedString;

  @Field(() => LocalizedString, { nullable: true, description: 'What the agreement provides for.' })
  summary: LocalizedString | null;

  @Field(() => MoneyModel, { nullable: true, description: 'Disclosed value; null when confidential or not reported.' })
  value: MoneyModel | null;

  @Field(() => String, { nullable: true, description: 'Signing date, YYYY-MM-DD.' })
  signedOn: string | null;
}

@ObjectType('AgreementParty', { description: 'A signatory of an agreement: a country, a province or city, or an organization.' })
export class AgreementPartyModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => AgreementPartyKind, { description: 'Which of country, subnationalUnit or organization is set.' })
  kind: AgreementPartyKind;
}

@ObjectType('AgreementMilestone', { description: 'A reported step in the life of an agreement.' })
export class AgreementMilestoneModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => AgreementStatus, { description: 'The status the agreement reached.' })
  status: AgreementStatus;

  @Field({ description: 'Date of the step, YYYY-MM-DD.' })
  date: string;

  @Field(() => LocalizedString, { nullable: true, description: 'What happened.' })
  note: LocalizedString | null;
}

export const AgreementConnection = connectionType<AgreementView>(AgreementModel, 'Agreement', 'agreements');
