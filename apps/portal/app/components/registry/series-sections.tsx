// The links from a series to its agreements registry, indicators and search, in the page's
// language; the current section is marked for screen readers.
import { Link } from '@remix-run/react';
import { useRegistryText } from '../../lib/registry/use-registry-text.js';
import { usePortal } from '../../lib/use-portal.js';

const SECTIONS = [
  { path: 'agreements', key: 'nav.agreements' },
  { path: 'indicators', key: 'nav.indicators' },
  { path: 'search', key: 'nav.search' },
] as const;

export function SeriesSections({ series, current }: { series: string; current?: (typeof SECTIONS)[number]['path'] }) {
  const { href } = usePortal();
  const t = useRegistryText();
  return (
    <nav aria-label={t('nav.sections')} className="series-sections">
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.path}>
            <Link to={href(`/${series}/${section.path}`)} aria-current={current === section.path ? 'page' : undefined}>
              {t(section.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
