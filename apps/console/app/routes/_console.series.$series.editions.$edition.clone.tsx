// A new edition cloned from this one: its tracks, venues and rooms, registration setup and
// categories, and optionally its sessions' skeleton, all shifted to the new dates, in one api call.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { CheckboxField, ConsoleForm, FormTitle, SubmitButton, TextField } from '../components/form.js';
import { SeriesEditionsDocument } from '../generated/graphql.js';
import { organizerAction } from '../lib/action.server.js';
import { fromApi, notFound } from '../lib/api.server.js';
import { cloneEdition, cloneFieldMap } from '../lib/clone.server.js';
import { editionParam, openPlace } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('clone.title');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, locale, series, edition: number } = await openPlace(request, params, 'edition-clone');
  const result = await fromApi(() => organizer.client.request(SeriesEditionsDocument, { series, lang: locale }));
  if (!result.series || !result.series.editions.some((edition) => edition.number === number)) notFound(`Edition ${number ?? ''} of ${series}`);
  const next = Math.max(0, ...result.series.editions.map((edition) => edition.number)) + 1;
  return data({ name: result.series.name.text, from: number ?? 0, next, back: `/series/${encodeURIComponent(series)}` }, { headers: organizer.headers });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const series = params['series'] ?? '';
  const from = editionParam(params) ?? 0;
  return organizerAction(request, { fields: cloneFieldMap }, async ({ organizer, form, text, done }) => {
    const number = Number.parseInt(text('number'), 10);
    const cloned = await cloneEdition(organizer, series, from, {
      number: Number.isInteger(number) ? number : 0,
      startDate: text('startDate'),
      endDate: text('endDate'),
      withSessions: form.get('withSessions') === 'on',
    });
    return done(`/series/${encodeURIComponent(series)}`, { kind: 'success', message: 'clone.done', values: { from, number: cloned.number } });
  });
}

export default function CloneEdition() {
  const { name, from, next, back } = useLoaderData<typeof loader>();
  const { t } = useConsole();
  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>{t('editionNew.back', { series: name })}</Link>
      </p>
      <h1>{t('clone.heading', { number: from })}</h1>
      <p>{t('clone.intro')}</p>
      <ConsoleForm id="clone">
        <FormTitle id="clone">{t('clone.newEdition')}</FormTitle>
        <TextField name="number" type="number" label={t('edition.number')} hint={t('edition.numberHint')} required defaultValue={String(next)} />
        <fieldset className="field-group field-group--row">
          <legend>{t('edition.dates')}</legend>
          <TextField name="startDate" type="date" label={t('edition.startDate')} required />
          <TextField name="endDate" type="date" label={t('edition.endDate')} hint={t('clone.endDateHint')} />
        </fieldset>
        <CheckboxField name="withSessions" label={t('clone.withSessions')} />
        <SubmitButton label={t('clone.submit')} intent="clone" />
      </ConsoleForm>
    </>
  );
}
