// An edition page: theme, dates, host city, organisers, attendance, delegations and the programme,
// grouped by day and track, with times in the edition's own time zone.
import { createTranslator } from '@caravan/i18n';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { IntlText } from '../components/intl-text.js';
import { Localized } from '../components/localized.js';
import { PersonLine } from '../components/person-line.js';
import { ProgrammeSection } from '../components/programme-section.js';
import { StatusBadge } from '../components/status-badge.js';
import { editionNumberParam, seriesSlugParam } from '../lib/address.js';
import { fromApi, notFound, pages } from '../lib/caravan.server.js';
import { formatDateRange, formatLanguages } from '../lib/format.js';
import { resolveLocale } from '../lib/locale.server.js';
import { regionLocales, type PageTheme } from '../lib/page-theme.js';
import { RegistrationCall } from '../components/registration-call.js';
import { registrationWindow } from '../lib/registration/registration.server.js';
import { registrationCallTexts } from '../lib/registration/registration-window.js';
import { registrationTranslator } from '../i18n/registration/registration-i18n.js';
import { formatInstantDate } from '../lib/format.js';
import { usePortal } from '../lib/use-portal.js';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { locale } = await resolveLocale(request);
  // Only a canonical slug and number name an edition; "011", "1e1" or "Bad_Slug" are not addresses we publish.
  const slug = seriesSlugParam(params['series']);
  const number = editionNumberParam(params['edition']);
  if (slug === null || number === null) notFound();
  const [edition, registration] = await Promise.all([fromApi(() => pages.edition(slug, number, locale)), registrationWindow(slug, number)]);
  if (!edition) notFound();
  const pageTheme: PageTheme = { themeKey: edition.series.themeKey, regionLocales: regionLocales(edition.series.countries) };
  const registrationCall = registration
    ? registrationCallTexts(registrationTranslator(locale), registration, new Date().toISOString(), (instant) => formatInstantDate(instant, locale, edition.timeZone))
    : null;
  return { locale, edition, pageTheme, registrationCall };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [];
  const t = createTranslator(data.locale);
  const { edition } = data;
  return [
    { title: `${t('edition.title', { series: edition.series.name.text, number: edition.number })} · ${t('site.name')}` },
    { name: 'description', content: edition.theme.text },
  ];
};

export default function EditionRoute() {
  const { edition, registrationCall } = useLoaderData<typeof loader>();
  const { t, href, locale } = usePortal();
  const dates = formatDateRange(edition.startDate, edition.endDate, locale);
  const place = [edition.hostCity.text, edition.hostSubdivision?.name.text, edition.hostCountry?.name.text].filter(Boolean).join(', ');
  return (
    <div className="page edition-page">
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link to={href('/')}>{t('nav.home')}</Link>
        <span aria-hidden="true"> / </span>
        <Link to={href(`/${edition.series.slug}`)}>
          <Localized value={edition.series.name} />
        </Link>
      </nav>
      <h1>{t('edition.title', { series: edition.series.name.text, number: edition.number })}</h1>
      <p className="edition-theme">
        <Localized value={edition.theme} />
      </p>
      <p className="meta-line">
        <IntlText>{[dates ?? t('edition.datesToBeAnnounced'), place].filter(Boolean).join(' · ')}</IntlText>
        <StatusBadge status={edition.status} />
      </p>
      {registrationCall && <RegistrationCall texts={registrationCall} path={`/${edition.series.slug}/${edition.number}/register`} />}

      <section aria-labelledby="overview">
        <h2 id="overview">{t('edition.overview')}</h2>
        {edition.description.text && (
          <p className="lead">
            <Localized value={edition.description} />
          </p>
        )}
        <dl className="facts">
          <div>
            <dt>{t('edition.theme')}</dt>
            <dd>
              <Localized value={edition.theme} />
            </dd>
          </div>
          <div>
            <dt>{t('edition.dates')}</dt>
            <dd>
              <IntlText>{dates ?? t('edition.datesToBeAnnounced')}</IntlText>
            </dd>
          </div>
          <div>
            <dt>{t('edition.hostCity')}</dt>
            <dd>{place}</dd>
          </div>
          {edition.attendance !== null && (
            <div>
              <dt>{t('edition.attendance')}</dt>
              <dd>{t('edition.attendanceValue', { count: edition.attendance })}</dd>
            </div>
          )}
          {edition.workingLanguages.length > 0 && (
            <div>
              <dt>{t('edition.workingLanguages')}</dt>
              <dd>
                <IntlText>{formatLanguages(edition.workingLanguages, locale)}</IntlText>
              </dd>
            </div>
          )}
          {edition.organizers.length > 0 && (
            <div>
              <dt>{t('edition.organizers')}</dt>
              <dd>
                <ul className="plain-list">
                  {edition.organizers.map((organization) => (
                    <li key={organization.id}>
                      <Localized value={organization.name} />
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
        {edition.programmeDocument && (
          <p>
            <a href={edition.programmeDocument.url}>{t('edition.programmeDocument', { format: edition.programmeDocument.format })}</a>
          </p>
        )}
      </section>

      {edition.delegations.length > 0 && (
        <section aria-labelledby="delegations">
          <h2 id="delegations">{t('edition.delegations')}</h2>
          <ul className="card-grid">
            {edition.delegations.map((delegation) => (
              <li key={delegation.id} className="card delegation">
                <h3>{delegation.country ? <Localized value={delegation.country.name} /> : '—'}</h3>
                {delegation.head && (
                  <p>
                    <span className="label">{t('edition.headOfDelegation')}: </span>
                    <PersonLine person={delegation.head} />
                  </p>
                )}
                {delegation.members.length > 0 && <p className="muted">{t('edition.members', { count: delegation.members.length })}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <ProgrammeSection edition={edition} />
    </div>
  );
}
