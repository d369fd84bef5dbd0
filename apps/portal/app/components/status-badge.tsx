// A forum or edition status as a small labelled badge.
import type { EditionStatus } from '../lib/page-data.js';
import { usePortal } from '../lib/use-portal.js';

export function StatusBadge({ status }: { status: EditionStatus }) {
  const { t } = usePortal();
  return <span className={`status-badge status-${status.toLowerCase().replace(/_/g, '-')}`}>{t(`status.${status}`)}</span>;
}
