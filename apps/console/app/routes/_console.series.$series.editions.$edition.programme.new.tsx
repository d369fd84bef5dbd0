// A new session of the programme. The api checks the programme rules; a refused session comes
// back with what was entered and each conflict beside its field.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { SessionForm } from '../components/session-form.js';
import { organizerAction } from '../lib/action.server.js';
import { openPlace, editionParam } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import { loadEdition, programmeChoices, sessionFieldMap, sessionInput } from '../lib/programme.server.js';
import { SESSION_KINDS } from '../lib/programme-vocabulary.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('session.newTitle');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, locale, series, edition: number } = await openPlace(request, params, 'programme');
  const edition = await loadEdition(organizer, series, number ?? 0, locale);
  const choices = programmeChoices(edition, locale);
  const wanted = new URL(request.url).searchParams.get('date');
  const date = choices.days.find((day) => day.value === wanted)?.value ?? choices.days[0]?.value ?? '';
  return data({ choices, date, workingLanguages: edition.workingLanguages, back: `/series/${encodeURIComponent(series)}/editions/${edition.number}/programme` }, { headers: organizer.headers });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.clone().formData();
  const series = params['series'] ?? '';
  const number = editionParam(params) ?? 0;
  const back = `/series/${encodeURIComponent(series)}/editions/${number}/programme`;
  return organizerAction(request, { fields: sessionFieldMap(form) }, async ({ organizer, form: sent, done, refuse, t }) => {
    const input = sessionInput(sent);
    if (input.title.length === 0) refuse([{ field: 'title_en', code: 'REQUIRED', message: t('session.titleMissing') }]);
    const published = sent.get('published') === 'on';
    const created = await organizer.client.mutation.createSession({ series, number, input: { ...input, published } });
    const label = `${created.title.text} (${created.localDate} ${created.localStart})`;
    return done(back, published ? { kind: 'success', message: 'session.created', values: { title: label } } : { kind: 'success', message: 'session.createdDraft', values: { title: label }, draft: { kind: 'session', id: created.id, label } });
  });
}

export default function NewSession() {
  const { choices, date, workingLanguages, back } = useLoaderData<typeof loader>();
  const { t } = useConsole();
  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>{t('programme.back')}</Link>
      </p>
      <h1>{t('session.newTitle')}</h1>
      <SessionForm
        id="session"
        title={t('session.details')}
        choices={choices}
        kinds={SESSION_KINDS}
        creating
        initial={{ titles: {}, slug: '', kind: 'PANEL', date, startTime: '09:00', endTime: '10:00', roomId: '', trackSlug: '', languages: workingLanguages }}
      />
    </>
  );
}
