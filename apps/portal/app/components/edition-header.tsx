// The head of every edition page: the way back (all forums / series / edition), the page's own
// heading, the edition's dates and place, and the links to its other pages.
import { Link } from '@remix-run/react';
import type { MessageKey } from '@caravan/i18n';
import type { ReactNode } from 'react';
import { EDITION_SECTIONS, editionPath, type EditionFrameText, type EditionSection } from '../lib/edition-frame.js';
import type { EditionFrameFragment } from '../lib/page-data.js';
import { usePortal } from '../lib/use-portal.js';
import { IntlText } from './intl-text.js';
import { EditionTitle } from './edition-title.js';
import { Localized } from './localized.js';
import { StatusBadge } from './status-badge.js';

const SECTION_LABEL: Record<EditionSection, MessageKey> = {
  overview: 'edition.overview',
  programme: 'edition.programme',
  speakers: 'edition.speakers',
  delegations: 'edition.delegations',
  statements: 'edition.statements',
};

export function EditionHeader({ frame, frameText, current, title }: { frame: EditionFrameFragment; frameText: EditionFrameText; current: EditionSection | null; title?: ReactNode }) {
  const { t, href } = usePortal();
  const editionTitle = <EditionTitle series={frame.series.name} number={frame.number} />;
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link to={href('/')}>{t('nav.home')}</Link>
        <span aria-hidden="true"> / </span>
        <Link to={href(`/${frame.series.slug}`)}>
          <Localized value={frame.series.name} />
        </Link>
        {current !== 'overview' && (
          <>
            <span aria-hidden="true"> / </span>
            <Link to={href(editionPath(frame))}>{t('series.editionLabel', { number: frame.number })}</Link>
          </>
        )}
      </nav>
      <h1>{title ?? editionTitle}</h1>
      {title !== undefined && <p className="edition-subtitle">{editionTitle}</p>}
      <p className="meta-line">
        <span>
          <IntlText>{frameText.dates ?? t('edition.datesToBeAnnounced')}</IntlText> · <Localized value={frame.hostCity} />
        </span>
        <StatusBadge status={frame.status} />
      </p>
      <nav aria-label={t('edition.pages')} className="edition-nav">
        <ul>
          {EDITION_SECTIONS.map((section) => (
            <li key={section}>
              <Link to={href(editionPath(frame, section))} aria-current={section === current ? 'page' : undefined}>
                {t(SECTION_LABEL[section])}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
