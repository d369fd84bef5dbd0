// One agreement's own page: what it provides for, its parties, where and when it was signed, its
// disclosed value only, and its follow-up across editions (signed → in progress → completed).
// An unknown edition or agreement answers the themed 404.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { Localized } from '../components/localized.js';
import { SeriesSections } from '../components/registry/series-sections.js';
import { registryMessages, registryTranslator } from '../i18n/registry/registry-i18n.js';
import { editionNumberParam, seriesSlugParam } from '../lib/address.js';
import { notFound } from '../lib/caravan.server.js';
import { formatDateRange } from '../lib/format.js';
import { resolveLocale } from '../lib/locale.server.js';
import { regionLocales, type PageTheme } from '../lib/page-theme.js';
import { enumParam } from '../lib/registry/agreement-filters.js';
import { agreementValue, pageTitle } from '../lib/registry/agreement-view.js';
import { registryPages } from '../lib/registry/registry.server.js';
import { useRegistryText } from '../lib/registry/use-registry-text.js';
import { usePortal } from '../lib/use-portal.js';
import registryStyles from '../styles/registry.css?url';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: registryStyles }];

const AGREEMENT_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { locale } = await resolveLocale(request);
  const slug = seriesSlugParam(params['series']);
  const edition = editionNumberParam(params['edition']);
  const agreementSlug = params['agreement'] ?? '';
  if (slug === null || edition === null || agreementSlug.length > 200 || !AGREEMENT_SLUG.test(agreementSlug)) notFound();
  const { series, agreement } = await registryPages.agreement(slug, edition, agreementSlug, locale);
  if (!series || !agreement) notFound();

  const t = registryTranslator(locale);
  const date = (iso: string | null | undefined) => (iso ? formatDateRange(iso, null, locale) : null);
  const editionLabel = (number: number) => t('agreements.editionNumber', { number });
  const pageTheme: PageTheme = { themeKey: series.themeKey, regionLocales: regionLocales(series.countries) };
  return {
    locale,
    pageTheme,
    ...registryMessages(locale),
    meta: pageTitle(agreement.title.text, series.name.text, locale, agreement.summary?.text ?? undefined),
    series: { slug: series.slug, name: series.name },
    agreement: {
      title: agreement.title,
      summary: agreement.summary,
      type: agreement.type,
      status: agreement.status,
      isDemo: agreement.isDemo,
      value: agreementValue(agreement, locale, t),
      signedOn: date(agreement.signedOn),
      edition: agreement.edition ? { number: agreement.edition.number, label: editionLabel(agreement.edition.number), hostCity: agreement.edition.hostCity } : null,
      track: agreement.track?.name ?? null,
      session: agreement.session
        ? { title: agreement.session.title, when: `${date(agreement.session.localDate) ?? ''}, ${agreement.session.localStart}–${agreement.session.localEnd}` }
        : null,
      parties: agreement.parties.map((party) => ({
        id: party.id,
        name: party.name,
        country: party.kind === 'COUNTRY' ? null : (party.subnationalUnit?.country ?? party.organization?.country ?? null),
      })),
      milestones: agreement.milestones.map((milestone) => ({
        id: milestone.id,
        status: milestone.status,
        date: date(milestone.date),
        note: milestone.note,
        reportedAt: milestone.edition ? t('agreement.reportedAt', { number: milestone.edition.number }) : null,
      })),
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => data?.meta ?? [];

export default function AgreementPage() {
  const { series, agreement } = useLoaderData<typeof loader>();
  const { href, t: portalText } = usePortal();
  const t = useRegistryText();
  return (
    <div className="page agreement-page">
      <nav aria-label={portalText('nav.breadcrumb')} className="breadcrumb">
        <Link to={href(`/${series.slug}`)}>
          <Localized value={series.name} />
        </Link>
        {' › '}
        <Link to={href(`/${series.slug}/agreements`)}>{t('agreement.registry')}</Link>
      </nav>
      <h1>
        <Localized value={agreement.title} />
      </h1>
      <SeriesSections series={series.slug} current="agreements" />
      {agreement.isDemo && (
        <p className="notice" role="note">
          {t('agreement.demo')}
        </p>
      )}
      {agreement.summary && (
        <section aria-labelledby="agreement-summary">
          <h2 id="agreement-summary">{t('agreement.summary')}</h2>
          <p className="lead">
            <Localized value={agreement.summary} />
          </p>
        </section>
      )}

      <section aria-labelledby="agreement-facts">
        <h2 id="agreement-facts">{t('agreement.facts')}</h2>
        <dl className="agreement-facts">
          <dt>{t('agreement.type')}</dt>
          <dd>{t(`type.${agreement.type}`)}</dd>
          <dt>{t('agreement.status')}</dt>
          <dd className={`agreement-status status-${enumParam(agreement.status)}`}>{t(`status.${agreement.status}`)}</dd>
          <dt>{t('agreement.value')}</dt>
          <dd className={`agreement-value${agreement.value.disclosed ? '' : ' muted'}`}>{agreement.value.text}</dd>
          {agreement.track && (
            <>
              <dt>{t('agreement.track')}</dt>
              <dd>
                <Localized value={agreement.track} />
              </dd>
            </>
          )}
          {agreement.signedOn && (
            <>
              <dt>{t('agreement.signedOn')}</dt>
              <dd>{agreement.signedOn}</dd>
            </>
          )}
          {agreement.edition && (
            <>
              <dt>{t('agreement.signedAt')}</dt>
              <dd>
                <Link to={href(`/${series.slug}/${agreement.edition.number}`)}>{agreement.edition.label}</Link>
                {', '}
                <Localized value={agreement.edition.hostCity} />
              </dd>
            </>
          )}
          {agreement.session && (
            <>
              <dt>{t('agreement.signingSession')}</dt>
              <dd className="agreement-session">
                <Localized value={agreement.session.title} /> <span className="muted">({agreement.session.when})</span>
              </dd>
            </>
          )}
        </dl>
      </section>

      <section aria-labelledby="agreement-parties">
        <h2 id="agreement-parties">{t('agreement.parties')}</h2>
        <ul className="plain-list agreement-party-list">
          {agreement.parties.map((party) => (
            <li key={party.id}>
              <Localized value={party.name} />
              {party.country && (
                <span className="muted">
                  {' '}
                  (<Localized value={party.country.name} />)
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="agreement-follow-up">
        <h2 id="agreement-follow-up">{t('agreement.followUp')}</h2>
        <ol className="milestone-list">
          {(agreement.signedOn || agreement.status !== 'PROPOSED') && (
            <li className="milestone status-signed">
              <span className="milestone-status">{t('status.SIGNED')}</span>
              {agreement.signedOn && <span className="milestone-date"> · {agreement.signedOn}</span>}
              {agreement.edition && <span className="muted"> · {agreement.edition.label}</span>}
            </li>
          )}
          {agreement.milestones.map((milestone) => (
            <li key={milestone.id} className={`milestone status-${enumParam(milestone.status)}`}>
              <span className="milestone-status">{t(`status.${milestone.status}`)}</span>
              {milestone.date && <span className="milestone-date"> · {milestone.date}</span>}
              {milestone.reportedAt && <span className="muted"> · {milestone.reportedAt}</span>}
              {milestone.note && (
                <p>
                  <Localized value={milestone.note} />
                </p>
              )}
            </li>
          ))}
        </ol>
        {agreement.milestones.length === 0 && <p className="muted">{t('agreement.noMilestones')}</p>}
      </section>
    </div>
  );
}
