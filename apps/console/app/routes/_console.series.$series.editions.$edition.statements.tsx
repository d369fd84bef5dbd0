// Statements of an edition: who said what, summarized in the organizers' own words; a form to
// record one (a draft unless published), and hiding or deleting them.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { ActionButton, CheckboxField, ConsoleForm, FormTitle, SelectField, SubmitButton } from '../components/form.js';
import { NamesFields } from '../components/names-fields.js';
import { EditionStatementsDocument } from '../generated/graphql.js';
import { organizerAction } from '../lib/action.server.js';
import { fromApi, notFound } from '../lib/api.server.js';
import { localizedFieldMap, localizedInput } from '../lib/localized-input.js';
import { editionParam, openPlace } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import { listPeople } from '../lib/people.server.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('statements.title');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, locale, series, edition: number } = await openPlace(request, params, 'statements');
  const [{ edition }, { people }] = await Promise.all([fromApi(() => organizer.client.request(EditionStatementsDocument, { series, number: number ?? 0, lang: locale })), listPeople(organizer, series, locale)]);
  if (!edition) notFound(`Edition ${number ?? ''}`);
  return data(
    {
      number: number ?? 0,
      statements: edition.statements.map((statement) => ({ id: statement.id, person: statement.person?.name.text ?? '—', session: statement.session?.title.text ?? null, summary: statement.summary.text })),
      people: people.map((person) => ({ value: person.slug, label: person.name })),
      sessions: edition.sessions.map((session) => ({ value: session.slug, label: session.title.text })),
    },
    { headers: organizer.headers },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const series = params['series'] ?? '';
  const number = editionParam(params) ?? 0;
  const here = `/series/${encodeURIComponent(series)}/editions/${number}/statements`;
  const form = await request.clone().formData();
  return organizerAction(request, { fields: { ...localizedFieldMap(form, 'summary'), person: 'person', session: 'session' } }, async ({ organizer, form: sent, intent, text, done }) => {
    const client = organizer.client;
    if (intent === 'unpublish') {
      await client.mutation.unpublishStatement({ id: text('id') });
      return done(here, { kind: 'info', message: 'statements.unpublished', draft: { kind: 'statement', id: text('id'), label: text('label') } });
    }
    if (intent === 'delete') {
      await client.mutation.deleteStatement({ id: text('id') });
      return done(here, { kind: 'success', message: 'statements.deleted' });
    }
    const published = sent.get('published') === 'on';
    const created = await client.mutation.createStatement({ series, number, input: { person: text('person'), session: text('session') || null, summary: localizedInput(sent, 'summary'), published } });
    const label = created.summary.text.slice(0, 60);
    return done(here, published ? { kind: 'success', message: 'statements.created' } : { kind: 'success', message: 'statements.createdDraft', draft: { kind: 'statement', id: created.id, label } });
  });
}

export default function Statements() {
  const { number, statements, people, sessions } = useLoaderData<typeof loader>();
  const { t } = useConsole();
  return (
    <>
      <h1>{t('statements.heading', { number })}</h1>
      <p className="muted">{t('statements.publishedOnly')}</p>
      <ul className="card-list">
        {statements.map((statement) => (
          <li key={statement.id} className="card">
            <h2 className="card__title">{statement.person}</h2>
            {statement.session ? <p className="muted">{statement.session}</p> : null}
            <p>{statement.summary}</p>
            <div className="toolbar">
              <ActionButton id={`unpublish-${statement.id}`} intent="unpublish" label={t('statements.unpublish', { person: statement.person })} hidden={{ id: statement.id, label: statement.person }} />
              <ActionButton id={`delete-${statement.id}`} intent="delete" label={t('statements.delete', { person: statement.person })} hidden={{ id: statement.id }} danger />
            </div>
          </li>
        ))}
      </ul>
      <ConsoleForm id="new-statement">
        <FormTitle id="new-statement">{t('statements.new')}</FormTitle>
        <SelectField name="person" label={t('speakers.person')} choices={people} required />
        <SelectField name="session" label={t('statements.session')} choices={sessions} empty={t('statements.noSession')} />
        <NamesFields base="summary" label="statements.summaryIn" />
        <CheckboxField name="published" label={t('session.publishNow')} />
        <SubmitButton label={t('statements.create')} intent="create" />
      </ConsoleForm>
    </>
  );
}
