// Renders a LocalizedString; marks its language and direction when it differs from the page's
// (a fallback text), so screen readers pronounce it and a right-to-left text reads correctly.
import type { LocalizedString } from '@caravan/sdk/schema-types';
import { foreignTextAttributes } from '../lib/text-language.js';
import { usePortal } from '../lib/use-portal.js';

type Text = Pick<LocalizedString, 'text' | 'language'>;

export function Localized({ value }: { value: Text | null | undefined }) {
  const { locale } = usePortal();
  if (!value) return null;
  const attributes = foreignTextAttributes(value.language, locale);
  return attributes ? <span {...attributes}>{value.text}</span> : <>{value.text}</>;
}
