// Plain links to the same page in other languages: works without JavaScript, and the choice sticks
// through the ?lang= parameter and the cookie the server sets.
import { LOCALE_NAMES, type Locale } from '@caravan/i18n';
import { useLocation } from '@remix-run/react';
import { localizedHref } from '../lib/href.js';
import { usePortal } from '../lib/use-portal.js';

const ALWAYS: Locale[] = ['en', 'zh-Hans', 'ru'];

export function LanguageSwitcher({ regionLocales }: { regionLocales: readonly Locale[] }) {
  const { locale, t } = usePortal();
  const { pathname } = useLocation();
  const offered = [...new Set([...ALWAYS, ...regionLocales])];
  return (
    <nav className="language-switcher" aria-label={t('nav.language')}>
      <ul>
        {offered.map((code) => (
          <li key={code}>
            <a href={localizedHref(pathname, code)} lang={code} hrefLang={code} aria-current={code === locale ? 'true' : undefined}>
              {LOCALE_NAMES[code]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
