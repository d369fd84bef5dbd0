// Formats one ICU MessageFormat message of a template twice: as plain text, and as html in
// which the message's own text and every interpolated value are escaped. Names and other
// free text arrive as values, never as markup.
import { isArgumentElement, isPluralElement, isSelectElement, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat, PART_TYPE, type Formats } from 'intl-messageformat';
import { escapeHtml, isolateHtml, isolateText } from './escape.js';

export type MessageValue = string | number | Date | undefined;
export type MessageValues = Readonly<Record<string, MessageValue>>;

export interface FormattedMessage {
  text: string;
  html: string;
}

/**
 * Date and time styles of the mail templates. Every style carries the mail's time zone, so an
 * instant reads the same on any server; `calendar` is for calendar days, which are stored at
 * 00:00 UTC and must never shift into the day before.
 */
function mailFormats(timeZone: string): Partial<Formats> {
  const day = { year: 'numeric', month: 'long', day: 'numeric' } as const;
  return {
    date: {
      short: { year: '2-digit', month: 'numeric', day: 'numeric', timeZone },
      medium: { year: 'numeric', month: 'short', day: 'numeric', timeZone },
      long: { ...day, timeZone },
      full: { ...day, weekday: 'long', timeZone },
      calendar: { ...day, timeZone: 'UTC' },
    },
    time: {
      short: { hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' },
      medium: { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZone, timeZoneName: 'short' },
      long: { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZone, timeZoneName: 'long' },
      full: { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZone, timeZoneName: 'long' },
    },
  };
}

// Parsed messages, keyed by language, time zone and text. Templates are a fixed set and time
// zones come from a closed list, but the cache is bounded all the same.
const MAX_CACHED = 4096;
const cache = new Map<string, { format: IntlMessageFormat; plainArguments: ReadonlySet<string> }>();

/** Arguments interpolated as they are ({name}), as opposed to plural, select, date, number. */
function plainArgumentNames(elements: readonly MessageFormatElement[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (isArgumentElement(element)) names.add(element.value);
    if (isPluralElement(element) || isSelectElement(element)) {
      for (const option of Object.values(element.options)) plainArgumentNames(option.value, names);
    }
  }
  return names;
}

function compiled(message: string, locale: string, timeZone: string) {
  const key = `${locale}\u0000${timeZone}\u0000${message}`;
  let entry = cache.get(key);
  if (entry === undefined) {
    // ignoreTag: a "<" in a translation is text, escaped like the rest, never markup.
    const format = new IntlMessageFormat(message, locale, mailFormats(timeZone), { ignoreTag: true });
    entry = { format, plainArguments: plainArgumentNames(format.getAst()) };
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, entry);
  }
  return entry;
}

interface HtmlFragment {
  readonly html: string;
}

/** Formats `message` in `locale`, with instants shown in `timeZone`. */
export function formatMessage(message: string, locale: string, timeZone: string, values: MessageValues = {}): FormattedMessage {
  const { format, plainArguments } = compiled(message, locale, timeZone);
  const textValues: Record<string, string | number | Date> = {};
  const htmlValues: Record<string, string | number | Date | HtmlFragment> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const plain = typeof value === 'string' && plainArguments.has(name);
    textValues[name] = plain ? isolateText(value) : value;
    htmlValues[name] = plain ? { html: isolateHtml(value) } : value;
  }
  const text = String(format.format(textValues));
  const html = format
    .formatToParts<HtmlFragment>(htmlValues)
    .map((part) => (part.type === PART_TYPE.literal ? escapeHtml(part.value) : part.value.html))
    .join('');
  return { text, html };
}
