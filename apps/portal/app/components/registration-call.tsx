// The edition page's word on registration: a link to the form while registration is open, and
// otherwise when it opens or when it closed. Nothing when the edition takes no registrations.
import { Link } from '@remix-run/react';
import { formatInstantDate } from '../lib/format.js';
import type { RegistrationWindow } from '../lib/registration/registration-window.js';
import { registrationPhase } from '../lib/registration/registration-window.js';
import { useRegistrationText } from '../lib/registration/use-registration-text.js';
import { usePortal } from '../lib/use-portal.js';
import { IntlText } from './intl-text.js';

export function RegistrationCall({ window, path, timeZone, now }: { window: RegistrationWindow; path: string; timeZone: string; now: string }) {
  const { href, locale } = usePortal();
  const t = useRegistrationText();
  const date = (instant: string) => formatInstantDate(instant, locale, timeZone);
  const phase = registrationPhase(window, now);
  return (
    <section className="registration-call" aria-labelledby="registration-call">
      <h2 id="registration-call" className="visually-hidden">
        {t('register.title')}
      </h2>
      {phase === 'open' ? (
        <p>
          <Link to={href(path)} className="button button--primary">
            {t('edition.register')}
          </Link>{' '}
          <IntlText>{window.closesAt ? t('edition.registrationOpenUntil', { date: date(window.closesAt) }) : t('edition.registrationOpen')}</IntlText>
        </p>
      ) : (
        <p className="muted">
          <IntlText>
            {phase === 'upcoming' && window.opensAt
              ? t('edition.registrationOpens', { date: date(window.opensAt) })
              : phase === 'closed' && window.closesAt
                ? t('edition.registrationClosed', { date: date(window.closesAt) })
                : t('edition.registrationNotOpen')}
          </IntlText>
        </p>
      )}
    </section>
  );
}
