// The heading block of the registration pages: breadcrumb back to the edition, then the title.
import { Link } from '@remix-run/react';
import type { EditionSummary } from '../lib/registration/edition-context.server.js';
import { usePortal } from '../lib/use-portal.js';
import { Localized } from './localized.js';

export function RegistrationHeader({ edition, title }: { edition: EditionSummary; title: string }) {
  const { t, href } = usePortal();
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link to={href('/')}>{t('nav.home')}</Link>
        <span aria-hidden="true"> / </span>
        <Link to={href(`/${edition.seriesSlug}`)}>
          <Localized value={edition.seriesName} />
        </Link>
        <span aria-hidden="true"> / </span>
        <Link to={href(`/${edition.seriesSlug}/${edition.number}`)}>{t('edition.title', { series: edition.seriesName.text, number: edition.number })}</Link>
      </nav>
      <h1>{title}</h1>
    </>
  );
}
