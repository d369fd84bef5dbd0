// GraphQL inputs of the delegation mutations; validated with ZDelegationInput and
// ZDelegationMembersInput from @caravan/forums.
import { Field, InputType, Int } from '@nestjs/graphql';
import { LocalizedTextInput } from '../../common/localized-text.input.js';

@InputType({ description: 'A member of a delegation; members are listed in protocol order.' })
export class DelegationMemberInput {
  @Field({ description: 'Slug of the person (of this series, shared, or published by another series).' })
  person: string;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Role in the delegation, e.g. en "Adviser", at least in English when given.' })
  role?: LocalizedTextInput[] | null;
}

@InputType({ description: "A country's delegation to an edition." })
export class CreateDelegationInput {
  @Field({ description: 'Catalogue country code of the delegation, e.g. KZ; one delegation per country and edition.' })
  countryCode: string;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Name when it is not simply the country, at least in English.' })
  name?: LocalizedTextInput[] | null;

  @Field(() => String, { nullable: true, description: 'Slug of the person heading the delegation.' })
  head?: string | null;

  @Field(() => Int, { description: 'Position in the protocol order, 0 or more, lowest first.' })
  protocolOrder: number;

  @Field(() => [DelegationMemberInput], { nullable: true, description: 'Members in protocol order, each person once; none when left out.' })
  members?: DelegationMemberInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Visible to visitors right away; false (a draft) when left out.' })
  published?: boolean | null;
}

@InputType({ description: 'Changes to a delegation: a field left out keeps its value; null clears name or head.' })
export class UpdateDelegationInput {
  @Field(() => String, { nullable: true, description: 'Catalogue country code, e.g. KZ; one delegation per country and edition.' })
  countryCode?: string | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Name, at least in English; null clears it.' })
  name?: LocalizedTextInput[] | null;

  @Field(() => String, { nullable: true, description: 'Slug of the person heading the delegation; null clears it.' })
  head?: string | null;

  @Field(() => Int, { nullable: true, description: 'Position in the protocol order, 0 or more.' })
  protocolOrder?: number | null;

  @Field(() => [DelegationMemberInput], { nullable: true, description: 'Members in protocol order; replaces the whole list when given.' })
  members?: DelegationMemberInput[] | null;
}
