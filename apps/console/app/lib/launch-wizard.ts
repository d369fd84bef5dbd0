// The launch wizard's model: its seven steps, what each step's form holds, how a step's fields
// become the draft (a plain object the api keeps per organizer) and what the console checks
// before it saves a step. The api checks everything again when the forum is launched; this is
// only so that a mistake shows beside its field at the step where it was made.
import { isValidTimeZone, isWorldCountryCode } from '@caravan/regions';
import { COLOR_ROLES, checkThemeContrast, FONT_STACK_KEYS, MOTIF_KEYS, THEME_KEYS, THEME_PRESETS, type ColorRole, type StoredTheme, type ThemeKey } from '@caravan/themes';
import { isTrackSlug } from '@caravan/tracks/taxonomy';
import type { FieldProblem } from './form-problems.js';
import { localizedInput, slugify, textField } from './localized-input.js';

export const LAUNCH_STEPS = ['series', 'region', 'languages', 'theme', 'tracks', 'edition', 'review'] as const;
export type LaunchStep = (typeof LAUNCH_STEPS)[number];

export const isLaunchStep = (value: string): value is LaunchStep => (LAUNCH_STEPS as readonly string[]).includes(value);

export function nextStep(step: LaunchStep): LaunchStep {
  return LAUNCH_STEPS[Math.min(LAUNCH_STEPS.indexOf(step) + 1, LAUNCH_STEPS.length - 1)] as LaunchStep;
}

export function previousStep(step: LaunchStep): LaunchStep | null {
  const index = LAUNCH_STEPS.indexOf(step);
  return index > 0 ? (LAUNCH_STEPS[index - 1] as LaunchStep) : null;
}

/** Text in several languages, by language tag. */
export type Texts = Record<string, string>;

export interface ThemeChoice {
  /** A preset as it is, or 'custom': the colours, fonts and ornament below over the `base` preset. */
  preset: ThemeKey | 'custom';
  base: ThemeKey;
  colors: Record<ColorRole, string>;
  headingFont: string;
  bodyFont: string;
  motif: string;
  /** An uploaded ornament's SVG text, when given: it replaces the motif. */
  svg: string;
}

