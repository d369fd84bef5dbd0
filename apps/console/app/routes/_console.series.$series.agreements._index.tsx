// The agreements registry of a series: a filtered list (edition, status, type) and a form to
// record a new agreement. Values the parties did not disclose are never shown: the api gives them
// to nobody (see the README for the field that would show them to organizers).
import { AGREEMENT_STATUSES } from '@caravan/forums/agreements';
import type { AgreementStatus, AgreementType } from '@caravan/sdk/schema-types';
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { FilterForm, FilterSelect } from '../components/filter-form.js';
import { CheckboxField, ConsoleForm, FormTitle, SelectField, SubmitButton, TextField } from '../components/form.js';
import { AgreementRegistryDocument, SeriesDashboardDocument } from '../generated/graphql.js';
import { LOCALE_NAMES } from '../i18n/console-i18n.js';
import { organizerAction } from '../lib/action.server.js';
import { fromApi } from '../lib/api.server.js';
import { agreementRow } from '../lib/agreements.server.js';
import { AGREEMENT_TYPES } from '../lib/agreement-vocabulary.js';
import { localizedFieldMap, localizedInput, slugify, textField, TEXT_LANGUAGES } from '../lib/localized-input.js';
import { openPlace } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('agreements.title');

const isStatus = (value: string): value is AgreementStatus => (AGREEMENT_STATUSES as readonly string[]).includes(value);
const isType = (value: string): value is AgreementType => (AGREEMENT_TYPES as readonly string[]).includes(value);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, locale, series } = await openPlace(request, params, 'agreements');
  const url = new URL(request.url);
  const edition = Number(url.searchParams.get('edition') ?? '') || null;
  const status = url.searchParams.get('status') ?? '';
  const type = url.searchParams.get('type') ?? '';
  const after = url.searchParams.get('after');
  const filter = { editions: edition ? [edition] : null, statuses: isStatus(status) ? [status] : null, types: isType(type) ? [type] : null, country: null, track: null };
  const [registry, dashboard] = await Promise.all([
    fromApi(() => organizer.client.request(AgreementRegistryDocument, { series, lang: locale, first: 50, after, filter })),
    fromApi(() => organizer.client.request(SeriesDashboardDocument, { series, lang: locale })),
  ]);
  const next = new URLSearchParams(url.searchParams);
  if (registry.agreements.pageInfo.endCursor) next.set('after', registry.agreements.pageInfo.endCursor);
  return data(
    {
      filter: { edition: edition ? String(edition) : '', status: isStatus(status) ? status : '', type: isType(type) ? type : '' },
      editions: dashboard.series?.editions.map((entry) => entry.number) ?? [],
      total: registry.agreements.totalCount,
      rows: registry.agreements.edges.map((edge) => agreementRow(edge.node, locale)),
      next: registry.agreements.pageInfo.hasNextPage ? `?${next.toString()}` : null,
    },
    { headers: organizer.headers },
  );
}

export function action({ request, params }: ActionFunctionArgs) {
  const series = params['series'] ?? '';
  const here = `/series/${encodeURIComponent(series)}/agreements`;
  return request
    .clone()
    .formData()
    .then((form) =>
      organizerAction(request, { fields: { ...localizedFieldMap(form, 'title'), slug: 'slug', type: 'type', parties: 'parties', signedOn: 'signedOn', number: 'edition', valueAmount: 'valueAmount', currency: 'currency' } }, async ({ organizer, form: sent, text, done }) => {
        const title = localizedInput(sent, 'title');
        const type = text('type');
        const parties = text('parties')
          .split(',')
          .map((code) => code.trim().toUpperCase())
          .filter(Boolean)
          .map((countryCode) => ({ countryCode }));
        const amount = text('valueAmount');
        const published = sent.get('published') === 'on';
        const created = await organizer.client.mutation.createAgreement({
          series,
          number: Number(text('edition')),
          input: {
            slug: text('slug') || slugify(title[0]?.text ?? ''),
            title,
            type: isType(type) ? type : 'MEMORANDUM',
            parties,
            signedOn: text('signedOn') || null,
            confidential: sent.get('confidential') === 'on',
            ...(amount ? { valueAmount: Number(amount), currency: text('currency').toUpperCase() } : {}),
            published,
          },
        });
        const label = created.title.text;
        return done(here, published ? { kind: 'success', message: 'agreements.created', values: { title: label } } : { kind: 'success', message: 'agreements.createdDraft', values: { title: label }, draft: { kind: 'agreement', id: created.id, label } });
      }),
    );
}

