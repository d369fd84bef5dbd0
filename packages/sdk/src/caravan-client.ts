// A small typed client over fetch: one POST per operation, typed by the generated documents.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { CaravanApiError, type GraphQLErrorEntry } from './caravan-api.error.js';
import {
  EditionPageDocument,
  SeriesListDocument,
  SeriesPageDocument,
  type EditionPageQuery,
  type SeriesListQuery,
  type SeriesPageQuery,
} from './generated/graphql.js';

export const DEFAULT_API_URL = 'http://localhost:4000/graphql';

export interface CaravanClientOptions {
  /** The api's GraphQL endpoint; defaults to http://localhost:4000/graphql. */
  url?: string;
  /** A fetch implementation (defaults to the global one), e.g. to add tracing. */
  fetch?: typeof globalThis.fetch;
  /** Extra request headers, e.g. a request id to correlate logs. */
  headers?: Record<string, string>;
  /** Abort a request after this many milliseconds (default 10 000). */
  timeoutMs?: number;
}

export type SeriesListItem = SeriesListQuery['seriesList'][number];
export type SeriesPage = NonNullable<SeriesPageQuery['series']>;
export type EditionPage = NonNullable<EditionPageQuery['edition']>;

export interface CaravanClient {
  /** Published series, by name. */
  seriesList(lang?: string): Promise<SeriesListItem[]>;
  /** One published series, or null when the slug is unknown or unpublished. */
  series(slug: string, lang?: string): Promise<SeriesPage | null>;
  /** One published edition; an unknown one is null or a CaravanApiError with code NOT_FOUND. */
  edition(series: string, number: number, lang?: string): Promise<EditionPage | null>;
  /** Runs any typed document against the api. */
  request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult>;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorEntry[];
}

function isGraphQLResponse<T>(body: unknown): body is GraphQLResponse<T> {
  return typeof body === 'object' && body !== null && ('data' in body || 'errors' in body);
}

function errorFromGraphQL(errors: readonly GraphQLErrorEntry[], status: number): CaravanApiError {
  const [first] = errors;
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'GRAPHQL_ERROR';
  const message = errors.map((e) => e.message).join('; ') || 'The api reported an error without a message.';
  return new CaravanApiError(code, message, { status, errors });
}

export function createCaravanClient(options: CaravanClientOptions = {}): CaravanClient {
  const url = options.url ?? DEFAULT_API_URL;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  // Printing once per document keeps repeated requests cheap.
  const printed = new WeakMap<object, string>();

  async function request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    let query = printed.get(document);
    if (query === undefined) {
      query = print(document);
      printed.set(document, query);
    }
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new CaravanApiError('NETWORK_ERROR', `Could not reach the Caravan API at ${url} (${reason}). Check that it is running and that the URL is right.`, { cause });
    }

    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch (cause) {
      body = undefined;
      if (response.ok) {
        throw new CaravanApiError('INVALID_RESPONSE', `The Caravan API at ${url} answered with something that is not JSON.`, { status: response.status, cause });
      }
    }
    if (isGraphQLResponse<TResult>(body) && body.errors?.length) throw errorFromGraphQL(body.errors, response.status);
    if (!response.ok) {
      throw new CaravanApiError('HTTP_ERROR', `The Caravan API at ${url} answered HTTP ${response.status} ${response.statusText}.`, { status: response.status });
    }
    if (!isGraphQLResponse<TResult>(body) || body.data == null) {
      throw new CaravanApiError('INVALID_RESPONSE', `The Caravan API at ${url} answered without data.`, { status: response.status });
    }
    return body.data;
  }

  return {
    request,
    seriesList: async (lang) => (await request(SeriesListDocument, { lang })).seriesList,
    series: async (slug, lang) => (await request(SeriesPageDocument, { slug, lang })).series,
    edition: async (series, number, lang) => (await request(EditionPageDocument, { series, number, lang })).edition,
  };
}
