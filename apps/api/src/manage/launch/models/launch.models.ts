// GraphQL types of the launch: what launchForum answers, what validateTheme reports, and a saved
// wizard draft.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONObjectScalar } from '../../../common/graphql/json.scalar.js';

@ObjectType('LaunchedForum', { description: 'A series launched with its first edition.' })
export class LaunchedForumModel {
  @Field({ description: 'Slug of the new series.' })
  seriesSlug: string;

  @Field(() => Int, { description: 'Number of its first edition.' })
  editionNumber: number;

  @Field({ description: "The first edition's page on the portal (shown to visitors once published)." })
  portalUrl: string;

  @Field(() => [String], { description: 'Countries the launch added to the catalogue, from CLDR data.' })
  addedCountryCodes: string[];
}

@ObjectType('ThemeProblem', { description: 'One thing wrong with a theme, beside its field.' })
export class ThemeProblemModel {
  @Field({ description: 'INVALID_FIELD, LOW_CONTRAST or an SVG_* code of the ornament sanitiser.' })
  code: string;

  @Field({ description: 'Dotted path of the field in the stored-theme shape, e.g. colors.muted or ornament.svg.' })
  path: string;

  @Field({ description: 'What is wrong and what to do; a contrast failure names the pair, both colours and the ratio.' })
  message: string;

  @Field(() => String, { nullable: true, description: 'For LOW_CONTRAST: the foreground role of the failing pair.' })
  foreground: string | null;

  @Field(() => String, { nullable: true, description: 'For LOW_CONTRAST: the background role of the failing pair.' })
  background: string | null;
}

@ObjectType('ThemeValidation', { description: 'What validateTheme found: problems, or the CSS variables of the theme for a live preview.' })
export class ThemeValidationModel {
  @Field({ description: 'True when the theme can be stored.' })
  ok: boolean;

  @Field(() => [ThemeProblemModel], { description: 'Every problem at once; empty when ok.' })
  problems: ThemeProblemModel[];

  @Field(() => String, { nullable: true, description: 'CSS custom property declarations for `:root { ... }`; null when the theme is not ok.' })
  cssVariables: string | null;

  @Field(() => JSONObjectScalar, { nullable: true, description: 'The theme as it would be stored (an uploaded SVG in its sanitised form); null when not ok.' })
  theme: Record<string, unknown> | null;
}

@ObjectType('LaunchDraft', { description: "A half-finished launch, kept for the user who saved it." })
export class LaunchDraftModel {
  @Field(() => ID, { description: 'Stable id; pass it to saveLaunchDraft to save over it.' })
  id: string;

  @Field(() => Int, { description: 'The wizard step the user reached.' })
  step: number;

  @Field(() => JSONObjectScalar, { description: 'What the wizard holds so far, as the client saved it (not validated until launch).' })
  data: Record<string, unknown>;

  @Field({ description: 'Last save.' })
  updatedAt: Date;
}

@ObjectType('ClonedEdition', { description: 'An edition copied from another, shifted to its new dates.' })
export class ClonedEditionModel {
  @Field({ description: 'Series slug.' })
  seriesSlug: string;

  @Field(() => Int, { description: 'Number of the new edition.' })
  number: number;

  @Field(() => Int, { description: 'Tracks copied.' })
  tracks: number;

  @Field(() => Int, { description: 'Venues copied.' })
  venues: number;

  @Field(() => Int, { description: 'Rooms copied.' })
  rooms: number;

  @Field(() => Int, { description: 'Accreditation categories copied.' })
  accreditationCategories: number;

  @Field({ description: 'Whether the registration setup (form, notice, quotas) was copied.' })
  registrationSetup: boolean;

  @Field(() => Int, { description: 'Sessions copied (the skeleton: no speakers, unpublished); 0 unless withSessions.' })
  sessions: number;
}
