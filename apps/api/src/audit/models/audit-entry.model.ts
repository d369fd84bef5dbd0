// GraphQL types of the audit trail: entries and their cursor-paginated connection.
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditActor', { description: 'The organizer who made a change.' })
export class AuditActorModel {
  @Field(() => ID, { description: 'Id of the organizer account.' })
  id: string;

  @Field({ description: 'Email the organizer signs in with.' })
  email: string;

  @Field({ description: 'Name shown to other organizers.' })
  displayName: string;
}

@ObjectType('AuditEntry', { description: 'One recorded change: who did what to which record, and the record before and after.' })
export class AuditEntryModel {
  @Field(() => ID, { description: 'Id of the audit entry.' })
  id: string;

  @Field({ description: 'create, update, publish, unpublish, delete, grant or revoke.' })
  action: string;

  @Field({ description: 'Kind of record changed, e.g. RoleGrant, Session, User.' })
  entityType: string;

  @Field(() => ID, { description: 'Id of the record changed.' })
  entityId: string;

  @Field(() => ID, { nullable: true, description: 'The edition the change belongs to, if any.' })
  editionId: string | null;

  @Field({ description: 'When the change was committed, ISO 8601 in UTC.' })
  at: string;

  @Field(() => String, { nullable: true, description: 'The record before the change, as JSON text; null for creations.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The record after the change, as JSON text; null for deletions.' })
  after: string | null;

  @Field({
    description:
      'True when before and after are withheld (null) from this reader: they show a confidential or unpublished agreement, which needs the agreement.read-confidential permission (series admins and programme editors of its series or edition).',
  })
  withheld: boolean;

  /** Not a GraphQL field: resolved to `actor` through a DataLoader. */
  actorId: string | null;
}

@ObjectType('AuditEntryEdge', { description: 'One audit entry with its cursor.' })
export class AuditEntryEdgeModel {
  @Field({ description: 'Pass as `after` to continue behind this entry.' })
  cursor: string;

  @Field(() => AuditEntryModel, { description: 'The audit entry.' })
  node: AuditEntryModel;
}

@ObjectType('AuditPageInfo', { description: 'Where this page of the audit trail ends.' })
export class AuditPageInfoModel {
  @Field({ description: 'True when older entries follow.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on an empty page.' })
  endCursor: string | null;
}

@ObjectType('AuditEntryConnection', { description: 'A page of the audit trail, newest first.' })
export class AuditEntryConnectionModel {
  @Field(() => [AuditEntryEdgeModel], { description: 'The entries of this page, newest first.' })
  edges: AuditEntryEdgeModel[];

  @Field(() => AuditPageInfoModel, { description: 'Paging information.' })
  pageInfo: AuditPageInfoModel;
}
