// The launch wizard's way to the api: the organizer's drafts (the api keeps them per user), the
// theme check behind the live preview, and the launch itself, each one api call.
import type { LaunchForumInput, LocalizedTextInput } from '@caravan/sdk/schema-types';
import type { StoredTheme } from '@caravan/themes';
import { LaunchRegionsDocument } from '../generated/graphql.js';
import type { ConsoleLocale } from '../i18n/console-i18n.js';
import { fromApi } from './api.server.js';
import type { Organizer } from './auth.server.js';
import { LAUNCH_STEPS, storedThemeOf, type LaunchDraft, type LaunchStep, type Texts } from './launch-wizard.js';
import { variablesOf, type ThemePreview } from './theme-preview.js';

/** The address of a launch not saved yet: its first save gives it the api's id. */
export const NEW_DRAFT = 'new';

export interface DraftSummary {
  id: string;
  label: string;
  next: LaunchStep;
  updatedAt: string;
}

export async function listRegions(organizer: Organizer, locale: ConsoleLocale): Promise<{ code: string; name: string }[]> {
  const { regions } = await fromApi(() => organizer.client.request(LaunchRegionsDocument, { lang: locale }));
  return regions.map((region) => ({ code: region.code, name: region.name.text }));
}

const stepAt = (step: number): LaunchStep => LAUNCH_STEPS[Math.min(Math.max(step, 1), LAUNCH_STEPS.length) - 1] as LaunchStep;

async function drafts(organizer: Organizer) {
  return fromApi(() => organizer.client.query.launchDrafts());
}

export async function listDrafts(organizer: Organizer): Promise<DraftSummary[]> {
  return (await drafts(organizer)).map((draft) => ({
    id: draft.id,
    label: (draft.data as LaunchDraft).series?.name['en'] ?? '',
    next: stepAt(draft.step),
    updatedAt: String(draft.updatedAt),
  }));
}

/** The draft saved under `id`; an empty one for a new launch (or a draft that is not the organizer's). */
export async function loadDraft(organizer: Organizer, id: string): Promise<LaunchDraft> {
  if (id === NEW_DRAFT) return {};
  const draft = (await drafts(organizer)).find((candidate) => candidate.id === id);
  return (draft?.data as LaunchDraft | undefined) ?? {};
}

/** Saves the draft with the step to resume at; answers the draft's id (new on a first save). */
export async function saveDraft(organizer: Organizer, id: string, resumeAt: LaunchStep, data: LaunchDraft): Promise<string> {
  const saved = await organizer.client.mutation.saveLaunchDraft({
    ...(id === NEW_DRAFT ? {} : { id }),
    step: LAUNCH_STEPS.indexOf(resumeAt) + 1,
    data: data as Record<string, unknown>,
  });
  return saved.id;
}

export async function deleteDraft(organizer: Organizer, id: string): Promise<void> {
  if (id !== NEW_DRAFT) await organizer.client.mutation.deleteLaunchDraft({ id });
}

/** The api's verdict on a theme, with its CSS variables when it passes, for the preview. */
export async function previewTheme(organizer: Organizer, theme: StoredTheme): Promise<ThemePreview> {
  const validateTheme = await organizer.client.query.validateTheme({ theme: theme as unknown as Record<string, unknown> });
  return {
    variables: validateTheme.cssVariables ? variablesOf(validateTheme.cssVariables) : null,
    problems: validateTheme.problems.map((problem) => ({ path: problem.path, code: problem.code, message: problem.message })),
  };
}

const localized = (texts: Texts | undefined): LocalizedTextInput[] =>
  Object.entries(texts ?? {})
    .filter(([, text]) => text !== '')
    .map(([language, text]) => ({ language, text }));

/** The draft as launchForum takes it; a part still missing is sent empty, for the api to name. */
export function launchInput(draft: LaunchDraft): LaunchForumInput {
  const { series, region, languages, theme, tracks, edition } = draft;
  const slug = series?.slug ?? '';
  return {
    series: { slug, name: localized(series?.name), shortName: localized(series?.shortName), description: localized(series?.description), published: true },
    region: region?.mode === 'new' ? { code: region.code, name: localized(region.name), countries: region.countries } : { code: region?.code ?? '' },
    ...(region?.partner ? { partnerCountryCode: region.partner } : {}),
    workingLanguages: languages?.working ?? [],
    portalLanguages: languages?.portal ?? [],
    theme: !theme ? {} : theme.preset === 'custom' ? { custom: storedThemeOf(theme, slug, series?.name['en'] ?? '') as unknown as Record<string, unknown> } : { preset: theme.preset },
    focusTracks: [...(tracks?.taxonomy ?? []).map((taxonomySlug) => ({ slug: taxonomySlug })), ...(tracks?.custom ?? []).map((track) => ({ slug: track.slug, name: localized(track.name) }))],
    edition: {
      number: Number.parseInt(edition?.number ?? '', 10) || 0,
      theme: localized(edition?.theme),
      hostCity: localized(edition?.hostCity),
      startDate: edition?.startDate ?? '',
      endDate: edition?.endDate ?? '',
      timeZone: edition?.timeZone ?? '',
      workingLanguages: edition?.workingLanguages ?? [],
    },
  };
}

/** Launches the forum; the api's problems come back on the review with their field paths. */
export async function launchForum(organizer: Organizer, draft: LaunchDraft): Promise<{ portalUrl: string }> {
  const launched = await organizer.client.mutation.launchForum({ input: launchInput(draft) });
  return { portalUrl: launched.portalUrl };
}
