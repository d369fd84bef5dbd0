// applications.csv of the edition, as the api exports it for this organizer (its categories only):
// read with the organizer's token and passed on, so the browser needs no token of its own.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { apiFile } from '../lib/api.server.js';
import { openPlace } from '../lib/page.server.js';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, series, edition } = await openPlace(request, params, 'accreditation');
  const file = await apiFile(`/export/${encodeURIComponent(series)}/${edition ?? 0}/applications.csv`, organizer.accessToken);
  for (const [name, value] of organizer.headers) file.headers.append(name, value);
  return file;
}