/** What the wizard has gathered so far; every step fills its own part. */
export interface LaunchDraft {
  series?: { slug: string; name: Texts; shortName: Texts; description: Texts };
  region?: { mode: 'existing' | 'new'; code: string; name: Texts; countries: string[]; partner: string };
  languages?: { working: string[]; portal: string[] };
  theme?: ThemeChoice;
  tracks?: { taxonomy: string[]; custom: { slug: string; name: Texts }[] };
  edition?: { number: string; theme: Texts; hostCity: Texts; startDate: string; endDate: string; timeZone: string; workingLanguages: string[] };
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const list = (form: FormData, name: string) => form.getAll(name).map(String).filter(Boolean);
const texts = (form: FormData, base: string): Texts => Object.fromEntries(localizedInput(form, base).map((entry) => [entry.language, entry.text]));

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const COLOR = /^#[0-9A-Fa-f]{6}$/;
/** Custom tracks one form offers at once. */
export const CUSTOM_TRACK_ROWS = 3;

export const colorField = (role: ColorRole) => `color_${role}`;

/** The theme a preset starts from, with the preset's own colours, fonts and motif. */
export function themeChoiceOf(preset: ThemeKey): ThemeChoice {
  const stored = THEME_PRESETS[preset];
  return {
    preset,
    base: preset,
    colors: { ...stored.colors },
    headingFont: stored.typography.headingFont,
    bodyFont: stored.typography.bodyFont,
    motif: stored.ornament.kind === 'motif' ? stored.ornament.motif : (MOTIF_KEYS[0] ?? ''),
    svg: '',
  };
}

/** The stored theme a choice stands for, keyed by the series slug (its shape is checked by validateTheme). */
export function storedThemeOf(choice: ThemeChoice, key: string, name: string): StoredTheme {
  const base = THEME_PRESETS[choice.preset === 'custom' ? choice.base : choice.preset];
  if (choice.preset !== 'custom') return { ...base, key: key || base.key, name: name || base.name };
  const alt = base.ornament.alt;
  return {
    schemaVersion: base.schemaVersion,
    key: key || base.key,
    name: name || base.name,
    colors: choice.colors,
    typography: { ...base.typography, headingFont: choice.headingFont as StoredTheme['typography']['headingFont'], bodyFont: choice.bodyFont as StoredTheme['typography']['bodyFont'] },
    ornament: choice.svg ? { kind: 'svg', svg: choice.svg, alt } : { kind: 'motif', motif: choice.motif as 'grid-dot', alt },
  };
}

export interface StepResult {
  draft: LaunchDraft;
  problems: FieldProblem[];
}

type Messages = Record<'required' | 'slug' | 'country' | 'date' | 'dateOrder' | 'timeZone' | 'color' | 'language' | 'track', string>;

/** Reads one step's form into the draft and checks it; `messages` words the console's own problems. */
export function readStep(step: LaunchStep, form: FormData, draft: LaunchDraft, messages: Messages): StepResult {
  const problems: FieldProblem[] = [];
  const refuse = (field: string, message: string, code = 'INVALID') => problems.push({ field, code, message });
  const requireEnglish = (base: string, values: Texts) => {
    if (!values['en']) refuse(textField(base, 'en'), messages.required, 'REQUIRED');
  };
  switch (step) {
    case 'series': {
      const name = texts(form, 'name');
      const slug = text(form, 'slug') || slugify(name['en'] ?? '');
      const series = { slug, name, shortName: texts(form, 'shortName'), description: texts(form, 'description') };
      requireEnglish('name', series.name);
      requireEnglish('shortName', series.shortName);
      requireEnglish('description', series.description);
      if (!SLUG.test(slug)) refuse('slug', messages.slug);
      return { draft: { ...draft, series }, problems };
    }
    case 'region': {
      const mode = text(form, 'mode') === 'new' ? 'new' : 'existing';
      const region = { mode, code: mode === 'new' ? text(form, 'newCode') : text(form, 'code'), name: texts(form, 'regionName'), countries: list(form, 'countries'), partner: text(form, 'partner') } as const;
      if (mode === 'existing' && !region.code) refuse('code', messages.required, 'REQUIRED');
      if (mode === 'new') {
        requireEnglish('regionName', region.name);
        if (!SLUG.test(region.code)) refuse('newCode', messages.slug);
        if (region.countries.length === 0) refuse('countries', messages.required, 'REQUIRED');
        const unknown = region.countries.filter((code) => !isWorldCountryCode(code));
        if (unknown.length > 0) refuse('countries', `${messages.country} ${unknown.join(', ')}`);
      }
      if (region.partner && !isWorldCountryCode(region.partner)) refuse('partner', messages.country);
      return { draft: { ...draft, region: { ...region, countries: [...region.countries] } }, problems };
    }
    case 'languages': {
      const languages = { working: list(form, 'working'), portal: list(form, 'portal') };
      if (languages.working.length === 0) refuse('working', messages.language, 'REQUIRED');
      if (languages.portal.length === 0) refuse('portal', messages.language, 'REQUIRED');
      return { draft: { ...draft, languages }, problems };
    }
    case 'theme': {
      const preset = text(form, 'preset');
      const base = text(form, 'base');
      const baseKey = (THEME_KEYS as readonly string[]).includes(base) ? (base as ThemeKey) : 'default';
      let theme: ThemeChoice;
      if ((THEME_KEYS as readonly string[]).includes(preset)) theme = themeChoiceOf(preset as ThemeKey);
      else {
        const colors = Object.fromEntries(COLOR_ROLES.map((role) => [role, text(form, colorField(role))])) as Record<ColorRole, string>;
        theme = { preset: 'custom', base: baseKey, colors, headingFont: text(form, 'headingFont'), bodyFont: text(form, 'bodyFont'), motif: text(form, 'motif'), svg: text(form, 'svg') };
        const bad = COLOR_ROLES.filter((role) => !COLOR.test(colors[role]));
        bad.forEach((role) => refuse(colorField(role), messages.color));
        if (bad.length === 0) for (const problem of checkThemeContrast(colors)) refuse(colorField(problem.pair.foreground as ColorRole), problem.message, problem.code);
        if (!FONT_STACK_KEYS.includes(theme.headingFont as never)) refuse('headingFont', messages.required, 'REQUIRED');
        if (!FONT_STACK_KEYS.includes(theme.bodyFont as never)) refuse('bodyFont', messages.required, 'REQUIRED');
        if (!theme.svg && !MOTIF_KEYS.includes(theme.motif as never)) refuse('motif', messages.required, 'REQUIRED');
      }
      return { draft: { ...draft, theme }, problems };
    }
    case 'tracks': {
      const taxonomy = list(form, 'taxonomy');
      const custom = Array.from({ length: CUSTOM_TRACK_ROWS }, (_, index) => {
        const name = texts(form, `track${index}`);
        return { slug: text(form, `trackSlug${index}`) || slugify(name['en'] ?? ''), name, index };
      }).filter((track) => Object.keys(track.name).length > 0);
      taxonomy.filter((slug) => !isTrackSlug(slug)).forEach(() => refuse('taxonomy', messages.track));
      for (const track of custom) {
        if (!track.name['en']) refuse(textField(`track${track.index}`, 'en'), messages.required, 'REQUIRED');
        else if (!SLUG.test(track.slug)) refuse(`trackSlug${track.index}`, messages.slug);
      }
      if (taxonomy.length + custom.length === 0) refuse('taxonomy', messages.track, 'REQUIRED');
      return { draft: { ...draft, tracks: { taxonomy, custom: custom.map(({ slug, name }) => ({ slug, name })) } }, problems };
    }
    case 'edition': {
      const edition = {
        number: text(form, 'number'),
        theme: texts(form, 'theme'),
        hostCity: texts(form, 'hostCity'),
        startDate: text(form, 'startDate'),
        endDate: text(form, 'endDate'),
        timeZone: text(form, 'timeZone'),
        workingLanguages: list(form, 'workingLanguages'),
      };
      if (!/^[1-9]\d*$/.test(edition.number)) refuse('number', messages.required, 'REQUIRED');
      requireEnglish('theme', edition.theme);
      requireEnglish('hostCity', edition.hostCity);
      for (const name of ['startDate', 'endDate'] as const) if (!DATE.test(edition[name])) refuse(name, messages.date, 'REQUIRED');
      if (DATE.test(edition.startDate) && DATE.test(edition.endDate) && edition.endDate < edition.startDate) refuse('endDate', messages.dateOrder, 'DATES_OUT_OF_ORDER');
      if (!isValidTimeZone(edition.timeZone)) refuse('timeZone', messages.timeZone, 'UNKNOWN_TIME_ZONE');
      if (edition.workingLanguages.length === 0) refuse('workingLanguages', messages.language, 'REQUIRED');
      return { draft: { ...draft, edition }, problems };
    }
    case 'review':
      return { draft, problems };
  }
}

/** The steps whose part of the draft is still missing, in order. */
export function missingSteps(draft: LaunchDraft): LaunchStep[] {
  return LAUNCH_STEPS.filter((step) => step !== 'review' && draft[step] === undefined);
}

