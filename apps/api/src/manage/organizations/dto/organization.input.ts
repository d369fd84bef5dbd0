// GraphQL inputs of the organization mutations; validated with ZOrganizationInput from @caravan/forums.
import { Field, InputType } from '@nestjs/graphql';
import { OrganizationKind } from '../../../common/graphql/enums.js';
import { LocalizedTextInput } from '../../common/localized-text.input.js';

@InputType({ description: 'A new organization (ministry, agency, association, university, company), owned by the series that creates it.' })
export class CreateOrganizationInput {
  @Field({ description: 'URL slug, lower-case kebab-case, unique on the platform, e.g. ministry-of-trade-kz. Cannot be changed later.' })
  slug: string;

  @Field(() => [LocalizedTextInput], { description: 'Name, at least in English.' })
  name: LocalizedTextInput[];

  @Field(() => OrganizationKind, { description: 'The sort of body it is.' })
  kind: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of its home country, e.g. KZ; none for international bodies.' })
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Website, an http(s) URL.' })
  website?: string | null;
}

@InputType({ description: 'Changes to an organization: a field left out keeps its value; null clears countryCode or website.' })
export class UpdateOrganizationInput {
  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Name, at least in English (replaces all languages).' })
  name?: LocalizedTextInput[] | null;

  @Field(() => OrganizationKind, { nullable: true, description: 'The sort of body it is.' })
  kind?: OrganizationKind | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of its home country; null clears it.' })
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Website, an http(s) URL; null clears it.' })
  website?: string | null;
}
