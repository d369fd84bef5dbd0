// An edition's overview: theme, dates, host city, organisers, attendance, working languages and
// tracks, the registration call, and the way to its programme, speakers, delegations and statements.
import { createTranslator } from '@caravan/i18n';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { EditionHeader } from '../components/edition-header.js';
import { IntlText } from '../components/intl-text.js';
import { JsonLd } from '../components/json-ld.js';
import { Localized } from '../components/localized.js';
import { RegistrationCall } from '../components/registration-call.js';
import { pages } from '../lib/caravan.server.js';
import { editionPath } from '../lib/edition-frame.js';
import { loadEditionPage } from '../lib/edition-loader.server.js';
import { editionEvent } from '../lib/event-json-ld.js';
import { formatInstantDate, formatLanguages } from '../lib/format.js';
import { localizedHref } from '../lib/href.js';
import { editionOgImage } from '../lib/og/edition-og-meta.js';
import { pageMeta, rootAddress } from '../lib/page-meta.js';
import { registrationWindow } from '../lib/registration/registration.server.js';
import { registrationCallTexts } from '../lib/registration/registration-window.js';
import { registrationTranslator } from '../i18n/registration/registration-i18n.js';
import { usePortal } from '../lib/use-portal.js';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { locale, page: edition, pageTheme, frameText } = await loadEditionPage(request, params, ({ slug, number, locale }) => pages.edition(slug, number, locale), (page) => page);
  const registration = await registrationWindow(edition.series.slug, edition.number);
  const registrationCall = registration
    ? registrationCallTexts(registrationTranslator(locale), registration, new Date().toISOString(), (instant) => formatInstantDate(instant, locale, edition.timeZone))
    : null;
  // Counts written here, not in the browser, whose number data may differ (see series-timeline.server.ts).
  const t = createTranslator(locale);
  const counts = {
    attendance: edition.attendance === null ? null : t('edition.attendanceValue', { count: edition.attendance }),
    programmeDays: edition.programmeDays.length > 0 ? t('edition.programmeDays', { count: edition.programmeDays.length }) : null,
    delegations: t('edition.delegationCount', { count: edition.delegations.length }),
    statements: t('edition.statementCount', { count: edition.statements.length }),
  };
  const workingLanguages = edition.workingLanguages.length > 0 ? formatLanguages(edition.workingLanguages, locale) : null;
  const origin = new URL(request.url).origin;
  const event = editionEvent({
    name: t('edition.title', { series: edition.series.name.text, number: edition.number }),
    description: edition.theme.text,
    url: `${origin}${localizedHref(editionPath(edition), locale)}`,
    startDate: edition.startDate,
    endDate: edition.endDate,
    status: edition.status,
    city: edition.hostCity.text,
    countryCode: edition.hostCountry?.code ?? null,
    language: locale,
  });
  return { locale, edition, pageTheme, frameText, registrationCall, workingLanguages, event, counts };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const t = createTranslator(data.locale);
  const { edition } = data;
  const title = t('edition.title', { series: edition.series.name.text, number: edition.number });
  return pageMeta({
    title,
    description: [edition.theme.text, data.frameText.dates, edition.hostCity.text].filter(Boolean).join(' · '),
    siteName: t('site.name'),
    locale: data.locale,
    address: rootAddress(matches),
    image: editionOgImage(edition, title),
  });
};

export default function EditionRoute() {
  const { edition, frameText, registrationCall, workingLanguages, event, counts } = useLoaderData<typeof loader>();
  const { t, href } = usePortal();
  // Each part in its own language: a name the api had only in another language is marked as such.
  const place = [edition.hostCity, edition.hostSubdivision?.name, edition.hostCountry?.name].filter((part) => part !== undefined);
  return (
    <div className="page edition-page">
      <JsonLd data={event} />
      <EditionHeader frame={edition} frameText={frameText} current="overview" />
      <p className="edition-theme">
        <Localized value={edition.theme} />
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
              <IntlText>{frameText.dates ?? t('edition.datesToBeAnnounced')}</IntlText>
            </dd>
          </div>
          <div>
            <dt>{t('edition.hostCity')}</dt>
            <dd>
              {place.map((part, index) => (
                <span key={index}>
                  {index > 0 && ', '}
                  <Localized value={part} />
                </span>
              ))}
            </dd>
          </div>
          {counts.attendance && (
            <div>
              <dt>{t('edition.attendance')}</dt>
              <dd>
                <IntlText>{counts.attendance}</IntlText>
              </dd>
            </div>
          )}
          {workingLanguages && (
            <div>
              <dt>{t('edition.workingLanguages')}</dt>
              <dd>
                <IntlText>{workingLanguages}</IntlText>
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

      {edition.tracks.length > 0 && (
        <section aria-labelledby="tracks">
          <h2 id="tracks">{t('edition.tracks')}</h2>
          <ul className="chip-list">
            {edition.tracks.map((track) => (
              <li key={track.id} className="chip">
                <Link to={href(`${editionPath(edition, 'programme')}?track=${encodeURIComponent(track.slug)}`)}>
                  <Localized value={track.name} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="edition-pages">
        <h2 id="edition-pages">{t('edition.more')}</h2>
        <ul className="card-grid">
          <li className="card">
            <h3>
              <Link to={href(editionPath(edition, 'programme'))}>{t('edition.programme')}</Link>
            </h3>
            <p className="muted">{counts.programmeDays ? <IntlText>{counts.programmeDays}</IntlText> : t('edition.noSessions')}</p>
          </li>
          <li className="card">
            <h3>
              <Link to={href(editionPath(edition, 'speakers'))}>{t('edition.speakers')}</Link>
            </h3>
          </li>
          <li className="card">
            <h3>
              <Link to={href(editionPath(edition, 'delegations'))}>{t('edition.delegations')}</Link>
            </h3>
            <p className="muted">
              <IntlText>{counts.delegations}</IntlText>
            </p>
          </li>
          <li className="card">
            <h3>
              <Link to={href(editionPath(edition, 'statements'))}>{t('edition.statements')}</Link>
            </h3>
            <p className="muted">
              <IntlText>{counts.statements}</IntlText>
            </p>
          </li>
        </ul>
      </section>
    </div>
  );
}
