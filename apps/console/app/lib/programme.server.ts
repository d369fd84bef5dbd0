// The programme editor's data: an edition's days, rooms, tracks and sessions, worded for the
// page's language on the server, and the session form's input as the api takes it.
import type { CreateSessionInput, SessionKind, UpdateSessionInput } from '@caravan/sdk/schema-types';
import { ProgrammeEditorDocument, SessionTitlesDocument, type ProgrammeEditorQuery } from '../generated/graphql.js';
import { CONSOLE_LOCALES, type ConsoleLocale } from '../i18n/console-i18n.js';
import { fromApi, notFound } from './api.server.js';
import type { Organizer } from './auth.server.js';
import { formatDay, formatShortDay, intlLocale } from './format.server.js';
import { localizedFieldMap, localizedInput, slugify } from './localized-input.js';
import { editionDays } from './programme-grid.js';
import { SESSION_KINDS, type ProgrammeChoices } from './programme-vocabulary.js';

export type EditorEdition = NonNullable<ProgrammeEditorQuery['edition']>;


export async function loadEdition(organizer: Organizer, series: string, number: number, locale: ConsoleLocale): Promise<EditorEdition> {
  const { edition } = await fromApi(() => organizer.client.request(ProgrammeEditorDocument, { series, number, lang: locale }));
  if (!edition) notFound(`Edition ${number} of ${series}`);
  return edition;
}

export function programmeChoices(edition: EditorEdition, locale: ConsoleLocale): ProgrammeChoices {
  const names = new Intl.DisplayNames([intlLocale(locale)], { type: 'language', fallback: 'code' });
  return {
    days: editionDays(edition.startDate, edition.endDate).map((date) => ({ value: date, label: formatShortDay(date, locale), heading: formatDay(date, locale) })),
    rooms: edition.rooms.map((room) => ({ value: room.id, label: `${room.name.text} — ${room.venueName.text}` })),
    tracks: edition.tracks.map((track) => ({ value: track.slug, label: track.name.text })),
    languages: edition.workingLanguages.map((code) => ({ value: code, label: names.of(code) ?? code })),
  };
}

/** Every language version of a session's title the api holds, by console language. */
export async function sessionTitles(organizer: Organizer, series: string, number: number, sessionId: string): Promise<Partial<Record<ConsoleLocale, string>>> {
  const versions = await Promise.all(
    CONSOLE_LOCALES.map(async (lang) => {
      const { edition } = await fromApi(() => organizer.client.request(SessionTitlesDocument, { series, number, lang }));
      const title = edition?.sessions.find((session) => session.id === sessionId)?.title;
      // A fallback is another language's text: that version does not exist.
      return [lang, title && !title.fallback ? title.text : undefined] as const;
    }),
  );
  return Object.fromEntries(versions.filter(([, text]) => text !== undefined));
}

/** Where the api's session arguments show on the session form. */
export function sessionFieldMap(form: FormData): Record<string, string> {
  return {
    ...localizedFieldMap(form, 'title'),
    slug: 'slug',
    kind: 'kind',
    date: 'date',
    startTime: 'startTime',
    startsAt: 'startTime',
    endTime: 'endTime',
    endsAt: 'endTime',
    roomId: 'roomId',
    trackSlug: 'trackSlug',
    languages: 'languages',
    speakers: 'speakers',
  };
}

const isKind = (value: string): value is SessionKind => (SESSION_KINDS as readonly string[]).includes(value);

export function sessionInput(form: FormData): UpdateSessionInput & Pick<CreateSessionInput, 'slug' | 'kind' | 'date' | 'startTime' | 'endTime' | 'title' | 'languages'> {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const title = localizedInput(form, 'title');
  const kind = text('kind');
  const roomId = text('roomId');
  const trackSlug = text('trackSlug');
  return {
    title,
    slug: text('slug') || slugify(title.find((entry) => entry.language === 'en')?.text ?? ''),
    kind: isKind(kind) ? kind : 'PANEL',
    date: text('date'),
    startTime: text('startTime'),
    endTime: text('endTime'),
    languages: form.getAll('languages').map(String),
    ...(roomId ? { roomId } : {}),
    ...(trackSlug ? { trackSlug } : {}),
  };
}
