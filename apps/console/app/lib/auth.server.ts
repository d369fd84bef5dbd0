// Signing in and out against the api, and the signed-in organizer of a request. The access token
// (15 minutes) is renewed with the refresh token shortly before it expires, transparently: the
// page's answer carries the new session cookie. Refresh tokens work once, so concurrent requests
// of one session share a single refresh instead of racing (a second use would end the session).
import { CaravanApiError, type CaravanClient } from '@caravan/sdk';
import { data, redirect } from '@remix-run/node';
import { ViewerDocument, type ViewerQuery } from '../generated/graphql.js';
import { apiClient, apiFailure } from './api.server.js';
import { getSession, readTokens, sessionStorage, writeTokens, type ConsoleSession, type SessionTokens } from './session.server.js';
import { safeRedirectTarget } from './redirect-target.js';

export type Viewer = NonNullable<ViewerQuery['me']>;

export interface Organizer {
  viewer: Viewer;
  /** An sdk client that sends this organizer's access token. */
  client: CaravanClient;
  /** The access token itself, for the api's plain HTTP files (exports, photos) and per-request headers. */
  accessToken: string;
  session: ConsoleSession;
  /** Headers every answer of this request must carry (the renewed session cookie, if any). */
  headers: Headers;
}

/** Renew this long before the access token expires, so a slow page never runs on a dead one. */
const RENEW_BEFORE_MS = 60_000;
/** How long the outcome of one refresh is shared with requests that still hold the old token. */
const SHARE_REFRESH_MS = 30_000;

const refreshes = new Map<string, { at: number; result: Promise<SessionTokens> }>();

/** Exchanges a refresh token once per process, however many requests ask at the same time. */
export function renewTokens(refreshToken: string, now: number = Date.now()): Promise<SessionTokens> {
  for (const [token, entry] of refreshes) if (now - entry.at > SHARE_REFRESH_MS) refreshes.delete(token);
  const shared = refreshes.get(refreshToken);
  if (shared) return shared.result;
  const result = apiClient()
    .mutation.refreshSession({ refreshToken })
    .then(({ accessToken, refreshToken: next, expiresAt }) => ({ accessToken, refreshToken: next, expiresAt }));
  refreshes.set(refreshToken, { at: now, result });
  // A failed refresh is not shared: the next request may try again (and be told to sign in).
  result.catch(() => refreshes.delete(refreshToken));
  return result;
}

export function needsRenewal(tokens: SessionTokens, now: number = Date.now()): boolean {
  return Date.parse(tokens.expiresAt) - now < RENEW_BEFORE_MS;
}

function signInRedirect(request: Request, session?: ConsoleSession): Promise<never> {
  const url = new URL(request.url);
  const target = `/sign-in?redirectTo=${encodeURIComponent(url.pathname + url.search)}`;
  return (session ? sessionStorage.destroySession(session) : Promise.resolve(null)).then((cookie) => {
    throw redirect(target, cookie ? { headers: { 'Set-Cookie': cookie } } : undefined);
  });
}

const isAuthFailure = (error: unknown) => error instanceof CaravanApiError && ['UNAUTHENTICATED', 'SESSION_INVALID'].includes(error.code);

/** The signed-in organizer; anyone else is sent to the sign-in page and comes back afterwards. */
export async function requireOrganizer(request: Request): Promise<Organizer> {
  const session = await getSession(request);
  let tokens = readTokens(session);
  if (tokens === null) return signInRedirect(request);
  let renewed = false;
  const renew = async (current: SessionTokens): Promise<SessionTokens> => {
    try {
      const next = await renewTokens(current.refreshToken);
      writeTokens(session, next);
      renewed = true;
      return next;
    } catch (error) {
      if (error instanceof CaravanApiError && !error.isUnavailable) return signInRedirect(request, session);
      return apiFailure(error);
    }
  };
  if (needsRenewal(tokens)) tokens = await renew(tokens);
  let viewer: Viewer | null;
  try {
    viewer = (await apiClient(tokens.accessToken).request(ViewerDocument, {})).me;
  } catch (error) {
    if (!isAuthFailure(error)) return apiFailure(error);
    viewer = null;
  }
  if (viewer === null) {
    // The api no longer accepts this access token (revoked or expired early): one renewal, then sign-in.
    tokens = await renew(tokens);
    viewer = (await apiClient(tokens.accessToken).request(ViewerDocument, {}).catch(apiFailure)).me;
    if (viewer === null) return signInRedirect(request, session);
  }
  const headers = new Headers();
  if (renewed) headers.append('Set-Cookie', await sessionStorage.commitSession(session));
  return { viewer, client: apiClient(tokens.accessToken), accessToken: tokens.accessToken, session, headers };
}

/** Signs in with the api and stores the tokens; the answer redirects to where the organizer was going. */
export async function signIn(request: Request, email: string, password: string, redirectTo: string | null): Promise<Response> {
  const payload = await apiClient().mutation.signIn({ email, password });
  const session = await getSession(request);
  writeTokens(session, payload);
  session.set('displayName', payload.user.displayName);
  session.set('email', payload.user.email);
  return redirect(safeRedirectTarget(redirectTo), { headers: { 'Set-Cookie': await sessionStorage.commitSession(session) } });
}

/** Revokes the refresh token at the api (ending its access tokens too) and forgets the session. */
export async function signOut(request: Request): Promise<Response> {
  const session = await getSession(request);
  const tokens = readTokens(session);
  if (tokens) {
    // A session the api already ended answers false; there is nothing left to revoke then.
    await apiClient().mutation.signOut({ refreshToken: tokens.refreshToken }).catch((error: unknown) => {
      if (error instanceof CaravanApiError && error.isUnavailable) throw data({ code: 'API_UNAVAILABLE' }, { status: 503 });
    });
  }
  return redirect('/sign-in?signedOut=1', { headers: { 'Set-Cookie': await sessionStorage.destroySession(session) } });
}
