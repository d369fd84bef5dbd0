// People of the series (the api lists those who speak, lead or join a delegation, or made a
// statement) with their names in every script the console edits, and a form to add a person.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { CheckboxField, ConsoleForm, FormTitle, SubmitButton, TextField } from '../components/form.js';
import { NamesFields } from '../components/names-fields.js';
import { CONSOLE_LOCALES, LOCALE_NAMES } from '../i18n/console-i18n.js';
import { organizerAction } from '../lib/action.server.js';
import { localizedFieldMap, localizedInput, slugify } from '../lib/localized-input.js';
import { openPlace } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import { listPeople } from '../lib/people.server.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('people.title');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, locale, series } = await openPlace(request, params, 'people');
  const { people, total } = await listPeople(organizer, series, locale);
  return data({ people, total }, { headers: organizer.headers });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const series = params['series'] ?? '';
  const form = await request.clone().formData();
  const fields = { ...localizedFieldMap(form, 'name'), ...localizedFieldMap(form, 'position'), slug: 'slug', countryCode: 'countryCode', organization: 'organization' };
  return organizerAction(request, { fields }, async ({ organizer, form: sent, text, done }) => {
    const name = localizedInput(sent, 'name');
    const published = sent.get('published') === 'on';
    const person = await organizer.client.mutation.createPerson({
      series,
      input: {
        slug: text('slug') || slugify(name[0]?.text ?? ''),
        name,
        position: localizedInput(sent, 'position'),
        countryCode: text('countryCode').toUpperCase() || null,
        organization: text('organization') || null,
        published,
      },
    });
    return done(`/series/${encodeURIComponent(series)}/people/${person.slug}`, { kind: 'success', message: 'people.created', values: { name: person.name.text } });
  });
}

export default function People() {
  const { people, total } = useLoaderData<typeof loader>();
  const { t } = useConsole();
  return (
    <>
      <h1>{t('people.title')}</h1>
      <p className="muted">{t('people.intro', { count: total })}</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('people.title')}</caption>
          <thead>
            <tr>
              {CONSOLE_LOCALES.map((language) => (
                <th scope="col" key={language}>
                  {t('person.nameIn', { language: LOCALE_NAMES[language] })}
                </th>
              ))}
              <th scope="col">{t('people.country')}</th>
              <th scope="col">{t('people.organization')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.slug}>
                {CONSOLE_LOCALES.map((language, index) => (
                  <td key={language} lang={language}>
                    {index === 0 ? <Link to={person.slug}>{person.names[language] ?? person.name}</Link> : person.names[language] ?? '—'}
                  </td>
                ))}
                <td>{person.country ?? '—'}</td>
                <td>{person.organization ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ConsoleForm id="new-person">
        <FormTitle id="new-person">{t('people.new')}</FormTitle>
        <fieldset className="field-group">
          <legend>{t('person.names')}</legend>
          <NamesFields base="name" label="person.nameIn" />
        </fieldset>
        <fieldset className="field-group">
          <legend>{t('people.position')}</legend>
          <NamesFields base="position" label="person.positionIn" />
        </fieldset>
        <TextField name="slug" label={t('person.slug')} hint={t('person.slugHint')} />
        <TextField name="countryCode" label={t('people.country')} hint={t('delegations.countryHint')} />
        <TextField name="organization" label={t('people.organization')} hint={t('people.organizationHint')} />
        <CheckboxField name="published" label={t('person.publishNow')} defaultChecked />
        <SubmitButton label={t('people.create')} intent="create" />
      </ConsoleForm>
    </>
  );
}
