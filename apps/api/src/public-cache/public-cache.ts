// The cache of anonymous GraphQL answers, in Redis. An answer is stored beside the public-cache
// generation read before it was computed (see @caravan/db's public-cache-generation.ts) and is
// served only while that generation is current: an organizer's write moves the generation on in
// its own transaction, so the next read after it commits computes a fresh answer, while answers
// of other queries are simply left to expire. What is never cached: a signed-in caller's request
// (organizers see drafts), a mutation, an answer with errors, anything but a 200, and a query that
// reads one of the root fields below.
import { createHash } from 'node:crypto';
import { readPublicCacheGeneration, type Database } from '@caravan/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { getOperationAST, Kind, type DocumentNode, type SelectionNode } from 'graphql';
import type Redis from 'ioredis';
import type { Logger } from 'pino';

const KEY_PREFIX = 'caravan:public-answer:';

/**
 * Root fields whose answers are never cached: a participant's own application and a delegation's
 * members, read by the token in the link (personal data, and changed by the visitor's own writes,
 * which do not move the generation on), and an edition's registration, whose places left change
 * with every submission.
 */
export const UNCACHED_ROOT_FIELDS: ReadonlySet<string> = new Set(['myApplication', 'delegationInvitation', 'registration']);

interface Pending {
  key: string;
  generation: string;
  /** Set once the parsed document is known to be a query. */
  query: boolean;
  /** Its operation name, kept with the answer so that a hit is counted under the same name. */
  operation: string;
}

/** The request as the metrics read it (see observability/): the GraphQL operation's name. */
type ObservedRequest = FastifyRequest & { caravanOperation?: string };

export interface PublicCacheOptions {
  database: Database;
  /** null: no Redis, no cache. */
  redis: Redis | null;
  ttlSeconds: number;
  logger: Logger;
}

/** The request's GraphQL parameters, from a POST body or a GET query string, as a cache key. */
/**
 * A document that opens with a mutation (whitespace, commas and comments aside). Such a request
 * is never answered from the cache, so it is not looked up either: a registration rush costs no
 * Redis read and no generation read per submission. A mutation written after a fragment is still
 * looked up, and still never cached (see onSend).
 */
const OPENS_WITH_MUTATION = /^(?:[\s,\uFEFF]|#[^\n]*\n)*mutation\b/;

function cacheKey(request: FastifyRequest): string | null {
  const source: unknown = request.method === 'GET' ? request.query : request.body;
  if (typeof source !== 'object' || source === null || !('query' in source) || typeof source.query !== 'string') return null;
  const { query, operationName = null, variables = null } = source as { query: string; operationName?: unknown; variables?: unknown };
  if (OPENS_WITH_MUTATION.test(query)) return null;
  return KEY_PREFIX + createHash('sha256').update(JSON.stringify([query, operationName, variables])).digest('base64url');
}

/** Whether the operation's root selections (through inline fragments) name an uncached field; a named fragment counts as one. */
function readsUncachedField(selections: readonly SelectionNode[]): boolean {
  return selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return UNCACHED_ROOT_FIELDS.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) return readsUncachedField(selection.selectionSet.selections);
    return true;
  });
}

export class PublicCache {
  private readonly pending = new WeakMap<FastifyRequest, Pending>();

  constructor(private readonly options: PublicCacheOptions) {}

  get enabled(): boolean {
    return this.options.redis !== null && this.options.ttlSeconds > 0;
  }

  /** Route hook before GraphQL runs: answers from the cache when it holds a current answer. */
  readonly preHandler = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const redis = this.options.redis;
    if (!redis || this.options.ttlSeconds === 0 || request.headers.authorization !== undefined) return;
    const key = cacheKey(request);
    if (key === null) return;
    let cached: string | null;
    let generation: string | null;
    try {
      [cached, generation] = await Promise.all([redis.get(key), readPublicCacheGeneration(this.options.database.prisma)]);
    } catch (error) {
      this.options.logger.warn({ err: error }, 'public cache: lookup failed; answering without the cache');
      return;
    }
    if (generation === null) return;
    // An entry is "<generation>\n<operation name>\n<answer>".
    const first = cached?.indexOf('\n') ?? -1;
    const second = first > 0 ? (cached?.indexOf('\n', first + 1) ?? -1) : -1;
    if (cached && second > first && cached.slice(0, first) === generation) {
      const operation = cached.slice(first + 1, second);
      if (operation) (request as ObservedRequest).caravanOperation = operation;
      await reply.header('content-type', 'application/json; charset=utf-8').header('x-public-cache', 'hit').send(cached.slice(second + 1));
      return;
    }
    this.pending.set(request, { key, generation, query: false, operation: '' });
    void reply.header('x-public-cache', 'miss');
  };

  /** preExecution hook (Mercurius): marks the request cacheable once its document is known to be a query. */
  readonly markQuery = (document: DocumentNode, request: FastifyRequest | undefined, operationName: string | null): void => {
    const pending = request ? this.pending.get(request) : undefined;
    if (!pending) return;
    const operation = getOperationAST(document, operationName ?? undefined);
    pending.query = operation?.operation === 'query' && !readsUncachedField(operation.selectionSet.selections);
    pending.operation = operation?.name?.value ?? '';
  };

  /** Route hook as the answer leaves: stores a clean answer to an anonymous query. */
  readonly onSend = async (request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> => {
    const pending = this.pending.get(request);
    const redis = this.options.redis;
    if (!pending?.query || !redis || reply.statusCode !== 200 || typeof payload !== 'string' || payload.includes('"errors":')) return payload;
    redis.set(pending.key, `${pending.generation}\n${pending.operation}\n${payload}`, 'EX', this.options.ttlSeconds).catch((error: unknown) => {
      this.options.logger.warn({ err: error }, 'public cache: could not store an answer');
    });
    return payload;
  };
}
