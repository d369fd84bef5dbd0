// Signing out: revokes the refresh token at the api (its access tokens end with it) and clears the
// session cookie. POST only, CSRF-checked; a GET goes home.
import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { signOut } from '../lib/auth.server.js';
import { assertCsrf } from '../lib/csrf.server.js';

export function loader() {
  return redirect('/');
}

export async function action({ request }: ActionFunctionArgs) {
  await assertCsrf(await request.clone().formData(), request.headers);
  return signOut(request);
}
