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
  return { apiUrl: parsed.toString() };
}

export const config: PortalConfig = parsePortalConfig(process.env);
