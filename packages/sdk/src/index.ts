// @caravan/sdk: typed client for the Caravan GraphQL api, generated from its schema.
export { createCaravanClient, DEFAULT_API_URL, type CaravanClient, type CaravanClientOptions, type SeriesListItem, type SeriesPage, type EditionPage } from './caravan-client.js';
export { CaravanApiError, type ClientErrorCode, type GraphQLErrorEntry } from './caravan-api.error.js';
export type * from './generated/graphql.js';
export type * as SchemaTypes from './generated/schema-types.js';
export { SeriesListDocument, SeriesPageDocument, EditionPageDocument } from './generated/graphql.js';
