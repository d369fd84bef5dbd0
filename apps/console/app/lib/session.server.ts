// The organizer's session: the api's tokens kept in a signed, httpOnly cookie (SameSite=Lax,
// Secure in production), plus one-shot notices ("flash") shown on the next page.
import { createCookieSessionStorage, type Session } from '@remix-run/node';
import { config } from './config.server.js';
import type { Notice } from './notice.js';

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  /** When the access token expires, ISO 8601. */
  expiresAt: string;
}

export interface ConsoleSessionData extends SessionTokens {
  displayName: string;
  email: string;
}

interface ConsoleFlashData {
  notice: Notice;
}

export type ConsoleSession = Session<ConsoleSessionData, ConsoleFlashData>;

export const sessionStorage = createCookieSessionStorage<ConsoleSessionData, ConsoleFlashData>({
  cookie: {
    name: 'caravan_console',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
    secrets: config.sessionSecrets,
    // Refresh tokens outlive this; an idle organizer signs in again after a working day.
    maxAge: 60 * 60 * 12,
  },
});

export function getSession(request: Request): Promise<ConsoleSession> {
  return sessionStorage.getSession(request.headers.get('cookie'));
}

export function readTokens(session: ConsoleSession): SessionTokens | null {
  const accessToken = session.get('accessToken');
  const refreshToken = session.get('refreshToken');
  const expiresAt = session.get('expiresAt');
  return accessToken && refreshToken && expiresAt ? { accessToken, refreshToken, expiresAt } : null;
}

export function writeTokens(session: ConsoleSession, tokens: SessionTokens): void {
  session.set('accessToken', tokens.accessToken);
  session.set('refreshToken', tokens.refreshToken);
  session.set('expiresAt', tokens.expiresAt);
}
