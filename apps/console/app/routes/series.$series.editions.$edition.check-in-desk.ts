// The check-in page's calls to the api, answered as JSON for the page's own fetch (so the page
// can tell the network away from an answer): a scan, a lookup by name or reference, a photo,
// and the sync of scans queued offline. CSRF-checked like every organizer form; the api decides
// who may (checkin.read, checkin.record) and what each scan means.
import type { ActionFunctionArgs } from '@remix-run/node';
import { CaravanApiError } from '@caravan/sdk';
import { requireOrganizer } from '../lib/auth.server.js';
import { assertCsrf } from '../lib/csrf.server.js';
import { editionParam } from '../lib/page.server.js';

const json = (body: unknown, status: number, headers: Headers) => {
  headers.set('Content-Type', 'application/json; charset=utf-8');
  headers.set('Cache-Control', 'no-store');
  return new Response(JSON.stringify(body), { status, headers });
};

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData();
  await assertCsrf(form, request.headers);
  const organizer = await requireOrganizer(request);
  const series = params['series'] ?? '';
  const number = editionParam(params) ?? 0;
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const client = organizer.client;
  try {
    switch (text('intent')) {
      case 'scan': {
        const scan = JSON.parse(text('scan')) as Parameters<typeof client.mutation.checkInScan>[0]['scan'];
        const result = await client.mutation.checkInScan({ series, number, scan });
        const photo = result.participant?.hasPhoto ? await client.query.checkInPhoto({ applicationId: result.participant.applicationId }) : null;
        return json({ result, photo }, 200, organizer.headers);
      }
      case 'sync': {
        const scans = JSON.parse(text('scans')) as Parameters<typeof client.mutation.syncCheckInScans>[0]['scans'];
        return json({ results: await client.mutation.syncCheckInScans({ series, number, scans }) }, 200, organizer.headers);
      }
      case 'lookup':
        return json({ found: await client.query.checkInLookup({ series, number, query: text('query') }) }, 200, organizer.headers);
      default:
        return json({ error: 'BAD_USER_INPUT', message: 'intent must be scan, sync or lookup' }, 400, organizer.headers);
    }
  } catch (error) {
    if (error instanceof CaravanApiError) return json({ error: error.code, message: error.message }, error.code === 'FORBIDDEN' ? 403 : 400, organizer.headers);
    if (error instanceof SyntaxError) return json({ error: 'BAD_USER_INPUT', message: 'the scan data is not JSON' }, 400, organizer.headers);
    throw error;
  }
}
