// A mail's content once its language is chosen and every message is formatted: the model that
// the html and the plain-text layouts both draw, so the two parts always say the same thing.
import type { FormattedMessage } from './icu-message.js';

export interface MailLink {
  label: FormattedMessage;
  url: string;
}

export interface MailDetail {
  label: string;
  /** Plain text; the html layout escapes and isolates it. */
  value: string;
}

export interface MailContent {
  /** BCP 47 tag of the language the mail is written in. */
  lang: string;
  dir: 'ltr' | 'rtl';
  subject: string;
  /** The series (or the platform) named in the coloured band at the top. */
  banner: string;
  heading: FormattedMessage;
  greeting: FormattedMessage;
  paragraphs: readonly FormattedMessage[];
  details: readonly MailDetail[];
  /** The first is the button. */
  links: readonly MailLink[];
  linkFallback: FormattedMessage;
  notes: readonly FormattedMessage[];
  attachmentNotes: readonly FormattedMessage[];
  signOff: readonly FormattedMessage[];
  automated: FormattedMessage;
}

export interface MailColors {
  /** The series' primary colour: the band and the button. */
  primary: string;
  /** Text on the primary colour. */
  onPrimary: string;
  /** Links in running text (the primary colour when it reads well on white). */
  link: string;
  text: string;
  muted: string;
  border: string;
  page: string;
  surface: string;
  fontFamily: string;
}
