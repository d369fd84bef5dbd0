// GraphQL type RoleGrant: one role an organizer holds in a series or one of its editions.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganizerRole } from '../../common/graphql/enums.js';

@ObjectType('RoleGrant', { description: 'A role held by an organizer, for a whole series or one edition of it.' })
export class RoleGrantModel {
  @Field(() => ID, { description: 'Stable id; pass it to revokeRole.' })
  id: string;

  @Field(() => OrganizerRole, { description: 'The role granted.' })
  role: OrganizerRole;

  @Field({ description: 'Slug of the series the role applies to.' })
  seriesSlug: string;

  @Field(() => Int, { nullable: true, description: 'The edition the role is limited to; null for the whole series.' })
  editionNumber: number | null;

  @Field({ description: 'When the role was granted, ISO 8601 in UTC.' })
  grantedAt: string;
}
