// Home: the series the organizer works on, each leading to its dashboard.
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { ConsoleSeriesListDocument } from '../generated/graphql.js';
import { organizes } from '../lib/access.js';
import { fromApi } from '../lib/api.server.js';
import { requireOrganizer } from '../lib/auth.server.js';
import { resolveLocale } from '../lib/locale.server.js';
import { pageTitle } from '../lib/page-title.js';
import { useConsole } from '../lib/use-console.js';
import { StatusBadge } from '../components/status-badge.js';

export const meta: MetaFunction = pageTitle('home.title');

export async function loader({ request }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request);
  const { locale } = await resolveLocale(request);
  const { seriesList } = await fromApi(() => organizer.client.request(ConsoleSeriesListDocument, { lang: locale }));
  const viewer = organizer.viewer;
  // Grants of series the api does not list (unpublished ones) are named by slug.
  const listed = new Set(seriesList.map((series) => series.slug));
  const unlisted = [...new Set(viewer.roles.map((grant) => grant.seriesSlug))].filter((slug) => !listed.has(slug));
  return data(
    {
      series: seriesList.filter((series) => organizes(viewer, series.slug)).map((series) => ({ slug: series.slug, name: series.name.text, status: series.status })),
      unlisted,
      roles: viewer.roles.map((grant) => ({ id: grant.id, role: grant.role, series: grant.seriesSlug, edition: grant.editionNumber })),
      isPlatformAdmin: viewer.isPlatformAdmin,
    },
    { headers: organizer.headers },
  );
}

export default function Home() {
  const { series, unlisted, roles, isPlatformAdmin } = useLoaderData<typeof loader>();
  const { t } = useConsole();
  return (
    <>
      <h1>{t('home.title')}</h1>
      {series.length === 0 && unlisted.length === 0 ? <p>{t('home.noSeries')}</p> : null}
      <ul className="card-list">
        {series.map((entry) => (
          <li key={entry.slug} className="card">
            <h2 className="card__title">
              <Link to={`/series/${entry.slug}`}>{entry.name}</Link>
            </h2>
            <StatusBadge status={entry.status} />
          </li>
        ))}
        {unlisted.map((slug) => (
          <li key={slug} className="card">
            <h2 className="card__title">
              <Link to={`/series/${slug}`}>{slug}</Link>
            </h2>
            <p className="muted">{t('home.unlisted')}</p>
          </li>
        ))}
      </ul>
      <h2>{t('home.yourRoles')}</h2>
      {isPlatformAdmin ? <p>{t('home.platformAdmin')}</p> : null}
      <ul>
        {roles.map((grant) => (
          <li key={grant.id}>{t('home.roleLine', { role: t(`role.${grant.role}`), series: grant.series, edition: grant.edition ?? 0 })}</li>
        ))}
      </ul>
    </>
  );
}
