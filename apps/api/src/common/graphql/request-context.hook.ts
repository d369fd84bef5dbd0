// Builds each GraphQL request's context once the query is parsed and validated, before anything
// executes (a Mercurius preExecution hook): its language from the root fields' `lang` arguments,
// and its audience: visitors for a query, the signed-in author for a mutation.
import type { Audience } from '@caravan/db/read-models';
import type { FastifyRequest } from 'fastify';
import { getOperationAST, type DocumentNode, type GraphQLSchema } from 'graphql';
import { CONTEXT_KEY, createRequestContext, type RequestContext } from './request-context.js';
import { requestLanguage } from './request-language.js';

/** Mercurius' context as the hook sees it: the reply (for the request) and our key. */
export interface HookContext {
  reply?: { request?: FastifyRequest };
  [CONTEXT_KEY]?: RequestContext;
}

/** How a mutation's author is found, from the request's Mercurius context. */
export type AuthorAudience = (context: HookContext) => Promise<Audience>;

/** Told what the request's operation is, once it is parsed (the public-answer cache). */
export type OperationObserver = (document: DocumentNode, request: FastifyRequest | undefined, operationName: string | null) => void;

export function requestContextHook(authorAudience: AuthorAudience, observe?: OperationObserver) {
  return (_schema: GraphQLSchema, document: DocumentNode, context: HookContext, variables: Record<string, unknown> | undefined): void => {
    const body = context.reply?.request?.body;
    const operationName = typeof body === 'object' && body !== null && 'operationName' in body && typeof body.operationName === 'string' ? body.operationName : null;
    const lang = requestLanguage(document, variables ?? {}, operationName);
    const mutation = getOperationAST(document, operationName ?? undefined)?.operation === 'mutation';
    context[CONTEXT_KEY] = mutation ? createRequestContext(lang, () => authorAudience(context)) : createRequestContext(lang);
    observe?.(document, context.reply?.request, operationName);
  };
}
