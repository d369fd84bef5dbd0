// A new edition of a series (the first one of a newly proposed series, or the next one): number,
// theme, host city, dates, time zone and working languages, in one createEdition. Tracks and
// rooms are added next, on the edition's setup page.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { EditionForm } from '../components/edition-form.js';
import { SeriesEditionsDocument } from '../generated/graphql.js';
import { organizerAction } from '../lib/action.server.js';
import { fromApi, notFound } from '../lib/api.server.js';
import { editionFieldMap, editionInput, languageChoices, timeZoneChoices } from '../lib/edition-input.js';
import { openPlace } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('editionNew.title');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, locale, series } = await openPlace(request, params, 'edition-new');
  const result = await fromApi(() => organizer.client.request(SeriesEditionsDocument, { series, lang: locale }));
  if (!result.series) notFound(series);
  const next = Math.max(0, ...result.series.editions.map((edition) => edition.number)) + 1;
  return data(
    { name: result.series.name.text, next, languages: languageChoices(locale), timeZones: timeZoneChoices(), back: `/series/${encodeURIComponent(series)}` },
    { headers: organizer.headers },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.clone().formData();
  const series = params['series'] ?? '';
  return organizerAction(request, { fields: editionFieldMap(form) }, async ({ organizer, form: sent, done }) => {
    const created = await organizer.client.mutation.createEdition({ series, input: editionInput(sent) });
    return done(`/series/${encodeURIComponent(series)}/editions/${created.number}/setup`, { kind: 'success', message: 'editionNew.created', values: { number: created.number } });
  });
}

export default function NewEdition() {
  const { name, next, languages, timeZones, back } = useLoaderData<typeof loader>();
  const { t } = useConsole();
  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>{t('editionNew.back', { series: name })}</Link>
      </p>
      <h1>{t('editionNew.heading', { series: name })}</h1>
      <EditionForm id="edition" languages={languages} timeZones={timeZones} initial={{ number: String(next), workingLanguages: ['en', 'zh-Hans', 'ru'] }} submit={t('editionNew.submit')} />
    </>
  );
}
