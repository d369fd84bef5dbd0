// Plain links to the same page in other languages: works without JavaScript, and the choice sticks
// through the ?lang= parameter and the cookie the server sets. Each link is labelled with the
// language's endonym and marked with its lang and dir.
import { localeInfo, type Locale } from '@caravan/i18n';
import { SHARED_PORTAL_LANGUAGES } from '@caravan/regions/regions';
import { useLocation } from '@remix-run/react';
import { localizedHref } from '../lib/href.js';
import { languageAttributes } from '../lib/text-language.js';
import { usePortal } from '../lib/use-portal.js';

export function LanguageSwitcher({ regionLocales }: { regionLocales: readonly Locale[] }) {
  const { locale, t } = usePortal();
  // The same page in another language: path and query (the programme's filters) kept, ?lang= replaced.
  const { pathname, search } = useLocation();
  // The shared languages, the region's, and the page's own when it is neither (a Georgian reader on a Central Asian page).
  const offered: Locale[] = [...new Set<Locale>([...SHARED_PORTAL_LANGUAGES, ...regionLocales, locale])];
  return (
    <nav className="language-switcher" aria-label={t('nav.language')}>
      <ul>
        {offered.map((code) => (
          <li key={code}>
            <a href={localizedHref(`${pathname}${search}`, code)} {...languageAttributes(code)} hrefLang={code} aria-current={code === locale ? 'true' : undefined}>
              {localeInfo(code).endonym}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
