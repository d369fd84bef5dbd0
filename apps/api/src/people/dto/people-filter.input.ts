// Filters of the people and organizations lists, and their validation.
import { Field, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { OrganizationKind } from '../../common/graphql/enums.js';

const ZCountry = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "KZ"')
  .transform((c) => c.toUpperCase());
const ZSlug = z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug such as "kz-embassy-china"');

@InputType('PeopleFilter', { description: 'Narrows the people list; all given conditions must hold.' })
export class PeopleFilterInput {
  @Field(() => String, { nullable: true, description: 'ISO code of the country the person represents.' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Slug of the organization the person represents.' })
  organization?: string | null;
}

@InputType('OrganizationFilter', { description: 'Narrows the organizations list; all given conditions must hold.' })
export class OrganizationFilterInput {
  @Field(() => OrganizationKind, { nullable: true, description: 'Only organizations of this kind.' })
  kind?: OrganizationKind | null;

  @Field(() => String, { nullable: true, description: 'ISO code of the home country.' })
  country?: string | null;
}

export const ZPeopleFilter = z.object({ country: ZCountry.nullish(), organization: ZSlug.nullish() }).nullish();
export type PeopleFilter = NonNullable<z.infer<typeof ZPeopleFilter>>;

export const ZOrganizationFilter = z.object({ kind: z.enum(Object.values(OrganizationKind)).nullish(), country: ZCountry.nullish() }).nullish();
export type OrganizationFilter = NonNullable<z.infer<typeof ZOrganizationFilter>>;
