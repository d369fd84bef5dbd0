// The data each page's query returns, named for the components that render it. The queries are
// app/graphql/*.graphql, typed by the portal's codegen from the schema the sdk publishes.
import type { EditionPageQuery, SeriesListQuery, SeriesPageQuery } from '../generated/graphql.js';

export type { EditionStatus, PersonSummaryFragment } from '../generated/graphql.js';
export type SeriesListItem = SeriesListQuery['seriesList'][number];
export type SeriesPage = NonNullable<SeriesPageQuery['series']>;
export type EditionPage = NonNullable<EditionPageQuery['edition']>;
