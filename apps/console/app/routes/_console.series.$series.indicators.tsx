// Indicators of the series (reported figures followed over time) with their values, and a form
// to report the value of a new period. Series admins only, as in the api.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { ConsoleForm, FormTitle, SelectField, SubmitButton, TextField } from '../components/form.js';
import { SeriesIndicatorsDocument } from '../generated/graphql.js';
import { organizerAction } from '../lib/action.server.js';
import { fromApi } from '../lib/api.server.js';
import { formatDate } from '../lib/format.server.js';
import { openPlace } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('indicators.title');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, locale, series } = await openPlace(request, params, 'indicators');
  const { indicators } = await fromApi(() => organizer.client.request(SeriesIndicatorsDocument, { series, lang: locale }));
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale);
  return data(
    {
      indicators: indicators.map((indicator) => ({
        slug: indicator.slug,
        name: indicator.name.text,
        unit: indicator.unit,
        source: indicator.source?.text ?? null,
        countries: indicator.countries.map((country) => country.code).join(', '),
        values: indicator.values.map((value) => ({
          period: value.period,
          range: `${formatDate(value.periodStart, locale)} – ${formatDate(value.periodEnd, locale)}`,
          // Decimal strings are formatted exactly (no floating point).
          value: `${value.qualifier ? `${value.qualifier} ` : ''}${number.format(value.value as unknown as number)} ${indicator.unit}`,
        })),
      })),
    },
    { headers: organizer.headers },
  );
}

export function action({ request, params }: ActionFunctionArgs) {
  const here = `/series/${encodeURIComponent(params['series'] ?? '')}/indicators`;
  return organizerAction(request, { fields: { period: 'period', periodStart: 'periodStart', periodEnd: 'periodEnd', value: 'value', slug: 'slug' } }, async ({ organizer, text, done }) => {
    await organizer.client.mutation.addIndicatorValue({ slug: text('slug'), value: { period: text('period'), periodStart: text('periodStart'), periodEnd: text('periodEnd'), value: text('value') } });
    return done(here, { kind: 'success', message: 'indicators.added', values: { period: text('period') } });
  });
}

export default function Indicators() {
  const { indicators } = useLoaderData<typeof loader>();
  const { t } = useConsole();
  return (
    <>
      <h1>{t('indicators.title')}</h1>
      {indicators.length === 0 ? <p>{t('indicators.none')}</p> : null}
      {indicators.map((indicator) => (
        <section key={indicator.slug} className="card" aria-labelledby={`indicator-${indicator.slug}`}>
          <h2 id={`indicator-${indicator.slug}`}>{indicator.name}</h2>
          <p className="muted">
            {indicator.countries}
            {indicator.source ? ` · ${indicator.source}` : ''}
          </p>
          <table className="data-table">
            <caption className="visually-hidden">{indicator.name}</caption>
            <thead>
              <tr>
                <th scope="col">{t('indicators.period')}</th>
                <th scope="col">{t('indicators.dates')}</th>
                <th scope="col">{t('indicators.value')}</th>
              </tr>
            </thead>
            <tbody>
              {indicator.values.map((value) => (
                <tr key={value.period}>
                  <td>{value.period}</td>
                  <td>{value.range}</td>
                  <td>{value.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <ConsoleForm id="indicator-value">
        <FormTitle id="indicator-value">{t('indicators.addTitle')}</FormTitle>
        <SelectField name="slug" label={t('indicators.indicator')} choices={indicators.map((indicator) => ({ value: indicator.slug, label: indicator.name }))} required />
        <TextField name="period" label={t('indicators.period')} hint={t('indicators.periodHint')} required />
        <TextField name="periodStart" type="date" label={t('indicators.start')} required />
        <TextField name="periodEnd" type="date" label={t('indicators.end')} required />
        <TextField name="value" label={t('indicators.value')} hint={t('indicators.valueHint')} required />
        <SubmitButton label={t('indicators.add')} intent="add" />
      </ConsoleForm>
    </>
  );
}
