// A GraphQL request without a query (an empty body, `{}`, `{"query": ""}`) is refused at the
// route, before Mercurius, with a message that says what to send.
import type { FastifyReply, FastifyRequest } from 'fastify';

const NO_QUERY = {
  data: null,
  errors: [
    {
      message: 'The request carries no GraphQL query: send {"query": "..."} (with "variables" and "operationName" as needed) as JSON, or ?query=... in a GET.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    },
  ],
};

function hasQuery(source: unknown): boolean {
  if (typeof source !== 'object' || source === null) return false;
  if ('query' in source && typeof source.query === 'string' && source.query.length > 0) return true;
  // Automatic persisted queries send a hash instead of the text.
  return 'extensions' in source && typeof source.extensions === 'object' && source.extensions !== null && 'persistedQuery' in source.extensions;
}

export async function requireQuery(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'POST') return;
  if (hasQuery(request.method === 'GET' ? request.query : request.body)) return;
  await reply.code(400).header('content-type', 'application/json; charset=utf-8').send(NO_QUERY);
}
