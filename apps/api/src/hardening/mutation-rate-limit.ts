// Rate limit of GraphQL mutations, per signed-in account and per client address, counted before
// anything runs (a Mercurius preExecution hook) with one point per root field, so aliases count.
// Every mutation answer carries the RateLimit-Limit / RateLimit-Remaining / RateLimit-Reset
// headers of the tighter of the two allowances; over either, the answer is 429 RATE_LIMITED with
// Retry-After, and nothing is written. Queries are bounded by their cost instead.
import type { FastifyReply } from 'fastify';
import { getOperationAST, GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { requestAuthOf } from '../auth/request-auth.js';
import type { ViewerService } from '../auth/viewer.service.js';
import type { RateLimitRedis } from '../common/rate-limit/rate-limit-redis.js';
import { RateLimiter, type Allowance } from '../common/rate-limit/rate-limiter.js';
import { rootFieldCount } from './root-fields.js';

export interface MutationLimits {
  perAccount: number;
  perAddress: number;
  windowSeconds: number;
}

interface HookContext {
  reply?: FastifyReply;
}

/** Rejects the whole operation with 429, in the shape the shared formatter unwraps. */
class MutationRateLimited extends Error {
  override readonly name = 'MutationRateLimited';
  readonly statusCode = 429;
  readonly errors: GraphQLError[];

  constructor(retryAfterSeconds: number, who: string) {
    const message = `Too many changes from this ${who}. Wait ${retryAfterSeconds} seconds before trying again.`;
    super(message);
    this.errors = [new GraphQLError(message, { extensions: { code: 'RATE_LIMITED', retryAfterSeconds } })];
  }
}

export function mutationRateLimit(redis: RateLimitRedis, viewers: ViewerService, limits: MutationLimits) {
  const byAccount = new RateLimiter(redis, 'caravan:mutations:account', { points: limits.perAccount, windowSeconds: limits.windowSeconds });
  const byAddress = new RateLimiter(redis, 'caravan:mutations:address', { points: limits.perAddress, windowSeconds: limits.windowSeconds });

  return async (_schema: GraphQLSchema, document: DocumentNode, context: HookContext): Promise<void> => {
    const reply = context.reply;
    const body: unknown = reply?.request.body;
    const operationName = typeof body === 'object' && body !== null && 'operationName' in body && typeof body.operationName === 'string' ? body.operationName : undefined;
    if (!reply || getOperationAST(document, operationName)?.operation !== 'mutation') return;
    const points = Math.max(1, rootFieldCount(document));
    const auth = requestAuthOf(context);
    // A token that does not verify counts against its address only; the mutation refuses it.
    const viewer = await viewers.viewer(auth).catch(() => null);
    const counted: { limit: number; allowance: Allowance; who: string }[] = [
      { limit: limits.perAddress, allowance: await byAddress.take(auth.address, points), who: 'address' },
    ];
    if (viewer?.kind === 'user') counted.push({ limit: limits.perAccount, allowance: await byAccount.take(viewer.user.id, points), who: 'account' });
    const tightest = counted.reduce((a, b) => (!b.allowance.allowed && a.allowance.allowed) || b.allowance.remaining < a.allowance.remaining ? b : a);
    const resetSeconds = Math.ceil(tightest.allowance.resetMs / 1000);
    reply.header('RateLimit-Limit', String(tightest.limit));
    reply.header('RateLimit-Remaining', String(Math.max(0, tightest.allowance.remaining)));
    reply.header('RateLimit-Reset', String(resetSeconds));
    if (!tightest.allowance.allowed) {
      reply.header('Retry-After', String(resetSeconds));
      throw new MutationRateLimited(resetSeconds, tightest.who);
    }
  };
}