export default function Agreements() {
  const { filter, editions, total, rows, next } = useLoaderData<typeof loader>();
  const { t } = useConsole();
  const statusChoices = AGREEMENT_STATUSES.map((status) => ({ value: status, label: t(`agreementStatus.${status}`) }));
  const typeChoices = AGREEMENT_TYPES.map((type) => ({ value: type, label: t(`agreementType.${type}`) }));
  const editionChoices = editions.map((number) => ({ value: String(number), label: t('nav.edition', { number }) }));
  return (
    <>
      <h1>{t('agreements.title')}</h1>
      <FilterForm id="agreement-filter">
        <FilterSelect id="agreement-filter-edition" name="edition" label={t('agreements.edition')} value={filter.edition} choices={editionChoices} />
        <FilterSelect id="agreement-filter-status" name="status" label={t('agreements.status')} value={filter.status} choices={statusChoices} />
        <FilterSelect id="agreement-filter-type" name="type" label={t('agreements.type')} value={filter.type} choices={typeChoices} />
      </FilterForm>
      <p role="status">{t('agreements.count', { count: total })}</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('agreements.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('agreements.agreement')}</th>
              <th scope="col">{t('agreements.type')}</th>
              <th scope="col">{t('agreements.status')}</th>
              <th scope="col">{t('agreements.signedOn')}</th>
              <th scope="col">{t('agreements.value')}</th>
              <th scope="col">{t('agreements.parties')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <Link to={row.id}>{row.title}</Link>
                  {row.edition ? <span className="muted"> · {t('nav.edition', { number: row.edition })}</span> : null}
                </td>
                <td>{t(`agreementType.${row.type}`)}</td>
                <td>{t(`agreementStatus.${row.status}`)}</td>
                <td>{row.signedOn ?? '—'}</td>
                <td>{row.confidential ? t('agreements.confidential') : row.value ?? '—'}</td>
                <td>{row.parties}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {next ? (
        <p>
          <Link to={next}>{t('agreements.more')}</Link>
        </p>
      ) : null}
      <ConsoleForm id="new-agreement">
        <FormTitle id="new-agreement">{t('agreements.new')}</FormTitle>
        <SelectField name="edition" label={t('agreements.edition')} choices={editionChoices} required defaultValue={editionChoices[0]?.value ?? ''} />
        {TEXT_LANGUAGES.map((language) => (
          <TextField key={language} name={textField('title', language)} label={t('session.titleIn', { language: LOCALE_NAMES[language] })} lang={language} {...(language === 'en' ? { required: true } : {})} />
        ))}
        <TextField name="slug" label={t('session.slug')} hint={t('session.slugHint')} />
        <SelectField name="type" label={t('agreements.type')} choices={typeChoices} required defaultValue="MEMORANDUM" />
        <TextField name="parties" label={t('agreements.parties')} hint={t('agreements.partiesHint')} required />
        <TextField name="signedOn" type="date" label={t('agreements.signedOn')} />
        <TextField name="valueAmount" type="number" label={t('agreements.value')} />
        <TextField name="currency" label={t('agreements.currency')} hint={t('agreements.currencyHint')} />
        <CheckboxField name="confidential" label={t('agreements.confidentialLabel')} />
        <CheckboxField name="published" label={t('session.publishNow')} />
        <SubmitButton label={t('agreements.create')} intent="create" />
      </ConsoleForm>
    </>
  );
}
