// The portal's only way to the api: one sdk client running the portal's page queries, and the
// translation of its failures into HTTP answers the error boundary can explain (404 for unknown
// pages, 503 when the api is away).
import { CaravanApiError, createCaravanClient } from '@caravan/sdk';
import { data } from '@remix-run/node';
import {
  DelegationsPageDocument,
  EditionAgreementStatsDocument,
  EditionPageDocument,
  ProgrammePageDocument,
  SeriesListDocument,
  SeriesPageDocument,
  SeriesTimelineDocument,
  SessionPageDocument,
  SpeakerPageDocument,
  SpeakersPageDocument,
  StatementsPageDocument,
  type SessionKind,
} from '../generated/graphql.js';
import { config } from './config.server.js';
import type {
  AgreementTotal,
  DelegationsPage,
  EditionPage,
  EditionParticipation,
  ProgrammePage,
  SeriesListItem,
  SeriesPage,
  SessionPage,
  SpeakerPage,
  SpeakersPage,
  StatementsPage,
} from './page-data.js';
import type { PageError } from './page-error.js';

const caravan = createCaravanClient({ url: config.apiUrl, timeoutMs: 8_000 });

export const pages = {
  /** Published series, by name. */
  seriesList: async (lang: string): Promise<SeriesListItem[]> => (await caravan.request(SeriesListDocument, { lang })).seriesList,
  /** One published series, or null when the slug is unknown or unpublished. */
  series: async (slug: string, lang: string): Promise<SeriesPage | null> => (await caravan.request(SeriesPageDocument, { slug, lang })).series,
  /** One published edition; an unknown one is null or a CaravanApiError with code NOT_FOUND. */
  edition: async (series: string, number: number, lang: string): Promise<EditionPage | null> =>
    (await caravan.request(EditionPageDocument, { series, number, lang })).edition,
  /** The programme with the sessions that pass every filter given. */
  programme: async (series: string, number: number, lang: string, filters: ProgrammeQueryFilters): Promise<ProgrammePage | null> =>
    (await caravan.request(ProgrammePageDocument, { series, number, lang, day: null, track: null, language: null, room: null, kind: null, ...filters })).edition,
  session: async (series: string, number: number, lang: string): Promise<SessionPage | null> => (await caravan.request(SessionPageDocument, { series, number, lang })).edition,
  speakers: async (series: string, number: number, lang: string): Promise<SpeakersPage | null> => (await caravan.request(SpeakersPageDocument, { series, number, lang })).edition,
  speaker: async (series: string, number: number, slug: string, lang: string): Promise<SpeakerPage | null> => {
    const { edition, person } = await caravan.request(SpeakerPageDocument, { series, number, slug, lang });
    return edition ? { edition, person } : null;
  },
  delegations: async (series: string, number: number, lang: string): Promise<DelegationsPage | null> =>
    (await caravan.request(DelegationsPageDocument, { series, number, lang })).edition,
  statements: async (series: string, number: number, lang: string): Promise<StatementsPage | null> =>
    (await caravan.request(StatementsPageDocument, { series, number, lang })).edition,
  /** Participation figures of each published edition of a series. */
  participation: async (series: string): Promise<EditionParticipation[]> => (await caravan.request(SeriesTimelineDocument, { slug: series })).participationStats,
  /** An edition's agreement count and disclosed values (never confidential ones). */
  agreementTotal: async (series: string, number: number): Promise<AgreementTotal> =>
    (await caravan.request(EditionAgreementStatsDocument, { slug: series, number })).agreementStats.total,
};

export interface ProgrammeQueryFilters {
  day?: string;
  track?: string;
  language?: string;
  room?: string;
  kind?: SessionKind;
}

export function notFound(): never {
  throw data<PageError>({ code: 'NOT_FOUND' }, { status: 404 });
}

/** Runs an api call: NOT_FOUND becomes a 404 page, an unreachable api a 503, other api errors a 502. */
export async function fromApi<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof CaravanApiError) {
      // The api answers some unknown addresses with a NOT_FOUND error rather than null.
      if (error.code === 'NOT_FOUND') notFound();
      console.error(`[portal] api call failed: ${error.code}: ${error.message}`);
      const unavailable = error.isUnavailable || error.code === 'UNAVAILABLE';
      throw data<PageError>({ code: unavailable ? 'API_UNAVAILABLE' : 'API_ERROR', detail: error.code }, { status: unavailable ? 503 : 502 });
    }
    throw error;
  }
}
