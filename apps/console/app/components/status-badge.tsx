// An edition's or series' status as a labelled badge.
import type { EditionStatus } from '../generated/graphql.js';
import { useConsole } from '../lib/use-console.js';

export function StatusBadge({ status }: { status: EditionStatus }) {
  const { t } = useConsole();
  return <span className={`status-badge status-${status.toLowerCase()}`}>{t(`status.${status}`)}</span>;
}
