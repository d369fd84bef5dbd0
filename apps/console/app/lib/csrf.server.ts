// CSRF protection for every form: remix-utils' signed double-submit token. The root loader puts
// the token in an httpOnly cookie and in the page; every action checks that the form carries the
// same, correctly signed token before it reads anything else.
import { createCookie, data } from '@remix-run/node';
import { CSRF, CSRFError } from 'remix-utils/csrf/server';
import { config } from './config.server.js';

export const CSRF_FIELD = 'csrf';

const cookie = createCookie('caravan_console_csrf', {
  path: '/',
  httpOnly: true,
  sameSite: 'lax',
  secure: config.secureCookies,
  secrets: config.sessionSecrets,
});

const csrf = new CSRF({ cookie, formDataKey: CSRF_FIELD, secret: config.sessionSecrets[0] });

/** The token for this visitor and, when it is new, the Set-Cookie value that stores it. */
export function commitCsrfToken(request: Request): Promise<readonly [string, string | null]> {
  return csrf.commitToken(request);
}

export interface CsrfRefusal {
  code: 'CSRF_REFUSED';
  reason: string;
}

/** Throws a 403 answer unless the form carries this visitor's token. */
export async function assertCsrf(form: FormData, headers: Headers): Promise<void> {
  try {
    await csrf.validate(form, headers);
  } catch (error) {
    if (error instanceof CSRFError) {
      throw data<CsrfRefusal>({ code: 'CSRF_REFUSED', reason: error.code }, { status: 403 });
    }
    throw error;
  }
}
