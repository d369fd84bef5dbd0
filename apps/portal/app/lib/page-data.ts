// The data each page's query returns, named for the components that render it. The queries are
// app/graphql/*.graphql, typed by the portal's codegen from the schema the sdk publishes.
import type {
  DelegationsPageQuery,
  EditionAgreementStatsQuery,
  EditionPageQuery,
  ProgrammePageQuery,
  SeriesListQuery,
  SeriesPageQuery,
  SeriesTimelineQuery,
  SessionPageQuery,
  SpeakerPageQuery,
  SpeakersPageQuery,
  StatementsPageQuery,
} from '../generated/graphql.js';

export type { EditionFrameFragment, EditionStatus, PersonSummaryFragment, ProgrammeSessionFragment } from '../generated/graphql.js';
export type SeriesListItem = SeriesListQuery['seriesList'][number];
export type SeriesPage = NonNullable<SeriesPageQuery['series']>;
export type EditionPage = NonNullable<EditionPageQuery['edition']>;
export type ProgrammePage = NonNullable<ProgrammePageQuery['edition']>;
export type SessionPage = NonNullable<SessionPageQuery['edition']>;
export type SpeakersPage = NonNullable<SpeakersPageQuery['edition']>;
export type SpeakerPage = { edition: NonNullable<SpeakerPageQuery['edition']>; person: SpeakerPageQuery['person'] };
export type DelegationsPage = NonNullable<DelegationsPageQuery['edition']>;
export type StatementsPage = NonNullable<StatementsPageQuery['edition']>;
export type EditionParticipation = SeriesTimelineQuery['participationStats'][number];
export type AgreementTotal = EditionAgreementStatsQuery['agreementStats']['total'];
