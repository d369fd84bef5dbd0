// What the participant sees through their magic link.
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar as GraphQLJSON } from '../../common/graphql/json.scalar.js';
import { ApplicationStatusEnum } from './application-status.enum.js';

@ObjectType('ApplicationStatusChange', { description: 'One step of an application through its lifecycle.' })
export class ApplicationStatusChangeModel {
  @Field(() => ApplicationStatusEnum, { description: 'The status it moved to.' }) status!: string;
  @Field({ description: 'ISO 8601 instant.' }) at!: string;
  @Field(() => String, { nullable: true, description: 'The reason given to the participant, if any.' }) reason!: string | null;
}

@ObjectType('ApplicationView', { description: "A participant's own application, as its magic link shows it." })
export class ApplicationViewModel {
  @Field({ description: 'The reference the participant was given, e.g. CCA12-7KQ3-M2XD.' }) reference!: string;
  @Field(() => Int, { description: 'Counts changes; send it as expectedVersion to updateMyApplication.' }) version!: number;
  @Field(() => ApplicationStatusEnum, { description: 'Where the application stands.' }) status!: string;
  @Field({ description: 'The category slug.' }) category!: string;
  @Field({ description: 'The category name in the asked language.' }) categoryName!: string;
  @Field(() => GraphQLJSON, { description: 'The answers as recorded.' }) answers!: unknown;
  @Field({ description: 'A draft: updateMyApplication may change and submit it.' }) editable!: boolean;
  @Field({ description: 'withdrawMyApplication may withdraw it.' }) withdrawable!: boolean;
  @Field({ description: 'Slug of the series of the edition applied to.' }) seriesSlug!: string;
  @Field(() => Int, { description: 'Number of the edition applied to.' }) editionNumber!: number;
  @Field({ description: "The edition's theme in the asked language." }) editionName!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startDate!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) endDate!: string | null;
  @Field(() => [ApplicationStatusChangeModel], { description: 'Status changes, oldest first.' }) history!: ApplicationStatusChangeModel[];
}
