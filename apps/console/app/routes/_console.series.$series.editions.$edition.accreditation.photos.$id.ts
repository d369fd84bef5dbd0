// An applicant's photo for the application page, read from the api with the organizer's token
// (the api serves it only to those who may read that application).
import type { LoaderFunctionArgs } from '@remix-run/node';
import { apiFile, notFound } from '../lib/api.server.js';
import { openPlace } from '../lib/page.server.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer } = await openPlace(request, params, 'accreditation');
  const id = params['id'] ?? '';
  if (!UUID.test(id)) notFound(`"${id}" is not the id of an application.`);
  const file = await apiFile(`/review/applications/${id}/photo`, organizer.accessToken);
  for (const [name, value] of organizer.headers) file.headers.append(name, value);
  return file;
}
