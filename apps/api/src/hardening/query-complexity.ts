// Query cost limit. Each field costs 1 plus what it selects; a connection's selection counts
// once per item it may return (`first`, or the default page size), so nesting large pages is
// what gets expensive. Runs before execution with the request's variables, which a validation
// rule cannot see (Mercurius caches validation per query text).
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination/page-args.js';
import { QueryRejectedError } from './query-rejected.error.js';

/** Connections are the fields that take `first`; their items multiply the selection's cost. */
const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'first')) return undefined;
  const requested: unknown = args['first'];
  const items = typeof requested === 'number' && Number.isFinite(requested) ? Math.min(Math.max(requested, 1), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  return 1 + childComplexity * items;
};

export function queryComplexity(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
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
