// GraphQL type Organization.
import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OrganizationRow } from '../../common/db-rows.js';
import { OrganizationKind } from '../../common/graphql/enums.js';
import { connectionType } from '../../common/pagination/connection.model.js';

@ObjectType('Organization', { description: 'A ministry, agency, association, university or company.' })
export class OrganizationModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'URL-friendly identifier.' })
  slug: string;

  @Field(() => OrganizationKind, { description: 'The sort of body it is.' })
  kind: OrganizationKind;
}

export const OrganizationConnection = connectionType<OrganizationRow>(OrganizationModel, 'Organization', 'organizations');
