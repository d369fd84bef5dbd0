// An error that rejects a whole query before execution. Its shape matches Mercurius' own
// validation error (inner GraphQL errors plus a status), so the shared formatter answers 400
// and keeps each inner error's code.
import { GraphQLError } from 'graphql';

export type QueryRejectionCode = 'QUERY_TOO_DEEP' | 'QUERY_TOO_COMPLEX' | 'QUERY_TOO_WIDE';

export class QueryRejectedError extends Error {
  override readonly name = 'QueryRejectedError';
  readonly statusCode = 400;
  readonly errors: GraphQLError[];

  constructor(code: QueryRejectionCode, message: string, limit: number, actual: number | null) {
    super(message);
    this.errors = [new GraphQLError(message, { extensions: { code, limit, ...(actual === null ? {} : { actual }) } })];
  }
}
