// The theme a series stores, from what an organizer chose: a preset is copied in, a custom theme
// passes validateTheme of @caravan/themes (schema, SVG sanitiser, WCAG AA contrast) and is stored
// in its sanitised form. Every problem becomes a field problem under the input's theme field, so
// a contrast failure is named beside theme.custom.colors.<role> with the failing pair.
import { storedThemeOf, type ThemeChoice } from '@caravan/forums';
import type { StoredTheme } from '@caravan/themes';
import { validateTheme } from '@caravan/themes/validate-theme';
import { badInput } from '../../common/errors/app-error.js';
import { Field, InputType } from '@nestjs/graphql';
import { JSONObjectScalar } from '../../common/graphql/json.scalar.js';

@InputType('ThemeChoiceInput', { description: 'A theme for a series: a preset key, or a custom theme; give exactly one.' })
export class ThemeChoiceInput {
  @Field(() => String, { nullable: true, description: 'Key of a built-in preset (default, central-asia, south-caucasus); copied into the series.' })
  preset?: string | null;

  @Field(() => JSONObjectScalar, {
    nullable: true,
    description: 'A theme of your own in the stored-theme shape of @caravan/themes (schemaVersion, key, name, colors, typography, ornament); validateTheme checks it first.',
  })
  custom?: Record<string, unknown> | null;
}

/** What the client sent, as ZThemeChoice takes it (nulls left out; the custom theme passed as sent). */
export function themeChoiceOf(input: ThemeChoiceInput | null | undefined): Record<string, unknown> | undefined {
  if (input == null) return undefined;
  return { ...(input.preset != null ? { preset: input.preset } : {}), ...(input.custom != null ? { custom: input.custom } : {}) };
}

/** The theme to store; BAD_USER_INPUT naming `${field}.custom.<path>` for each problem. */
export function themeToStore(choice: ThemeChoice, field: string): StoredTheme {
  const result = validateTheme(storedThemeOf(choice));
  if (result.ok) return result.theme;
  const under = choice.custom ? `${field}.custom` : `${field}.preset`;
  throw badInput(result.problems.map((problem) => ({ field: problem.path ? `${under}.${problem.path}` : under, reason: problem.message })));
}
