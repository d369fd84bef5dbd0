// The public view of an edition's registration: whether it is open, the privacy notice, the
// form's fields and the categories visitors may apply in, all texts in the asked language.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RegistrationOption', { description: 'One choice of a choice field.' })
export class RegistrationOptionModel {
  @Field({ description: 'The answer sent when it is chosen.' }) value!: string;
  @Field({ description: 'The label in the asked language (or its fallback).' }) label!: string;
}

@ObjectType('RegistrationField', { description: "One field of the edition's form, as the portal draws it." })
export class RegistrationFieldModel {
  @Field({ description: 'The answer key: a standard field ("email") or "custom.<name>".' })
  key!: string;

  @Field({ description: 'How it is drawn: text, textarea, latin-name, native-name, email, phone, country, language, photo, choice, date or checkbox.' })
  input!: string;

  @Field({ description: 'The label in the asked language (or its fallback).' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'Help text under the field.' })
  help!: string | null;

  @Field(() => [RegistrationOptionModel], { description: 'The choices of a choice field; empty otherwise.' })
  options!: RegistrationOptionModel[];

  @Field(() => Int, { nullable: true, description: 'Longest text answer, in characters.' })
  maxLength!: number | null;

  @Field(() => String, { nullable: true, description: 'Earliest date (YYYY-MM-DD) of a date field.' })
  min!: string | null;

  @Field(() => String, { nullable: true, description: 'Latest date (YYYY-MM-DD) of a date field.' })
  max!: string | null;

  @Field({ description: 'Whether a choice field takes several answers.' })
  multiple!: boolean;
}

@ObjectType('CategoryField', { description: "A form field as one category asks it." })
export class CategoryFieldModel {
  @Field({ description: 'The answer key of the RegistrationField.' }) key!: string;
  @Field({ description: 'Required in this category.' }) required!: boolean;
}

@ObjectType('AccreditationCategoryView', { description: 'A category visitors may apply in.' })
export class AccreditationCategoryViewModel {
  @Field({ description: 'The category slug, sent as SubmitApplicationInput.category.' }) slug!: string;
  @Field({ description: 'DELEGATION_MEMBER, HEAD_OF_DELEGATION, GOVERNMENT_OFFICIAL, BUSINESS, MEDIA, EXPERT_SPEAKER, OBSERVER or STAFF.' }) kind!: string;
  @Field({ description: 'The name in the asked language (or its fallback).' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Who the category is for, in the asked language; null when not given.' }) description!: string | null;
  @Field(() => Int, { nullable: true, description: 'Places in the category; null: unlimited.' }) capacity!: number | null;
  @Field(() => Int, { nullable: true, description: 'Places not yet approved; null: unlimited.' }) placesLeft!: number | null;
  @Field({ description: 'NEEDS_APPROVAL or AUTO_APPROVED (approved on submission while places last, then waitlisted).' }) approval!: string;
  @Field({ description: 'NONE, OPTIONAL or REQUIRED: whether a visa-support letter is offered.' }) visaSupport!: string;
  @Field(() => [CategoryFieldModel], { description: "The form's fields this category asks, in the form's order." }) fields!: CategoryFieldModel[];
}

@ObjectType('PrivacyNotice', { description: 'The privacy notice a participant accepts when applying.' })
export class PrivacyNoticeModel {
  @Field({ description: 'Stable id, sent back with the consent.' }) id!: string;
  @Field({ description: 'The version accepted, recorded with the consent.' }) version!: string;
  @Field({ description: 'The notice in the asked language (or its fallback).' }) text!: string;
}

@ObjectType('EditionRegistration', { description: "An edition's public registration: whether it is open, its privacy notice, its form and its categories." })
export class EditionRegistrationModel {
  @Field(() => ID, { description: 'The edition, sent as SubmitApplicationInput.editionId.' }) editionId!: string;
  @Field({ description: 'REGISTRATION_OPEN and inside the window.' }) open!: boolean;
  @Field(() => String, { nullable: true, description: 'ISO 8601 instant registration opens; null: while the edition is REGISTRATION_OPEN.' }) opensAt!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 8601 instant registration closes; null: while the edition is REGISTRATION_OPEN.' }) closesAt!: string | null;
  @Field(() => PrivacyNoticeModel, { description: 'The notice in force.' }) privacyNotice!: PrivacyNoticeModel;
  @Field(() => [RegistrationFieldModel], { description: "The form's fields, in order." }) fields!: RegistrationFieldModel[];
  @Field(() => [AccreditationCategoryViewModel], { description: 'The categories open to visitors.' }) categories!: AccreditationCategoryViewModel[];
}
