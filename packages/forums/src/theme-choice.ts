// How a series' theme is chosen: a built-in preset, copied into the series so that later changes
// to the preset leave launched forums as they are, or a stored theme of the organizers' own.
import { THEME_PRESETS } from '@caravan/themes/presets';
import { ZStoredTheme, type StoredTheme } from '@caravan/themes/theme-schema';
import { THEME_KEYS, type ThemeKey } from '@caravan/themes/types';
import { z } from 'zod';

/** The series' theme: a built-in preset (copied into the series) or a theme of the organizers' own. */
export const ZThemeChoice = z
  .strictObject({
    preset: z.enum(THEME_KEYS, { error: (issue) => `"${String(issue.input)}" is not a preset; choose one of ${THEME_KEYS.join(', ')}` }).optional(),
    custom: ZStoredTheme.optional(),
  })
  .refine((choice) => (choice.preset === undefined) !== (choice.custom === undefined), {
    error: 'give either preset (a built-in theme) or custom (a theme of your own), not both',
  });
export type ThemeChoice = z.infer<typeof ZThemeChoice>;

/** The theme to store for a choice; a custom one still goes through validateTheme before it is stored. */
export function storedThemeOf(choice: ThemeChoice): StoredTheme {
  if (choice.custom) return choice.custom;
  return structuredClone(THEME_PRESETS[choice.preset as ThemeKey]);
}

