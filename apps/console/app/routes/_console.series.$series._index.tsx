// Dashboard of a series: its editions (drafts too) with what each holds, and the edition pages
// the organizer may open. Applications are counted where the organizer may read them; check-ins
// get their column when check-in lands.
import { data, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { StatusBadge } from '../components/status-badge.js';
import { EditionApplicationCountsDocument, SeriesDashboardDocument } from '../generated/graphql.js';
import type { ConsoleMessageKey } from '../i18n/console-i18n.js';
import { can } from '../lib/access.js';
import { fromApi, notFound } from '../lib/api.server.js';
import { navigation } from '../lib/console-nav.js';
import { formatDateRange, formatNumber } from '../lib/format.server.js';
import { openPlace } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('dashboard.title');

type Count = 'sessions' | 'delegations' | 'agreements' | 'applications' | 'checkIns';

/** The figures per edition; 'coming' ones wait for the api's accreditation and check-in fields. */
const COUNTS: readonly { id: Count; label: ConsoleMessageKey; status: 'ready' | 'coming' }[] = [
  { id: 'sessions', label: 'dashboard.sessions', status: 'ready' },
  { id: 'delegations', label: 'dashboard.delegations', status: 'ready' },
  { id: 'agreements', label: 'dashboard.agreements', status: 'ready' },
  { id: 'applications', label: 'dashboard.applications', status: 'ready' },
  { id: 'checkIns', label: 'dashboard.checkIns', status: 'coming' },
];
const READY_COUNTS = COUNTS.filter((count) => count.status === 'ready');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, locale, series } = await openPlace(request, params, 'dashboard');
  const result = await fromApi(() => organizer.client.request(SeriesDashboardDocument, { series, lang: locale }));
  if (!result.series) notFound(series);
  const stats = new Map(result.participationStats.map((row) => [row.number, row]));
  const mayReadApplications = (number: number) => can(organizer.viewer, 'registration.read', { series, edition: number }) || can(organizer.viewer, 'media.read', { series, edition: number });
  const editions = await Promise.all(
    result.organizerEditions.map(async (edition) => {
      const row = stats.get(edition.number);
      const figures: Partial<Record<Count, number>> = { sessions: row?.sessions ?? 0, delegations: row?.delegations ?? 0, agreements: row?.agreements ?? 0 };
      if (mayReadApplications(edition.number)) {
        const { applicationCounts } = await fromApi(() => organizer.client.request(EditionApplicationCountsDocument, { editionId: edition.id }));
        figures.applications = applicationCounts.reduce((sum, count) => sum + count.count, 0);
      }
      return {
        number: edition.number,
        status: edition.status,
        published: edition.published,
        theme: edition.theme,
        city: edition.hostCity,
        dates: formatDateRange(edition.startDate, edition.endDate, locale),
        // A figure the organizer may not read is left out, not shown as 0.
        counts: READY_COUNTS.filter((count) => figures[count.id] !== undefined).map((count) => ({ id: count.id, label: count.label, value: formatNumber(figures[count.id] ?? 0, locale) })),
        // The edition pages read published editions only: a draft offers none until it is published.
        pages: edition.published ? navigation(organizer.viewer, series, edition.number).edition : [],
      };
    }),
  );
  const addEdition = can(organizer.viewer, 'edition.create', { series }) ? `/series/${encodeURIComponent(series)}/editions/new` : null;
  return data({ name: result.series.name.text, status: result.series.status, editions, addEdition }, { headers: organizer.headers });
}

export default function Dashboard() {
  const { name, status, editions, addEdition } = useLoaderData<typeof loader>();
  const { t } = useConsole();
  return (
    <>
      <h1>{name}</h1>
      <p>
        <StatusBadge status={status} />
      </p>
      <h2>{t('dashboard.editions')}</h2>
      {editions.length === 0 ? <p>{t('dashboard.noEditions')}</p> : null}
      {addEdition ? (
        <p>
          <Link to={addEdition} className="button">
            {t('dashboard.addEdition')}
          </Link>
        </p>
      ) : null}
      <ul className="card-list">
        {editions.map((edition) => (
          <li key={edition.number} className="card edition-card">
            <h3 className="card__title">{t('dashboard.editionTitle', { number: edition.number, city: edition.city })}</h3>
            <p className="meta-line">
              <StatusBadge status={edition.status} />
              {edition.published ? null : <span className="status-badge status-draft">{t('dashboard.draft')}</span>}
              {edition.dates ? <span>{edition.dates}</span> : <span className="muted">{t('dashboard.noDates')}</span>}
            </p>
            <p className="muted">{edition.theme}</p>
            <dl className="figures">
              {edition.counts.map((count) => (
                <div key={count.id} className="figures__item">
                  <dt>{t(count.label)}</dt>
                  <dd>{count.value}</dd>
                </div>
              ))}
            </dl>
            {edition.pages.length > 0 ? (
              <ul className="link-row" aria-label={t('dashboard.editionPages', { number: edition.number })}>
                {edition.pages.map((page) => (
                  <li key={page.id}>
                    <Link to={page.href}>{t(page.label)}</Link>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
