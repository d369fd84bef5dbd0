// The root loader's data, shared by every page through usePortal().
import type { Locale } from '@caravan/i18n';

export interface RootData {
  locale: Locale;
  /** The language named in ?lang=, or null when it came from the cookie or the browser. */
  langParam: Locale | null;
}
