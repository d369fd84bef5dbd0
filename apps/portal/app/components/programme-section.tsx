// The programme of an edition: one heading per local day, then one per track, each session with its
// local time, room, kind and speakers.
import type { EditionPage } from '../lib/page-data.js';
import { formatDay, formatLanguages } from '../lib/format.js';
import { groupProgramme } from '../lib/programme.js';
import { usePortal } from '../lib/use-portal.js';
import { IntlText } from './intl-text.js';
import { Localized } from './localized.js';
import { PersonLine } from './person-line.js';

export function ProgrammeSection({ edition }: { edition: EditionPage }) {
  const { t, locale } = usePortal();
  const days = groupProgramme(edition.sessions);
  return (
    <section aria-labelledby="programme">
      <h2 id="programme">{t('edition.programme')}</h2>
      {days.length === 0 ? (
        <p className="muted">{t('edition.noSessions')}</p>
      ) : (
        <p className="muted">{t('edition.timesNote', { city: edition.hostCity.text, timeZone: edition.timeZone })}</p>
      )}
      {days.map((day) => (
        <section key={day.date} className="programme-day" aria-labelledby={`day-${day.date}`}>
          <h3 id={`day-${day.date}`}>
            <IntlText>{formatDay(day.date, locale)}</IntlText>
          </h3>
          {day.groups.map((group) => (
            <div key={group.trackSlug ?? 'general'} className="programme-track">
              <h4>{group.trackName ? <Localized value={group.trackName} /> : t('edition.generalProgramme')}</h4>
              <ol className="session-list">
                {group.sessions.map((session) => (
                  <li key={session.id} className="session" data-kind={session.kind}>
                    <p className="session__time">
                      <time dateTime={session.startsAt}>{session.localStart}</time>–<time dateTime={session.endsAt}>{session.localEnd}</time>
                    </p>
                    <div className="session__body">
                      <p className="session__title">
                        <strong>
                          <Localized value={session.title} />
                        </strong>
                      </p>
                      <p className="meta-line muted">
                        <span className="session__kind">{t(`sessionKind.${session.kind}`)}</span>
                        {session.room && (
                          <span>
                            {t('edition.room')}: <Localized value={session.room.name} />
                          </span>
                        )}
                        {session.interpretation.length > 0 && <IntlText>{t('edition.interpretation', { languages: formatLanguages(session.interpretation, locale) })}</IntlText>}
                      </p>
                      {session.description?.text && (
                        <p>
                          <Localized value={session.description} />
                        </p>
                      )}
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
                ))}
              </ol>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}
