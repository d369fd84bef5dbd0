// Turns whatever a resolver threw into the error a client sees. AppErrors (and the package and
// database errors toAppError translates) keep their code and message; GraphQL's own validation
// errors pass through; anything else is logged with an id and answered with that id only, never
// a stack trace or internal message. Messages echo what the client sent (an invalid value, a
// field name), so each is capped in length, and in production graphql-js' "Did you mean ...?"
// suggestions, which would let a client map an unpublished schema, are dropped.
import { randomUUID } from 'node:crypto';
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { toAppError } from './translate-error.js';
import { problemAnswer } from './app-error.js';

/** Longest message (and field problem reason) an error answer carries, in UTF-16 units. */
export const MAX_ERROR_MESSAGE_LENGTH = 1000;
const TRUNCATED = ' … (truncated)';
const SUGGESTION = ' Did you mean ';

/** Cuts text a client may have supplied to MAX_ERROR_MESSAGE_LENGTH, saying so. */
export function capEcho(text: string): string {
  if (text.length <= MAX_ERROR_MESSAGE_LENGTH) return text;
  let end = MAX_ERROR_MESSAGE_LENGTH - TRUNCATED.length;
  // Never split a surrogate pair.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + TRUNCATED;
}

/**
 * graphql-js appends its suggestion as the message's last sentence, " Did you mean ...?". It is
 * cut at the last occurrence with a plain string search: the message echoes the client's text,
 * and a backtracking pattern over it would let one request hold the event loop.
 */
export function stripSuggestion(message: string): string {
  if (!message.endsWith('?')) return message;
  const at = message.lastIndexOf(SUGGESTION);
  return at === -1 ? message : message.slice(0, at);
}

export interface FormatOptions {
  /** Drop "Did you mean ...?" (production). */
  hideSuggestions: boolean;
}

function toFormatted(error: GraphQLError, logger: Logger, options: FormatOptions): GraphQLFormattedError {
  const base = { locations: error.locations, path: error.path };
  const original = error.originalError;
  const known = original ? toAppError(original) : null;
  if (known) {
    const extensions = known.extensions;
    if (known.problems.length > 0) extensions['problems'] = known.problems.map((p) => problemAnswer(p, capEcho));
    return { ...base, message: capEcho(known.message), extensions };
  }
  if (!original || original instanceof GraphQLError) {
    // Parse and validation errors: the client sent a query the schema does not allow.
    const code = typeof error.extensions['code'] === 'string' ? error.extensions['code'] : 'GRAPHQL_VALIDATION_FAILED';
    const message = options.hideSuggestions ? stripSuggestion(error.message) : error.message;
    return { ...base, message: capEcho(message), extensions: { ...error.extensions, code } };
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
  options: FormatOptions = { hideSuggestions: false },
): { statusCode: number; response: { data?: ExecutionResult['data']; errors: GraphQLFormattedError[] } } {
  let statusCode = 200;
  const errors = execution.errors.flatMap((error) => {
    const wrapped = wrappedErrors(error);
    if (!wrapped) return [toFormatted(error, logger, options)];
    // The client sent a query the schema does not allow: 400, as GraphQL over HTTP says.
    statusCode = wrapped.statusCode ?? 400;
    return wrapped.errors.map((inner) => toFormatted(inner, logger, options));
  });
  return { statusCode, response: { data: execution.data ?? null, errors } };
}
