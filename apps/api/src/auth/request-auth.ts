// The authentication facts of one GraphQL request (bearer token, client address) and the
// viewer once loaded. Kept on Mercurius' per-request context, so the viewer is loaded at most
// once per request however many fields ask for it.
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyReply } from 'fastify';
import type { Viewer } from './viewer.js';

export interface RequestAuth {
  /** The bearer token, or null when the request carries none. */
  accessToken: string | null;
  /** Client address as Fastify sees it (configure trustProxy behind a load balancer). */
  address: string;
  viewer?: Promise<Viewer>;
}

const AUTH_KEY = Symbol('caravan.auth');

interface MercuriusContext {
  reply?: FastifyReply;
  [AUTH_KEY]?: RequestAuth;
}

export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1] ?? null;
}

export function requestAuthOf(context: MercuriusContext): RequestAuth {
  const existing = context[AUTH_KEY];
  if (existing) return existing;
  const request = context.reply?.request;
  const created: RequestAuth = {
    accessToken: bearerToken(request?.headers.authorization),
    address: request?.ip ?? 'unknown',
  };
  context[AUTH_KEY] = created;
  // Kept on the HTTP request too, so the request's log line can name the account (security-log.ts).
  if (request) (request as RequestWithAuth)[AUTH_KEY] = created;
  return created;
}

type RequestWithAuth = object & { [AUTH_KEY]?: RequestAuth };

/** The id of the account signed in on this HTTP request, when a resolver loaded it; null otherwise. */
export async function signedInAccountOf(request: object): Promise<string | null> {
  const viewer = await (request as RequestWithAuth)[AUTH_KEY]?.viewer?.catch(() => null);
  return viewer?.kind === 'user' ? viewer.user.id : null;
}

/** Resolver parameter: the request's RequestAuth; pass it to ViewerService.viewer(). */
export const Auth = createParamDecorator((_data: unknown, execution: ExecutionContext): RequestAuth =>
  requestAuthOf(GqlExecutionContext.create(execution).getContext<MercuriusContext>()),
);
