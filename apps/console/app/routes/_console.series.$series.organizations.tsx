// Organizations (ministries, agencies, companies ...) with their names in every script the
// console edits, a form to add one owned by this series and, per organization, its names.
import type { OrganizationKind } from '@caravan/sdk/schema-types';
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { ConsoleForm, FormTitle, SelectField, SubmitButton, TextField } from '../components/form.js';
import { NamesFields } from '../components/names-fields.js';
import { OrganizationListDocument } from '../generated/graphql.js';
import { CONSOLE_LOCALES, LOCALE_NAMES, type ConsoleLocale } from '../i18n/console-i18n.js';
import { organizerAction } from '../lib/action.server.js';
import { fromApi } from '../lib/api.server.js';
import { localizedFieldMap, localizedInput, slugify } from '../lib/localized-input.js';
import { openPlace } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('organizations.title');

const KINDS: readonly OrganizationKind[] = ['GOVERNMENT_BODY', 'LEGISLATURE', 'DIPLOMATIC_MISSION', 'INTERNATIONAL_BODY', 'BUSINESS_ASSOCIATION', 'ENTERPRISE', 'UNIVERSITY', 'OTHER'];
const isKind = (value: string): value is OrganizationKind => (KINDS as readonly string[]).includes(value);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer } = await openPlace(request, params, 'organizations');
  const pages = await Promise.all(CONSOLE_LOCALES.map(async (lang) => [lang, (await fromApi(() => organizer.client.request(OrganizationListDocument, { lang, first: 100, after: null, filter: null }))).organizations] as const));
  const [, reference] = pages[0] ?? [];
  const names = (slug: string) =>
    Object.fromEntries(pages.flatMap(([lang, page]) => page.edges.filter((edge) => edge.node.slug === slug && !edge.node.name.fallback).map((edge) => [lang, edge.node.name.text]))) as Partial<Record<ConsoleLocale, string>>;
  return data(
    { total: reference?.totalCount ?? 0, organizations: (reference?.edges ?? []).map(({ node }) => ({ slug: node.slug, kind: node.kind, country: node.country?.code ?? null, names: names(node.slug) })) },
    { headers: organizer.headers },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const series = params['series'] ?? '';
  const here = `/series/${encodeURIComponent(series)}/organizations`;
  const form = await request.clone().formData();
  return organizerAction(request, { fields: { ...localizedFieldMap(form, 'name'), slug: 'slug', kind: 'kind', countryCode: 'countryCode', website: 'website' } }, async ({ organizer, form: sent, intent, text, done }) => {
    const name = localizedInput(sent, 'name');
    if (intent === 'rename') {
      await organizer.client.mutation.updateOrganization({ slug: text('slug'), input: { name } });
      return done(here, { kind: 'success', message: 'organizations.saved' });
    }
    const kind = text('kind');
    const created = await organizer.client.mutation.createOrganization({
      series,
      input: { slug: text('slug') || slugify(name[0]?.text ?? ''), name, kind: isKind(kind) ? kind : 'OTHER', countryCode: text('countryCode').toUpperCase() || null, website: text('website') || null },
    });
    return done(here, { kind: 'success', message: 'organizations.created', values: { name: created.name.text } });
  });
}

export default function Organizations() {
  const { total, organizations } = useLoaderData<typeof loader>();
  const { t } = useConsole();
  return (
    <>
      <h1>{t('organizations.title')}</h1>
      <p className="muted">{t('organizations.intro', { count: total })}</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('organizations.title')}</caption>
          <thead>
            <tr>
              {CONSOLE_LOCALES.map((language) => (
                <th scope="col" key={language}>
                  {t('organizations.nameIn', { language: LOCALE_NAMES[language] })}
                </th>
              ))}
              <th scope="col">{t('organizations.kind')}</th>
              <th scope="col">{t('people.country')}</th>
            </tr>
          </thead>
          <tbody>
            {organizations.map((organization) => (
              <tr key={organization.slug}>
                {CONSOLE_LOCALES.map((language) => (
                  <td key={language} lang={language}>
                    {organization.names[language] ?? '—'}
                  </td>
                ))}
                <td>{t(`organizationKind.${organization.kind}`)}</td>
                <td>{organization.country ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ConsoleForm id="new-organization">
        <FormTitle id="new-organization">{t('organizations.new')}</FormTitle>
        <NamesFields base="name" label="organizations.nameIn" />
        <TextField name="slug" label={t('person.slug')} hint={t('person.slugHint')} />
        <SelectField name="kind" label={t('organizations.kind')} choices={KINDS.map((kind) => ({ value: kind, label: t(`organizationKind.${kind}`) }))} required defaultValue="GOVERNMENT_BODY" />
        <TextField name="countryCode" label={t('people.country')} hint={t('delegations.countryHint')} />
        <TextField name="website" type="url" label={t('organizations.website')} />
        <SubmitButton label={t('organizations.create')} intent="create" />
      </ConsoleForm>
    </>
  );
}
