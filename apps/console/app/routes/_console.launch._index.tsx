// The launch wizard's start: the organizer's unfinished launches (drafts the api keeps), each
// resumed where it was left or discarded, and a new launch. Platform admins only.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { ActionButton, ConsoleForm, FormTitle, SubmitButton } from '../components/form.js';
import { organizerAction } from '../lib/action.server.js';
import { deleteDraft, listDrafts, NEW_DRAFT } from '../lib/launch.server.js';
import { openPlace } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('launch.title');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer } = await openPlace(request, params, 'launch');
  const drafts = await listDrafts(organizer);
  return data({ drafts }, { headers: organizer.headers });
}

export async function action({ request, params }: ActionFunctionArgs) {
  await openPlace(request, params, 'launch');
  return organizerAction(request, {}, async ({ organizer, intent, text, done }) => {
    if (intent === 'discard') {
      await deleteDraft(organizer, text('id'));
      return done('/launch', { kind: 'info', message: 'launch.discarded' });
    }
    return done(`/launch/${NEW_DRAFT}/series`);
  });
}

export default function LaunchStart() {
  const { drafts } = useLoaderData<typeof loader>();
  const { t } = useConsole();
  return (
    <>
      <h1>{t('launch.title')}</h1>
      <p>{t('launch.intro')}</p>
      <ConsoleForm id="launch-start">
        <FormTitle id="launch-start">{t('launch.start')}</FormTitle>
        <SubmitButton label={t('launch.startButton')} intent="start" />
      </ConsoleForm>
      <h2>{t('launch.drafts')}</h2>
      {drafts.length === 0 ? <p className="muted">{t('launch.noDrafts')}</p> : null}
      <ul className="card-list">
        {drafts.map((draft) => (
          <li key={draft.id} className="card">
            <h3 className="card__title">
              <Link to={`/launch/${encodeURIComponent(draft.id)}/${draft.next}`}>{draft.label || t('launch.untitled')}</Link>
            </h3>
            <p className="muted">{t('launch.savedAt', { when: draft.updatedAt })}</p>
            <ActionButton id={`discard-${draft.id}`} intent="discard" label={t('launch.discard')} hidden={{ id: draft.id }} danger />
          </li>
        ))}
      </ul>
    </>
  );
}
