// What organizers get when they invite a delegation, and what the link's holder sees.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AccreditationKind, ApplicationStatus } from '../../../common/graphql/enums.js';

@ObjectType('DelegationInvitationLink', { description: 'A new invitation: its link is shown this once (only a hash of its token is kept).' })
export class DelegationInvitationLinkModel {
  @Field(() => ID, { description: 'Id of the invitation; pass it to revokeDelegationInvitation.' })
  id: string;

  @Field({ description: 'The portal address the delegation registers its members at.' })
  url: string;

  @Field({ description: 'When the link stops working (ISO 8601).' })
  expiresAt: string;
}

@ObjectType('DelegationMemberView', { description: 'A member the delegation has registered.' })
export class DelegationMemberViewModel {
  @Field({ description: 'The application reference.' })
  reference: string;

  @Field({ description: 'Given and family name.' })
  name: string;

  @Field(() => ApplicationStatus, { description: 'Where the application stands.' })
  status: ApplicationStatus;
}

@ObjectType('DelegationCategoryView', { description: 'A category the delegation may register its members in.' })
export class DelegationCategoryViewModel {
  @Field({ description: 'Slug of the category; pass it to registerDelegationMember.' })
  slug: string;

  @Field(() => AccreditationKind, { description: 'The sort of category.' })
  kind: AccreditationKind;

  @Field({ description: 'Its name in the language asked for.' })
  name: string;
}

@ObjectType('DelegationInvitationView', { description: 'What an invitation link opens: the delegation, its quota and the members registered so far.' })
export class DelegationInvitationViewModel {
  @Field({ description: 'Name of the delegation (its country, when it has no name of its own).' })
  delegationName: string;

  @Field(() => String, { nullable: true, description: 'Country of the delegation, ISO 3166-1 alpha-2.' })
  countryCode: string | null;

  @Field({ description: 'Name of the edition.' })
  editionName: string;

  @Field({ description: 'Slug of the series.' })
  seriesSlug: string;

  @Field(() => Int, { description: 'Number of the edition.' })
  editionNumber: number;

  @Field(() => Int, { nullable: true, description: 'How many members the delegation may register; null for no limit.' })
  quota: number | null;

  @Field(() => Int, { description: 'How many members are registered (withdrawn and cancelled ones do not count).' })
  registeredCount: number;

  @Field({ description: 'When the link stops working (ISO 8601).' })
  expiresAt: string;

  @Field(() => [DelegationMemberViewModel], { description: 'The members registered so far.' })
  members: DelegationMemberViewModel[];

  @Field(() => [DelegationCategoryViewModel], { description: 'The categories members may be registered in.' })
  categories: DelegationCategoryViewModel[];
}
