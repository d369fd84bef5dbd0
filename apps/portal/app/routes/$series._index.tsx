// A series landing page: what the forum is, who takes part, its focus tracks, and its editions as a
// timeline with each edition's figures (participants, delegations, agreements, disclosed value).
import { createTranslator } from '@caravan/i18n';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { IntlText } from '../components/intl-text.js';
import { Localized } from '../components/localized.js';
import { SeriesSections } from '../components/registry/series-sections.js';
import { StatusBadge } from '../components/status-badge.js';
import { registryMessages } from '../i18n/registry/registry-i18n.js';
import { seriesSlugParam } from '../lib/address.js';
import { fromApi, notFound, pages } from '../lib/caravan.server.js';
import { resolveLocale } from '../lib/locale.server.js';
import { pageMeta, rootAddress } from '../lib/page-meta.js';
import { seriesTimeline } from '../lib/series-timeline.server.js';
import { regionLocales, type PageTheme } from '../lib/page-theme.js';
import { usePortal } from '../lib/use-portal.js';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { locale } = await resolveLocale(request);
  const slug = seriesSlugParam(params['series']);
  if (slug === null) notFound();
  const series = await fromApi(() => pages.series(slug, locale));
  if (!series) notFound();
  const pageTheme: PageTheme = { themeKey: series.themeKey, regionLocales: regionLocales(series.countries) };
  const timeline = await fromApi(() => seriesTimeline(series, locale));
  return { locale, series, pageTheme, timeline, ...registryMessages(locale) };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const t = createTranslator(data.locale);
  return pageMeta({ title: data.series.name.text, description: data.series.description.text, siteName: t('site.name'), locale: data.locale, address: rootAddress(matches) });
};

export default function SeriesLanding() {
  const { series, timeline } = useLoaderData<typeof loader>();
  const { t, href } = usePortal();
  const editionOf = new Map(series.editions.map((edition) => [edition.number, edition]));
  const countries = series.partnerCountry ? [series.partnerCountry, ...series.countries.filter((c) => c.code !== series.partnerCountry?.code)] : series.countries;
  return (
    <div className="page series-page">
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link to={href('/')}>{t('nav.home')}</Link>
      </nav>
      <h1>
        <Localized value={series.name} />
      </h1>
      <p className="meta-line">
        <span>
          {t('series.region')}: <Localized value={series.region.name} />
        </span>
        <StatusBadge status={series.status} />
      </p>
      {series.status === 'PROPOSED' && (
        <p className="notice" role="note">
          {t('series.proposedNotice')}
        </p>
      )}
      <p className="lead">
        <Localized value={series.description} />
      </p>
      <SeriesSections series={series.slug} />

      <section aria-labelledby="countries">
        <h2 id="countries">{t('series.countries')}</h2>
        <ul className="chip-list">
          {countries.map((country) => (
            <li key={country.code} className="chip">
              <Localized value={country.name} />
              {country.code === series.partnerCountry?.code && <span className="muted"> ({t('series.partner')})</span>}
            </li>
          ))}
        </ul>
      </section>

      {series.coOrganizers.length > 0 && (
        <section aria-labelledby="co-organizers">
          <h2 id="co-organizers">{t('series.coOrganizers')}</h2>
          <ul className="plain-list">
            {series.coOrganizers.map((organization) => (
              <li key={organization.id}>
                <Localized value={organization.name} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {series.focusTracks.length > 0 && (
        <section aria-labelledby="focus-tracks">
          <h2 id="focus-tracks">{t('series.focusTracks')}</h2>
          <ul className="card-grid">
            {series.focusTracks.map((track) => (
              <li key={track.slug} className="card">
                <h3>
                  <Localized value={track.name} />
                </h3>
                <p>
                  <Localized value={track.description} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="editions">
        <h2 id="editions">{t('series.editions')}</h2>
        {timeline.length === 0 ? (
          <p className="muted">{t('series.noEditions')}</p>
        ) : (
          <ol className="timeline">
            {timeline.map((entry) => {
              const edition = editionOf.get(entry.number);
              if (!edition) return null;
              return (
                <li key={edition.id} className="card timeline__edition" data-edition={entry.number}>
                  <h3>
                    <Link to={href(`/${series.slug}/${edition.number}`)}>{t('series.editionLabel', { number: edition.number })}</Link>
                  </h3>
                  <p>
                    <Localized value={edition.theme} />
                  </p>
                  <p className="meta-line">
                    <span className="muted">
                      <IntlText>{entry.dates ?? t('edition.datesToBeAnnounced')}</IntlText>
                      {edition.hostCity.text && (
                        <>
                          {' · '}
                          <Localized value={edition.hostCity} />
                        </>
                      )}
                    </span>
                    <StatusBadge status={edition.status} />
                  </p>
                  <dl className="figures">
                    {entry.attendance !== null && (
                      <div>
                        <dt>{t('edition.attendance')}</dt>
                        <dd>
                          <IntlText>{entry.attendance}</IntlText>
                        </dd>
                      </div>
                    )}
                    <div>
                      <dt>{t('edition.delegations')}</dt>
                      <dd>
                        <IntlText>{entry.delegations}</IntlText>
                      </dd>
                    </div>
                    <div>
                      <dt>{t('series.agreements')}</dt>
                      <dd>
                        <IntlText>{entry.agreements}</IntlText>
                      </dd>
                    </div>
                    {entry.disclosedValues.length > 0 && (
                      <div>
                        <dt>{t('series.disclosedValue')}</dt>
                        <dd>
                          <IntlText>{entry.disclosedValues.join(' + ')}</IntlText>
                          {entry.confidential && (
                            <span className="muted">
                              {' ('}
                              <IntlText>{entry.confidential}</IntlText>)
                            </span>
                          )}
                        </dd>
                      </div>
                    )}
                  </dl>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
