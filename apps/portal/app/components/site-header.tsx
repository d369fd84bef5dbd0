// The themed page header: the forum's colours, its ornament band and the language switcher.
import type { Locale } from '@caravan/i18n';
import type { Theme } from '@caravan/themes';
import { Link } from '@remix-run/react';
import { usePortal } from '../lib/use-portal.js';
import { LanguageSwitcher } from './language-switcher.js';

export function SiteHeader({ theme, regionLocales }: { theme: Theme; regionLocales: readonly Locale[] }) {
  const { t, href } = usePortal();
  return (
    <header className="site-header" data-theme={theme.key}>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <div className="site-header__bar">
        <div className="site-header__brand">
          <Link to={href('/')} className="site-header__name">
            {t('site.name')}
          </Link>
          <span className="site-header__tagline">{t('site.tagline')}</span>
        </div>
        <nav aria-label={t('nav.main')} className="site-header__nav">
          <Link to={href('/')}>{t('nav.home')}</Link>
        </nav>
        <LanguageSwitcher regionLocales={regionLocales} />
      </div>
      <div className="ornament-band" role="img" aria-label={theme.imagery.alt} />
    </header>
  );
}
