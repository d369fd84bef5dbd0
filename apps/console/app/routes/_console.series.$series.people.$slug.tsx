// One person: names and positions in every script the console edits, country and organization;
// publishing or hiding them.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { ActionButton, ConsoleForm, FormTitle, SubmitButton, TextField } from '../components/form.js';
import { NamesFields } from '../components/names-fields.js';
import { PersonDetailDocument } from '../generated/graphql.js';
import { CONSOLE_LOCALES, type ConsoleLocale } from '../i18n/console-i18n.js';
import { organizerAction } from '../lib/action.server.js';
import { fromApi, notFound } from '../lib/api.server.js';
import { localizedFieldMap, localizedInput } from '../lib/localized-input.js';
import { openPlace } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('people.editTitle');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, series } = await openPlace(request, params, 'people');
  const slug = params['slug'] ?? '';
  const versions = await Promise.all(CONSOLE_LOCALES.map(async (lang) => [lang, (await fromApi(() => organizer.client.request(PersonDetailDocument, { slug, lang }))).person] as const));
  const person = versions[0]?.[1];
  if (!person) notFound(`Person ${slug}`);
  const pick = (field: 'name' | 'position') =>
    Object.fromEntries(versions.flatMap(([lang, version]) => (version?.[field] && !version[field]?.fallback ? [[lang, version[field]?.text ?? '']] : []))) as Partial<Record<ConsoleLocale, string>>;
  return data(
    { slug, names: pick('name'), positions: pick('position'), country: person.country?.code ?? '', organization: person.organization?.slug ?? '', back: `/series/${encodeURIComponent(series)}/people` },
    { headers: organizer.headers },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const series = params['series'] ?? '';
  const slug = params['slug'] ?? '';
  const form = await request.clone().formData();
  const here = `/series/${encodeURIComponent(series)}/people/${slug}`;
  const fields = { ...localizedFieldMap(form, 'name'), ...localizedFieldMap(form, 'position'), countryCode: 'countryCode', organization: 'organization' };
  return organizerAction(request, { fields }, async ({ organizer, form: sent, intent, text, done }) => {
    if (intent === 'unpublish') {
      await organizer.client.mutation.unpublishPerson({ slug });
      return done(`/series/${encodeURIComponent(series)}/people`, { kind: 'info', message: 'people.unpublished', draft: { kind: 'person', id: slug, label: slug } });
    }
    await organizer.client.mutation.updatePerson({
      slug,
      input: { name: localizedInput(sent, 'name'), position: localizedInput(sent, 'position'), countryCode: text('countryCode').toUpperCase() || null, organization: text('organization') || null },
    });
    return done(here, { kind: 'success', message: 'people.saved' });
  });
}

export default function Person() {
  const { slug, names, positions, country, organization, back } = useLoaderData<typeof loader>();
  const { t } = useConsole();
  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>{t('people.back')}</Link>
      </p>
      <h1>{names.en ?? slug}</h1>
      <div className="toolbar">
        <ActionButton id="unpublish" intent="unpublish" label={t('session.unpublish')} />
      </div>
      <ConsoleForm id="person">
        <FormTitle id="person">{t('people.details')}</FormTitle>
        <fieldset className="field-group">
          <legend>{t('person.names')}</legend>
          <NamesFields base="name" label="person.nameIn" initial={names} />
        </fieldset>
        <fieldset className="field-group">
          <legend>{t('people.position')}</legend>
          <NamesFields base="position" label="person.positionIn" initial={positions} />
        </fieldset>
        <TextField name="countryCode" label={t('people.country')} hint={t('delegations.countryHint')} defaultValue={country} />
        <TextField name="organization" label={t('people.organization')} hint={t('people.organizationHint')} defaultValue={organization} />
        <SubmitButton label={t('people.save')} intent="save" />
      </ConsoleForm>
    </>
  );
}
