// Where an edition's registration stands: open (the api says so: REGISTRATION_OPEN and inside its
// window), not yet open, closed, or not open for another reason (the edition's status).
import type { RegistrationTranslator } from '../../i18n/registration/registration-i18n.js';

export interface RegistrationWindow {
  open: boolean;
  opensAt: string | null;
  closesAt: string | null;
}

export type RegistrationPhase = 'open' | 'upcoming' | 'closed' | 'not-open';

export function registrationPhase(window: RegistrationWindow, now: string): RegistrationPhase {
  if (window.open) return 'open';
  const at = Date.parse(now);
  if (window.opensAt && Date.parse(window.opensAt) > at) return 'upcoming';
  if (window.closesAt && Date.parse(window.closesAt) <= at) return 'closed';
  return 'not-open';
}

/** What the edition page says about registration, in the page's language. */
export interface RegistrationCallTexts {
  heading: string;
  /** The link's text while registration is open; null otherwise. */
  link: string | null;
  note: string;
}

/** The edition page's registration texts; `date` formats an instant for the page. */
export function registrationCallTexts(t: RegistrationTranslator, window: RegistrationWindow, now: string, date: (instant: string) => string): RegistrationCallTexts {
  const phase = registrationPhase(window, now);
  const heading = t('register.title');
  if (phase === 'open') return { heading, link: t('edition.register'), note: window.closesAt ? t('edition.registrationOpenUntil', { date: date(window.closesAt) }) : t('edition.registrationOpen') };
  if (phase === 'upcoming' && window.opensAt) return { heading, link: null, note: t('edition.registrationOpens', { date: date(window.opensAt) }) };
  if (phase === 'closed' && window.closesAt) return { heading, link: null, note: t('edition.registrationClosed', { date: date(window.closesAt) }) };
  return { heading, link: null, note: t('edition.registrationNotOpen') };
}
