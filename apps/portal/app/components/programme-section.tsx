// The sessions of a programme: one heading per local day, then one per track, each session with its
// local time, room, kind and speakers. Day headings and language lists come from the loader.
import { editionPath } from '../lib/edition-frame.js';
import type { EditionFrameFragment, ProgrammeSessionFragment } from '../lib/page-data.js';
import { groupProgramme } from '../lib/programme.js';
import { usePortal } from '../lib/use-portal.js';
import { IntlText } from './intl-text.js';
import { Localized } from './localized.js';
import { SessionItem } from './session-item.js';

export interface ProgrammeLabels {
  /** Day headings by local date. */
  days: Record<string, string>;
  /** Interpretation languages by session id. */
  interpretation: Record<string, string>;
}

export function ProgrammeSection({ frame, sessions, labels }: { frame: EditionFrameFragment; sessions: readonly ProgrammeSessionFragment[]; labels: ProgrammeLabels }) {
  const { t } = usePortal();
  const days = groupProgramme(sessions);
  return (
    <section aria-labelledby="programme-sessions" className="programme">
      <h2 id="programme-sessions" className="visually-hidden">
        {t('edition.programme')}
      </h2>
      {days.length === 0 && <p className="muted">{t('programme.noMatch')}</p>}
      {days.map((day) => (
        <section key={day.date} className="programme-day" aria-labelledby={`day-${day.date}`}>
          <h3 id={`day-${day.date}`}>
            <IntlText>{labels.days[day.date] ?? day.date}</IntlText>
          </h3>
          {day.groups.map((group) => (
            <div key={group.trackSlug ?? 'general'} className="programme-track">
              <h4>{group.trackName ? <Localized value={group.trackName} /> : t('edition.generalProgramme')}</h4>
              <ol className="session-list">
                {group.sessions.map((session) => (
                  <SessionItem key={session.id} session={session} path={editionPath(frame, `sessions/${session.slug}`)} interpretation={labels.interpretation[session.id]} />
                ))}
              </ol>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}
