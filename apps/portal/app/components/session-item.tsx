// One session in a list (programme, now and next): its local time, title linking to its page, kind,
// room, interpretation and speakers. Texts formatted by Intl come from the loader.
import { Link } from '@remix-run/react';
import type { ProgrammeSessionFragment } from '../lib/page-data.js';
import { usePortal } from '../lib/use-portal.js';
import { IntlText } from './intl-text.js';
import { Localized } from './localized.js';
import { PersonLine } from './person-line.js';

export function SessionItem({ session, path, interpretation }: { session: ProgrammeSessionFragment; path: string; interpretation: string | undefined }) {
  const { t, href } = usePortal();
  return (
    <li className="session" data-kind={session.kind} data-session={session.slug}>
      <p className="session__time">
        <time dateTime={session.startsAt}>{session.localStart}</time>–<time dateTime={session.endsAt}>{session.localEnd}</time>
      </p>
      <div className="session__body">
        <p className="session__title">
          <Link to={href(path)}>
            <strong>
              <Localized value={session.title} />
            </strong>
          </Link>
        </p>
        <p className="meta-line muted">
          <span className="session__kind">{t(`sessionKind.${session.kind}`)}</span>
          {session.room && (
            <span>
              {t('edition.room')}: <Localized value={session.room.name} />
            </span>
          )}
          {interpretation && <IntlText>{t('edition.interpretation', { languages: interpretation })}</IntlText>}
        </p>
        {session.speakers.length > 0 && (
          <ul className="speaker-list" aria-label={t('edition.speakers')}>
            {session.speakers.map((speaker) => (
              <li key={`${speaker.role}-${speaker.person.id}`}>
                <span className="label">{t(`role.${speaker.role}`)}: </span>
                <PersonLine person={speaker.person} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
