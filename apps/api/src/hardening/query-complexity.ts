// Query cost limit. Each field costs 1 plus what it selects; a connection's selection counts
// once per item it may return (`first`, or the default page size), and so does a plain list's
// (its `first` or `limit` argument, or LIST_ITEMS), so nesting lists is what gets expensive: the
// graph is cyclic (session -> speaker -> person -> sessions), and counting a list once would let
// a small query ask for a response many times its cost. Runs before execution with the request's
// variables, which a validation rule cannot see (Mercurius caches validation per query text).
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { getNullableType, GraphQLList, type DocumentNode, type GraphQLSchema } from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination/page-args.js';
import { QueryRejectedError } from './query-rejected.error.js';

/** What a plain list without a size argument is assumed to hold (a programme's sessions, a session's speakers). */
export const LIST_ITEMS = 10;

const requestedItems = (requested: unknown, fallback: number): number =>
  typeof requested === 'number' && Number.isFinite(requested) ? Math.min(Math.max(requested, 1), MAX_PAGE_SIZE) : fallback;

/** Connections are the fields that take `first`; their items multiply the selection's cost. */
const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'first')) return undefined;
  return 1 + childComplexity * requestedItems(args['first'], DEFAULT_PAGE_SIZE);
};

/**
 * Plain lists multiply their selection too; the lists inside a connection (`edges`) do not, as
 * the connection has already counted its items.
 */
const listEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (!(getNullableType(field.type) instanceof GraphQLList)) return undefined;
  if (type.name.endsWith('Connection')) return 1 + childComplexity;
  return 1 + childComplexity * requestedItems(args['limit'], LIST_ITEMS);
};

export function queryComplexity(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    estimators: [connectionEstimator, listEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** Throws QUERY_TOO_COMPLEX naming the limit when the query costs more than `limit`. */
export function assertComplexity(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, limit: number): void {
  const cost = queryComplexity(schema, document, variables);
  if (cost > limit) {
    throw new QueryRejectedError(
      'QUERY_TOO_COMPLEX',
      `The query costs ${cost}, more than the limit of ${limit}. Ask for smaller pages (first) or fewer nested lists, or split the query.`,
      limit,
      cost,
    );
  }
}
