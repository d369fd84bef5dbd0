// Filter of the agreements lists, and its validation.
import { Field, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';
import { AGREEMENT_STATUSES } from '@caravan/forums';
import { AgreementStatus, AgreementType } from '../../common/graphql/enums.js';

@InputType('AgreementFilter', { description: 'Narrows an agreements list; all given conditions must hold.' })
export class AgreementFilterInput {
  @Field(() => [Int], { nullable: true, description: 'Only agreements of these edition numbers.' })
  editions?: number[] | null;

  @Field(() => [AgreementType], { nullable: true, description: 'Only agreements of these types.' })
  types?: AgreementType[] | null;

  @Field(() => [AgreementStatus], { nullable: true, description: 'Only agreements in these statuses.' })
  statuses?: AgreementStatus[] | null;

  @Field(() => String, { nullable: true, description: 'ISO country code: only agreements with a party of this country or of one of its provinces or cities.' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Track slug: only agreements of this track.' })
  track?: string | null;
}

export const ZAgreementFilter = z
  .object({
    editions: z.array(z.number().int('must be whole numbers').min(1, 'must be 1 or more')).max(50, 'may list at most 50 editions').nullish(),
    types: z.array(z.enum(Object.values(AgreementType))).nullish(),
    statuses: z.array(z.enum(AGREEMENT_STATUSES)).nullish(),
    country: z.string().trim().regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "KZ"').transform((c) => c.toUpperCase()).nullish(),
    track: z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a track slug such as "green-development"').nullish(),
  })
  .nullish();

export type AgreementFilter = NonNullable<z.infer<typeof ZAgreementFilter>>;
