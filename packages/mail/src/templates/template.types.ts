// The shape of one language's mail templates. Every text is an ICU MessageFormat message;
// the layout (html and plain text) around them is the same in every language.
import type { MailDetailParam, MailKind, MailLinkParam } from '../mail-kinds.js';

export interface KindTemplate<K extends MailKind> {
  /** Subject line. */
  subject: string;
  /** The heading that opens the mail. */
  heading: string;
  /** The body, one message per paragraph. */
  paragraphs: readonly [string, ...string[]];
  /** The label of each link: the first is the button. */
  links: Readonly<Record<MailLinkParam<K>, string>>;
  /** Small print after the links (what to do if the mail was not expected). */
  notes?: readonly string[];
}

export type KindTemplates = { readonly [K in MailKind]: KindTemplate<K> };

/** Texts every mail of a language shares. */
export interface CommonTemplate {
  /** "Dear {name}," */
  greeting: string;
  /** The greeting when the recipient's name is not known. */
  greetingColleague: string;
  /** Closing lines of a participant's mail; may use {editionName}. */
  signOffParticipant: readonly string[];
  /** Closing lines of an organizer's mail. */
  signOffOrganizer: readonly string[];
  /** Shown under the button, before the bare link, for mail clients that block buttons. */
  linkFallback: string;
  /** The line under a mail that carries a file, naming it: {filename}. */
  attachmentNote: string;
  /** Footer: the mail was sent automatically. */
  automated: string;
  /**
   * How an edition's dates are written, as a message over {start} and {end} (date, calendar),
   * for a language whose ICU data has no good range pattern; without it Intl's formatRange
   * writes the range ("25–28 October 2024").
   */
  dateRange?: string;
  /** Label of each detail row. */
  labels: Readonly<Record<MailDetailParam, string>>;
}

/** One language: the shared texts and the kinds it has a template for. */
export interface LanguageTemplates {
  common: CommonTemplate;
  kinds: Partial<KindTemplates>;
}

/** English, the last language of every fallback chain, has every kind. */
export interface CompleteLanguageTemplates extends LanguageTemplates {
  kinds: KindTemplates;
}
