// Page footer.
import { usePortal } from '../lib/use-portal.js';

export function SiteFooter() {
  const { t } = usePortal();
  return (
    <footer className="site-footer">
      <p>{t('footer.about')}</p>
    </footer>
  );
}
