// Renders a LocalizedString; marks its language when it differs from the page's (a fallback text),
// so screen readers pronounce it correctly.
import type { LocalizedString } from '@caravan/sdk/generated/schema-types';
import { usePortal } from '../lib/use-portal.js';

type Text = Pick<LocalizedString, 'text' | 'language'>;

export function Localized({ value }: { value: Text | null | undefined }) {
  const { locale } = usePortal();
  if (!value) return null;
  return value.language === locale ? <>{value.text}</> : <span lang={value.language}>{value.text}</span>;
}
