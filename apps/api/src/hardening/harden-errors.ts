// Rewrites errors that come from the transport and from Mercurius' depth check into errors
// with our codes, before the shared formatter runs (which caps messages and, in production,
// drops field suggestions).
import type { ExecutionResult, GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';

type Formatted = { statusCode: number; response: { data?: ExecutionResult['data']; errors: GraphQLFormattedError[] } };

const hasCode = (value: unknown, code: string): boolean =>
  typeof value === 'object' && value !== null && 'code' in value && value.code === code;

/** The request body was larger than the route's bodyLimit (Fastify answers 413 before parsing). */
export function bodyTooLarge(errors: readonly GraphQLError[], limitBytes: number): Formatted | null {
  if (!errors.some((error) => hasCode(error.originalError, 'FST_ERR_CTP_BODY_TOO_LARGE'))) return null;
  return {
    statusCode: 413,
    response: {
      data: null,
      errors: [
        {
          message: `The request body is larger than the limit of ${limitBytes} bytes. Send a shorter query, or fewer variables.`,
          extensions: { code: 'PAYLOAD_TOO_LARGE', limit: limitBytes },
        },
      ],
    },
  };
}

/** Mercurius reports a too-deep query as a validation error without a code; give it ours. */
export function withDepthCodes(errors: readonly GraphQLError[], depthLimit: number): GraphQLError[] {
  return errors.map((error) => {
    const original: unknown = error.originalError;
    if (typeof original !== 'object' || original === null || !('errors' in original) || !Array.isArray(original.errors)) return error;
    const inner: unknown[] = original.errors;
    if (!inner.some((e) => hasCode(e, 'MER_ERR_GQL_QUERY_DEPTH'))) return error;
    const rewritten = inner.map((e) => {
      if (!hasCode(e, 'MER_ERR_GQL_QUERY_DEPTH')) return e;
      const depth = Number(/\((\d+)\)/.exec(e instanceof Error ? e.message : '')?.[1] ?? Number.NaN);
      return new GraphQLError(
        `The query is ${Number.isNaN(depth) ? 'too' : `${depth} levels`} deep; the limit is ${depthLimit}. Select fewer nested fields, or split the query.`,
        { extensions: { code: 'QUERY_TOO_DEEP', limit: depthLimit, ...(Number.isNaN(depth) ? {} : { actual: depth }) } },
      );
    });
    const wrapper = Object.assign(new Error(error.message), { errors: rewritten, statusCode: 400 });
    return new GraphQLError(error.message, { originalError: wrapper });
  });
}

/**
 * Replaces a GraphQL answer larger than `limitBytes` (a Fastify onSend hook of the route). The
 * cost limit bounds the work a query may ask for; this bounds what leaves the api whatever the
 * data holds (long texts, large lists).
 */
export function responseSizeLimit(limitBytes: number) {
  return (_request: unknown, reply: { code(status: number): unknown }, payload: unknown, done: (error: null, payload: unknown) => void): void => {
    if (typeof payload !== 'string' || payload.length <= limitBytes / 4 || Buffer.byteLength(payload) <= limitBytes) {
      done(null, payload);
      return;
    }
    reply.code(400);
    done(
      null,
      JSON.stringify({
        data: null,
        errors: [
          {
            message: `The answer would be ${Buffer.byteLength(payload)} bytes, more than the limit of ${limitBytes}. Ask for smaller pages (first) or fewer fields, or split the query.`,
            extensions: { code: 'RESPONSE_TOO_LARGE', limit: limitBytes },
          },
        ],
      }),
    );
  };
}
