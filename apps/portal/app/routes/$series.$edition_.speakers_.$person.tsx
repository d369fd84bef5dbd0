// A speaker's profile within an edition: name (in the script of the page's language when known),
// office, organisation, the delegation they belong to, their sessions and statements. A person who
// has no part in this edition answers 404 here.
import { createTranslator } from '@caravan/i18n';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { EditionHeader } from '../components/edition-header.js';
import { IntlText } from '../components/intl-text.js';
import { Localized } from '../components/localized.js';
import { recordSlugParam } from '../lib/address.js';
import { notFound, pages } from '../lib/caravan.server.js';
import { editionPath } from '../lib/edition-frame.js';
import { loadEditionPage } from '../lib/edition-loader.server.js';
import { pageMeta, rootAddress } from '../lib/page-meta.js';
import { dayLabels } from '../lib/server-text.server.js';
import { usePortal } from '../lib/use-portal.js';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = recordSlugParam(params['person']);
  if (slug === null) notFound();
  const { page, ...loaded } = await loadEditionPage(request, params, ({ slug: series, number, locale }) => pages.speaker(series, number, slug, locale), (found) => found.edition);
  const { edition, person } = page;
  if (!person) notFound();
  const editionSessions = new Set(edition.sessions.map((session) => session.id));
  const sessions = person.sessions
    .filter((session) => editionSessions.has(session.id))
    .map((session) => ({ ...session, roles: session.speakers.filter((speaker) => speaker.person.id === person.id).map((speaker) => speaker.role) }));
  const delegations = edition.delegations
    .filter((delegation) => delegation.head?.id === person.id || delegation.members.some((member) => member.id === person.id))
    .map((delegation) => ({ id: delegation.id, country: delegation.country, isHead: delegation.head?.id === person.id }));
  const statements = edition.statements.filter((statement) => statement.person?.id === person.id);
  if (sessions.length === 0 && delegations.length === 0 && statements.length === 0) notFound();
  return { ...loaded, edition, person, sessions, delegations, statements, days: dayLabels(new Set(sessions.map((session) => session.localDate)), loaded.locale) };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const t = createTranslator(data.locale);
  const { person, edition } = data;
  return pageMeta({
    title: `${person.name.text} · ${t('edition.title', { series: edition.series.name.text, number: edition.number })}`,
    description: [person.name.text, person.position?.text, person.organization?.name.text].filter(Boolean).join(', '),
    siteName: t('site.name'),
    locale: data.locale,
    address: rootAddress(matches),
  });
};

export default function SpeakerRoute() {
  const { edition, frameText, person, sessions, delegations, statements, days } = useLoaderData<typeof loader>();
  const { t, href } = usePortal();
  return (
    <div className="page speaker-page">
      <EditionHeader frame={edition} frameText={frameText} current={null} title={<Localized value={person.name} />} />
      <dl className="facts">
        {person.position && (
          <div>
            <dt>{t('speaker.position')}</dt>
            <dd>
              <Localized value={person.position} />
            </dd>
          </div>
        )}
        {person.organization && (
          <div>
            <dt>{t('speaker.organization')}</dt>
            <dd>
              <Localized value={person.organization.name} />
            </dd>
          </div>
        )}
        {person.country && (
          <div>
            <dt>{t('speaker.country')}</dt>
            <dd>
              <Localized value={person.country.name} />
            </dd>
          </div>
        )}
        {delegations.map((delegation) => (
          <div key={delegation.id}>
            <dt>{t('edition.delegations')}</dt>
            <dd>
              <Link to={href(`${editionPath(edition, 'delegations')}#delegation-${delegation.country?.code ?? delegation.id}`)}>
                {delegation.country ? <Localized value={delegation.country.name} /> : t('delegations.unnamed')}
              </Link>{' '}
              ({delegation.isHead ? t('edition.headOfDelegation') : t('delegations.member')})
            </dd>
          </div>
        ))}
      </dl>
      {sessions.length > 0 && (
        <section aria-labelledby="speaker-sessions">
          <h2 id="speaker-sessions">{t('speaker.sessions')}</h2>
          <ul className="plain-list session-links">
            {sessions.map((session) => (
              <li key={session.id}>
                <IntlText>{days[session.localDate] ?? session.localDate}</IntlText>, {session.localStart}–{session.localEnd}:{' '}
                <Link to={href(editionPath(edition, `sessions/${session.slug}`))}>
                  <Localized value={session.title} />
                </Link>{' '}
                <span className="muted">({[t(`sessionKind.${session.kind}`), ...session.roles.map((role) => t(`role.${role}`))].join(', ')})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {statements.length > 0 && (
        <section aria-labelledby="speaker-statements">
          <h2 id="speaker-statements">{t('edition.statements')}</h2>
          {statements.map((statement) => (
            <p key={statement.id} className="statement">
              <Localized value={statement.summary} />
            </p>
          ))}
        </section>
      )}
      <p>
        <Link to={href(editionPath(edition, 'speakers'))}>{t('speaker.backToSpeakers')}</Link>
      </p>
    </div>
  );
}
