// Portal configuration, read once at boot: a bad value stops the server with a message naming it.
import { DEFAULT_API_URL } from '@caravan/sdk';

export class PortalConfigError extends Error {
  readonly code = 'PORTAL_CONFIG_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'PortalConfigError';
  }
}

export interface PortalConfig {
  apiUrl: string;
  /** Where browsers reach the api's files (calendar feeds): CARAVAN_PUBLIC_API_URL, else the origin of CARAVAN_API_URL. */
  publicApiUrl: string;
  /** Cookies only over HTTPS: on in production unless PORTAL_SECURE_COOKIES=false (a plain-HTTP local run). */
  secureCookies: boolean;
}

export function parsePortalConfig(env: Record<string, string | undefined>): PortalConfig {
  const apiUrl = env['CARAVAN_API_URL']?.trim() || DEFAULT_API_URL;
  let parsed: URL;
  try {
    parsed = new URL(apiUrl);
  } catch {
    throw new PortalConfigError(`CARAVAN_API_URL must be an absolute http(s) URL such as ${DEFAULT_API_URL}; got "${apiUrl}".`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new PortalConfigError(`CARAVAN_API_URL must use http or https; got "${apiUrl}".`);
  }
  const publicApiUrl = env['CARAVAN_PUBLIC_API_URL']?.trim() || parsed.origin;
  let publicParsed: URL;
  try {
    publicParsed = new URL(publicApiUrl);
  } catch {
    throw new PortalConfigError(`CARAVAN_PUBLIC_API_URL must be an absolute http(s) URL such as https://api.example.org; got "${publicApiUrl}".`);
  }
  if (publicParsed.protocol !== 'http:' && publicParsed.protocol !== 'https:') throw new PortalConfigError(`CARAVAN_PUBLIC_API_URL must use http or https; got "${publicApiUrl}".`);
  const secure = env['PORTAL_SECURE_COOKIES']?.trim() || undefined;
  if (secure !== undefined && secure !== 'true' && secure !== 'false') throw new PortalConfigError(`PORTAL_SECURE_COOKIES must be "true" or "false"; got "${secure}".`);
  return { apiUrl: parsed.toString(), publicApiUrl: publicParsed.toString().replace(/\/+$/, ''), secureCookies: secure === undefined ? env['NODE_ENV'] === 'production' : secure === 'true' };
}

export const config: PortalConfig = parsePortalConfig(process.env);
