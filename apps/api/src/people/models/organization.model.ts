// GraphQL type Organization.
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganizationKind } from '../../common/graphql/enums.js';

@ObjectType('Organization', { description: 'A ministry, agency, association, university or company.' })
export class OrganizationModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'URL-friendly identifier.' })
  slug: string;

  @Field(() => OrganizationKind, { description: 'The sort of body it is.' })
  kind: OrganizationKind;
}
