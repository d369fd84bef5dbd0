// GraphQL inputs of the agreement mutations; validated with ZAgreementInput and
// ZAgreementMilestoneInput from @caravan/forums.
import { Field, Float, InputType } from '@nestjs/graphql';
import { AgreementStatus, AgreementType } from '../../../agreements/models/agreement-enums.js';
import { LocalizedTextInput } from '../../common/localized-text.input.js';

@InputType({ description: 'A signatory of an agreement: give exactly one of countryCode, subdivisionId or organization.' })
export class AgreementPartyInput {
  @Field(() => String, { nullable: true, description: 'Catalogue country code, e.g. UZ.' })
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Id of a catalogue province, region, city or district, e.g. CN-NX (the only kind of party of a SISTER_CITY agreement).' })
  subdivisionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Slug of an organization.' })
  organization?: string | null;
}

@InputType({ description: 'An agreement or cooperation project signed or announced at an edition.' })
export class CreateAgreementInput {
  @Field({ description: 'URL slug, lower-case kebab-case, unique within the edition. Cannot be changed later.' })
  slug: string;

  @Field(() => [LocalizedTextInput], { description: 'Title, at least in English.' })
  title: LocalizedTextInput[];

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'What it provides for, at least in English when given.' })
  summary?: LocalizedTextInput[] | null;

  @Field(() => AgreementType, { description: 'What sort of agreement it is.' })
  type: AgreementType;

  @Field(() => AgreementStatus, { nullable: true, description: 'Where it stands at the forum; PROPOSED when left out. Later steps go through transitionAgreement.' })
  status?: AgreementStatus | null;

  @Field(() => String, { nullable: true, description: 'Slug of the track of this edition it belongs to.' })
  trackSlug?: string | null;

  @Field(() => String, { nullable: true, description: 'Slug of the session of this edition where it was signed, e.g. signing-ceremony.' })
  sessionSlug?: string | null;

  @Field(() => [AgreementPartyInput], { description: 'Signatories in the order the agreement names them; at least two.' })
  parties: AgreementPartyInput[];

  @Field(() => Float, { nullable: true, description: 'Value, 0 or more, with at most 2 decimals; needs currency.' })
  valueAmount?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code of the value, e.g. CNY.' })
  currency?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the parties did not disclose the value: it never reaches public figures. False when left out.' })
  confidential?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Signing date, YYYY-MM-DD.' })
  signedOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True for invented demo detail rather than a reported fact. False when left out.' })
  isDemo?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Visible to visitors right away; false (a draft) when left out.' })
  published?: boolean | null;
}

@InputType({ description: 'Changes to an agreement: a field left out keeps its value; null clears summary, track, session, value and signedOn. The status changes through transitionAgreement.' })
export class UpdateAgreementInput {
  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Title, at least in English (replaces all languages).' })
  title?: LocalizedTextInput[] | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'What it provides for; null clears it.' })
  summary?: LocalizedTextInput[] | null;

  @Field(() => AgreementType, { nullable: true, description: 'What sort of agreement it is.' })
  type?: AgreementType | null;

  @Field(() => String, { nullable: true, description: 'Slug of the track of its edition; null clears it.' })
  trackSlug?: string | null;

  @Field(() => String, { nullable: true, description: 'Slug of the session of its edition; null clears it.' })
  sessionSlug?: string | null;

  @Field(() => [AgreementPartyInput], { nullable: true, description: 'Signatories in order, at least two (replaces the list).' })
  parties?: AgreementPartyInput[] | null;

  @Field(() => Float, { nullable: true, description: 'Value, 0 or more; null clears it (and needs no currency).' })
  valueAmount?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code of the value; null clears it.' })
  currency?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the value is not disclosed.' })
  confidential?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Signing date, YYYY-MM-DD; null clears it.' })
  signedOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True for invented demo detail.' })
  isDemo?: boolean | null;
}
