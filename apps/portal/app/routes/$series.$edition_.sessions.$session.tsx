// One session's page: when and where, what it is about, who speaks, the interpretation offered,
// statements made in it, and "add to calendar" (this session as .ics, or the edition's feed).
import { createTranslator } from '@caravan/i18n';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { EditionHeader } from '../components/edition-header.js';
import { IntlText } from '../components/intl-text.js';
import { JsonLd } from '../components/json-ld.js';
import { Localized } from '../components/localized.js';
import { PersonLine } from '../components/person-line.js';
import { editionFeed } from '../lib/calendar-links.server.js';
import { editionPath } from '../lib/edition-frame.js';
import { sessionEvent } from '../lib/event-json-ld.js';
import { formatLanguages } from '../lib/format.js';
import { localizedHref } from '../lib/href.js';
import { pageMeta, rootAddress } from '../lib/page-meta.js';
import { dayLabels } from '../lib/server-text.server.js';
import { loadSession } from '../lib/session-page.server.js';
import { usePortal } from '../lib/use-portal.js';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { locale, page: edition, pageTheme, frameText, session } = await loadSession({ request, params });
  const t = createTranslator(locale);
  const origin = new URL(request.url).origin;
  const editionTitle = t('edition.title', { series: edition.series.name.text, number: edition.number });
  const event = sessionEvent({
    name: session.title.text,
    description: session.description?.text ?? null,
    url: `${origin}${localizedHref(editionPath(edition, `sessions/${session.slug}`), locale)}`,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    room: session.room?.name.text ?? null,
    city: edition.hostCity.text,
    speakers: session.speakers.map((speaker) => speaker.person.name.text),
    language: locale,
    edition: { name: editionTitle, url: `${origin}${localizedHref(editionPath(edition), locale)}` },
  });
  return {
    locale,
    edition,
    pageTheme,
    frameText,
    session,
    statements: edition.statements.filter((statement) => statement.session?.id === session.id),
    labels: {
      day: dayLabels([session.localDate], locale)[session.localDate] ?? session.localDate,
      languages: session.languages.length > 0 ? formatLanguages(session.languages, locale) : null,
      interpretation: session.interpretation.length > 0 ? formatLanguages(session.interpretation, locale) : null,
    },
    feed: editionFeed(edition.series.slug, edition.number, locale),
    event,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const t = createTranslator(data.locale);
  const { edition, session } = data;
  return pageMeta({
    title: `${session.title.text} · ${t('edition.title', { series: edition.series.name.text, number: edition.number })}`,
    description: session.description?.text || [t(`sessionKind.${session.kind}`), data.labels.day, `${session.localStart}–${session.localEnd}`].join(' · '),
    siteName: t('site.name'),
    locale: data.locale,
    address: rootAddress(matches),
  });
};

export default function SessionRoute() {
  const { edition, frameText, session, statements, labels, feed, event } = useLoaderData<typeof loader>();
  const { t, href } = usePortal();
  const path = editionPath(edition, `sessions/${session.slug}`);
  return (
    <div className="page session-page">
      <JsonLd data={event} />
      <EditionHeader frame={edition} frameText={frameText} current={null} title={<Localized value={session.title} />} />
      <dl className="facts">
        <div>
          <dt>{t('session.when')}</dt>
          <dd>
            <IntlText>{labels.day}</IntlText>, <time dateTime={session.startsAt}>{session.localStart}</time>–<time dateTime={session.endsAt}>{session.localEnd}</time>{' '}
            <span className="muted">({edition.timeZone})</span>
          </dd>
        </div>
        <div>
          <dt>{t('session.kind')}</dt>
          <dd>{t(`sessionKind.${session.kind}`)}</dd>
        </div>
        {session.track && (
          <div>
            <dt>{t('programme.filter.track')}</dt>
            <dd>
              <Link to={href(`${editionPath(edition, 'programme')}?track=${encodeURIComponent(session.track.slug)}`)}>
                <Localized value={session.track.name} />
              </Link>
            </dd>
          </div>
        )}
        {session.room && (
          <div>
            <dt>{t('edition.room')}</dt>
            <dd>
              <Localized value={session.room.name} />, <Localized value={session.room.venueName} />
            </dd>
          </div>
        )}
        {labels.languages && (
          <div>
            <dt>{t('session.languages')}</dt>
            <dd>
              <IntlText>{labels.languages}</IntlText>
            </dd>
          </div>
        )}
        {labels.interpretation && (
          <div>
            <dt>{t('session.interpretation')}</dt>
            <dd>
              <IntlText>{labels.interpretation}</IntlText>
            </dd>
          </div>
        )}
      </dl>
      {session.description?.text && (
        <section aria-labelledby="about">
          <h2 id="about">{t('session.about')}</h2>
          <p className="lead">
            <Localized value={session.description} />
          </p>
        </section>
      )}
      {session.speakers.length > 0 && (
        <section aria-labelledby="speakers">
          <h2 id="speakers">{t('edition.speakers')}</h2>
          <ul className="speaker-list">
            {session.speakers.map((speaker) => (
              <li key={`${speaker.role}-${speaker.person.id}`}>
                <span className="label">{t(`role.${speaker.role}`)}: </span>
                <Link to={href(editionPath(edition, `speakers/${speaker.person.slug}`))}>
                  <PersonLine person={speaker.person} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {statements.length > 0 && (
        <section aria-labelledby="statements">
          <h2 id="statements">{t('edition.statements')}</h2>
          <ul className="statement-list">
            {statements.map((statement) => (
              <li key={statement.id} className="card">
                {statement.person && <PersonLine person={statement.person} />}
                <p>
                  <Localized value={statement.summary} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="calendar" className="calendar-links">
        <h2 id="calendar">{t('calendar.add')}</h2>
        <ul className="plain-list">
          <li>
            <a href={href(`${path}/calendar.ics`)} download>
              {t('calendar.sessionFile')}
            </a>
          </li>
          <li>
            <a href={feed.subscribe}>{t('calendar.subscribe')}</a>
          </li>
        </ul>
      </section>
      <p>
        <Link to={href(editionPath(edition, 'programme'))}>{t('session.backToProgramme')}</Link>
      </p>
    </div>
  );
}
