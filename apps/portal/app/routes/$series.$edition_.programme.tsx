// An edition's programme, filterable by day, track, language, room and kind (the filters are the
// page's query string, so a filtered programme has its own address); "now and next" while the
// edition is LIVE; the calendar feed to subscribe to. A filter value the edition does not offer
// answers 404.
import { createTranslator } from '@caravan/i18n';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { EditionHeader } from '../components/edition-header.js';
import { IntlText } from '../components/intl-text.js';
import { Localized } from '../components/localized.js';
import { ProgrammeSection } from '../components/programme-section.js';
import { SessionItem } from '../components/session-item.js';
import { fromApi, notFound, pages } from '../lib/caravan.server.js';
import { editionFeed } from '../lib/calendar-links.server.js';
import { editionPath } from '../lib/edition-frame.js';
import { loadEditionPage } from '../lib/edition-loader.server.js';
import { nowAndNext } from '../lib/now-next.js';
import { pageMeta, rootAddress } from '../lib/page-meta.js';
import { filterOptions, filterSearch, FILTER_NAMES, isSessionKind, parseProgrammeFilters, type FilterName } from '../lib/programme-filters.js';
import { dayLabels, interpretationLists, languageNames } from '../lib/server-text.server.js';
import { usePortal } from '../lib/use-portal.js';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const loaded = await loadEditionPage(request, params, ({ slug, number, locale }) => pages.programme(slug, number, locale, {}), (page) => page);
  const { locale, page: edition } = loaded;
  const options = filterOptions(edition);
  const parsed = parseProgrammeFilters(new URL(request.url).searchParams, options);
  if (!parsed.ok) notFound();
  const { filters } = parsed;
  const filtered = Object.keys(filters).length > 0;
  const { kind, ...rest } = filters;
  const sessions = filtered
    ? ((await fromApi(() => pages.programme(edition.series.slug, edition.number, locale, { ...rest, ...(isSessionKind(kind) ? { kind } : {}) })))?.sessions ?? [])
    : edition.sessions;
  const live = edition.status === 'LIVE' ? nowAndNext(edition.sessions, new Date()) : null;
  const shown = [...sessions, ...(live ? [...live.now, ...live.next] : [])];
  return {
    ...loaded,
    edition,
    sessions,
    live,
    filters,
    options,
    labels: {
      days: dayLabels(edition.programmeDays, locale),
      interpretation: interpretationLists(shown, locale),
      languages: languageNames(options.language, locale),
    },
    feed: editionFeed(edition.series.slug, edition.number, locale),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const t = createTranslator(data.locale);
  const { edition } = data;
  const editionTitle = t('edition.title', { series: edition.series.name.text, number: edition.number });
  return pageMeta({
    title: `${t('edition.programme')} · ${editionTitle}`,
    description: t('programme.description', { edition: editionTitle, count: data.sessions.length }),
    siteName: t('site.name'),
    locale: data.locale,
    address: rootAddress(matches),
  });
};

export default function ProgrammeRoute() {
  const { edition, frameText, sessions, live, filters, options, labels, feed } = useLoaderData<typeof loader>();
  const { t, href, langParam } = usePortal();
  const path = editionPath(edition, 'programme');
  const optionLabel: Record<FilterName, (value: string) => string> = {
    day: (value) => labels.days[value] ?? value,
    track: (value) => edition.tracks.find((track) => track.slug === value)?.name.text ?? value,
    language: (value) => labels.languages[value] ?? value,
    room: (value) => edition.rooms.find((room) => room.slug === value)?.name.text ?? value,
    kind: (value) => (isSessionKind(value) ? t(`sessionKind.${value}`) : value),
  };
  const active = FILTER_NAMES.filter((name) => filters[name] !== undefined);
  return (
    <div className="page programme-page">
      <EditionHeader frame={edition} frameText={frameText} current="programme" title={t('edition.programme')} />
      <p className="muted">{t('edition.timesNote', { city: edition.hostCity.text, timeZone: edition.timeZone })}</p>
      <p className="calendar-links no-print">
        <a href={feed.subscribe}>{t('calendar.subscribe')}</a> · <a href={feed.download}>{t('calendar.downloadFeed')}</a>
      </p>

      {live && (
        <section aria-labelledby="now-next" className="now-next">
          <h2 id="now-next">{t('programme.nowAndNext')}</h2>
          <h3>{t('programme.now')}</h3>
          {live.now.length === 0 ? (
            <p className="muted">{t('programme.nothingNow')}</p>
          ) : (
            <ol className="session-list">
              {live.now.map((session) => (
                <SessionItem key={session.id} session={session} path={editionPath(edition, `sessions/${session.slug}`)} interpretation={labels.interpretation[session.id]} />
              ))}
            </ol>
          )}
          <h3>{t('programme.next')}</h3>
          {live.next.length === 0 ? (
            <p className="muted">{t('programme.nothingNext')}</p>
          ) : (
            <ol className="session-list">
              {live.next.map((session) => (
                <SessionItem key={session.id} session={session} path={editionPath(edition, `sessions/${session.slug}`)} interpretation={labels.interpretation[session.id]} />
              ))}
            </ol>
          )}
        </section>
      )}

      <Form method="get" action={path} className="programme-filters no-print" aria-labelledby="filters-heading">
        <h2 id="filters-heading">{t('programme.filters')}</h2>
        {langParam && <input type="hidden" name="lang" value={langParam} />}
        <div className="programme-filters__fields">
          {FILTER_NAMES.map((name) =>
            options[name].length > 0 ? (
              <label key={name}>
                <span>{t(`programme.filter.${name}`)}</span>
                <select name={name} defaultValue={filters[name] ?? ''}>
                  <option value="">{t('programme.any')}</option>
                  {options[name].map((value) => (
                    <option key={value} value={value}>
                      {optionLabel[name](value)}
                    </option>
                  ))}
                </select>
              </label>
            ) : null,
          )}
        </div>
        <button type="submit" className="button">
          {t('programme.apply')}
        </button>
      </Form>

      {active.length > 0 && (
        <p className="active-filters" role="status">
          <IntlText>{t('programme.showing', { count: sessions.length })}</IntlText>{' '}
          {active.map((name) => (
            <span key={name} className="chip">
              {t(`programme.filter.${name}`)}: {optionLabel[name](filters[name] ?? '')}{' '}
              <Link to={href(`${path}${filterSearch(filters, { [name]: null })}`)} aria-label={t('programme.removeFilter', { filter: t(`programme.filter.${name}`) })}>
                ×
              </Link>
            </span>
          ))}{' '}
          <Link to={href(path)}>{t('programme.clearFilters')}</Link>
        </p>
      )}

      {edition.sessions.length === 0 ? <p className="muted">{t('edition.noSessions')}</p> : <ProgrammeSection frame={edition} sessions={sessions} labels={labels} />}
      {edition.tracks.length > 0 && active.length === 0 && (
        <p className="muted no-print">
          {t('edition.tracks')}:{' '}
          {edition.tracks.map((track, index) => (
            <span key={track.id}>
              {index > 0 && ', '}
              <Link to={href(`${path}${filterSearch({}, { track: track.slug })}`)}>
                <Localized value={track.name} />
              </Link>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
