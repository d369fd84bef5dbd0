// GraphQL type Organization.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganizationKind } from '../../common/graphql/enums.js';
import { LocalizedString } from '../../common/localized/localized-string.model.js';
import { connectionType } from '../../common/pagination/connection.model.js';
import type { OrganizationView } from '../people.views.js';

@ObjectType('Organization', { description: 'A ministry, agency, association, university or company.' })
export class OrganizationModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => Int, { description: 'Edit version, raised by each update. Pass it to the update mutation as expectedVersion to have a stale edit refused (STALE_EDIT).' })
  version: number;

  @Field({ description: 'URL-friendly identifier.' })
  slug: string;

  @Field(() => OrganizationKind, { description: 'The sort of body it is.' })
  kind: OrganizationKind;

  // A plain field, resolved when the row is mapped (people.views.ts).
  @Field(() => LocalizedString, { description: 'Name of the organization.' })
  name: LocalizedString;
}

export const OrganizationConnection = connectionType<OrganizationView>(OrganizationModel, 'Organization', 'organizations');
