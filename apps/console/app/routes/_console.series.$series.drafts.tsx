// Publishing a draft right after it was made: the api lists only published records, so a new
// draft is reachable only through the notice that announced it.
import type { ActionFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { organizerAction } from '../lib/action.server.js';
import type { DraftKind } from '../lib/notice.js';
import { safeRedirectTarget } from '../lib/redirect-target.js';

const PUBLISH: Readonly<Record<DraftKind, (client: import('@caravan/sdk').CaravanClient, id: string) => Promise<unknown>>> = {
  session: (client, id) => client.mutation.publishSession({ id }),
  delegation: (client, id) => client.mutation.publishDelegation({ id }),
  agreement: (client, id) => client.mutation.publishAgreement({ id }),
  statement: (client, id) => client.mutation.publishStatement({ id }),
  person: (client, slug) => client.mutation.publishPerson({ slug }),
};

const isDraftKind = (value: string): value is DraftKind => Object.prototype.hasOwnProperty.call(PUBLISH, value);

export function loader() {
  return redirect('/');
}

export function action({ request }: ActionFunctionArgs) {
  return organizerAction(request, {}, async ({ text, organizer, done }) => {
    const kind = text('kind');
    if (!isDraftKind(kind)) throw new Response('Unknown kind of draft', { status: 400 });
    await PUBLISH[kind](organizer.client, text('id'));
    const back = request.headers.get('referer');
    return done(safeRedirectTarget(back ? new URL(back).pathname : null), { kind: 'success', message: 'notice.published' });
  });
}
