// Turns whatever a resolver threw into the error a client sees. AppErrors (and the package and
// database errors toAppError translates) keep their code and message; GraphQL's own validation
// errors pass through; anything else is logged with an id and answered with that id only, never
// a stack trace or internal message.
import { randomUUID } from 'node:crypto';
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { toAppError } from './translate-error.js';

function toFormatted(error: GraphQLError, logger: Logger): GraphQLFormattedError {
  const base = { locations: error.locations, path: error.path };
  const original = error.originalError;
  const known = original ? toAppError(original) : null;
  if (known) return { ...base, message: known.message, extensions: known.extensions };
  if (!original || original instanceof GraphQLError) {
    // Parse and validation errors: the client sent a query the schema does not allow.
    const code = typeof error.extensions['code'] === 'string' ? error.extensions['code'] : 'GRAPHQL_VALIDATION_FAILED';
    return { ...base, message: error.message, extensions: { ...error.extensions, code } };
  }
  const errorId = randomUUID();
  logger.error({ err: original, errorId, path: error.path }, 'unexpected error while resolving a GraphQL field');
  return {
    ...base,
    message: `Something went wrong on our side. Quote error id ${errorId} when reporting it.`,
    extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
  };
}

/** Mercurius wraps parse and validation failures in one error carrying the real ones. */
function wrappedErrors(error: GraphQLError): { errors: GraphQLError[]; statusCode: number | undefined } | null {
  const original: unknown = error.originalError;
  if (typeof original !== 'object' || original === null || !('errors' in original) || !Array.isArray(original.errors)) return null;
  const errors = original.errors.map((inner: unknown) =>
    inner instanceof GraphQLError ? inner : new GraphQLError(inner instanceof Error ? inner.message : String(inner)),
  );
  const statusCode = 'statusCode' in original && typeof original.statusCode === 'number' ? original.statusCode : undefined;
  return { errors, statusCode };
}

export function formatExecutionResult(
  execution: ExecutionResult & { errors: readonly GraphQLError[] },
  logger: Logger,
): { statusCode: number; response: { data?: ExecutionResult['data']; errors: GraphQLFormattedError[] } } {
  let statusCode = 200;
  const errors = execution.errors.flatMap((error) => {
    const wrapped = wrappedErrors(error);
    if (!wrapped) return [toFormatted(error, logger)];
    // The client sent a query the schema does not allow: 400, as GraphQL over HTTP says.
    statusCode = wrapped.statusCode ?? 400;
    return wrapped.errors.map((inner) => toFormatted(inner, logger));
  });
  return { statusCode, response: { data: execution.data ?? null, errors } };
}
