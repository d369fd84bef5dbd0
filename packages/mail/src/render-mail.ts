// Renders one mail of a kind in the recipient's language: parameters checked against the kind's
// schema, the language chosen along the fallback chain, every message formatted with ICU in
// that language, and the same content laid out as html and as plain text.
import type { Locale } from '@caravan/i18n';
import { contrastRatio, InvalidColorError, parseHexColor, themes } from '@caravan/themes';
import type { z } from 'zod';
import { DateRange } from './date-range.js';
import { renderHtml } from './html-layout.js';
import { formatMessage, type FormattedMessage, type MessageValue, type MessageValues } from './icu-message.js';
import type { MailColors, MailContent, MailDetail } from './mail-content.js';
import { MailInputError } from './mail-errors.js';
import { isMailKind, MAIL_KIND_DEFINITIONS, type MailKind, type MailParams, type MailParamsInput } from './mail-kinds.js';
import { textDirection } from '@caravan/regions/languages';
import { mailLocaleChain } from './mail-locales.js';
import { MAIL_TEMPLATES, type CommonTemplate, type KindTemplate, type LanguageTemplates, type MailTemplates } from './templates/index.js';
import { renderText } from './text-layout.js';

export interface RenderMailInput<K extends MailKind> {
  kind: K;
  /** The recipient's language, any BCP 47 tag ("kk", "ru-KZ", "zh-CN"). */
  locale: string;
  params: MailParamsInput<K>;
  /** The series' primary colour (#RGB or #RRGGBB); the platform's own when absent. */
  primaryColor?: string;
  /** Names of the files the mail carries, listed under the text. */
  attachmentNames?: readonly string[];
}

export interface RenderedMail {
  kind: MailKind;
  /** The language the mail is written in (the requested one, or the fallback that had a template). */
  locale: Locale;
  subject: string;
  html: string;
  text: string;
}

const PLATFORM_NAME = 'Caravan';
const platform = themes.default;
const ON_PRIMARY_CANDIDATES = ['#FFFFFF', platform.colors.text] as const;

/** Colours of a mail: the series' primary colour, and text colours that read well on it. */
export function mailColors(primaryColor: string = platform.colors.primary): MailColors {
  try {
    parseHexColor(primaryColor);
  } catch (error) {
    if (error instanceof InvalidColorError) {
      throw new MailInputError('MAIL_COLOR_INVALID', `primaryColor ${error.message}`, { primaryColor: 'must be #RGB or #RRGGBB' });
    }
    throw error;
  }
  const onPrimary = ON_PRIMARY_CANDIDATES.reduce((best, candidate) =>
    contrastRatio(candidate, primaryColor) > contrastRatio(best, primaryColor) ? candidate : best,
  );
  return {
    primary: primaryColor,
    onPrimary,
    // WCAG AA for body text: a pale series colour is fine for a button but not for a link.
    link: contrastRatio(primaryColor, '#FFFFFF') >= 4.5 ? primaryColor : platform.colors.text,
    text: platform.colors.text,
    muted: platform.colors.muted,
    border: platform.colors.border,
    page: '#F3F4F6',
    surface: '#FFFFFF',
    fontFamily: platform.typography.body,
  };
}

/** Checks a kind's parameters, naming every field that is wrong. */
export function parseMailParams<K extends MailKind>(kind: K, params: unknown): MailParams<K> {
  if (!isMailKind(kind)) {
    throw new MailInputError('MAIL_KIND_UNKNOWN', `Unknown mail kind "${String(kind)}"; the kinds are ${Object.keys(MAIL_KIND_DEFINITIONS).join(', ')}.`);
  }
  const schema: z.ZodType<MailParams<K>> = MAIL_KIND_DEFINITIONS[kind].schema as unknown as z.ZodType<MailParams<K>>;
  const result = schema.safeParse(params);
  if (result.success) return result.data;
  throw MailInputError.fromZod('MAIL_PARAMS_INVALID', `Invalid parameters for mail "${kind}"`, 'params', result.error);
}

function pickLanguage<K extends MailKind>(kind: K, requested: string, templates: MailTemplates): [Locale, LanguageTemplates, KindTemplate<K>] {
  for (const locale of mailLocaleChain(requested)) {
    const language = templates[locale];
    const template = language.kinds[kind] as KindTemplate<K> | undefined;
    if (template !== undefined) return [locale, language, template];
  }
  // English is complete by type; reaching this line means a template set was built by hand without it.
  throw new Error(`No template for mail "${kind}" in ${requested} nor in any fallback language`);
}

function detailValue(value: MessageValue, locale: string, timeZone: string): string | undefined {
  if (typeof value === 'number') return new Intl.NumberFormat(locale).format(value);
  if (value instanceof Date) return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(value);
  return value;
}

/** The parameters as ICU values: a date range becomes its text in the mail's language. */
function messageValues(params: Readonly<Record<string, unknown>>, locale: string, common: CommonTemplate): Record<string, MessageValue> {
  const values: Record<string, MessageValue> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value instanceof DateRange) {
      values[name] =
        common.dateRange === undefined ? value.format(locale) : formatMessage(common.dateRange, locale, 'UTC', { start: value.start, end: value.end }).text;
    } else if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) {
      values[name] = value;
    }
  }
  return values;
}

/**
 * Renders a mail. `templates` is for tests of the fallback chain; production code uses the
 * templates this package ships.
 */
export function renderMail<K extends MailKind>(input: RenderMailInput<K>, templates: MailTemplates = MAIL_TEMPLATES): RenderedMail {
  const params = parseMailParams(input.kind, input.params);
  const colors = mailColors(input.primaryColor);
  const definition = MAIL_KIND_DEFINITIONS[input.kind];
  const [locale, language, template] = pickLanguage(input.kind, input.locale, templates);
  const { common } = language;
  const values: MessageValues = messageValues(params as Readonly<Record<string, unknown>>, locale, common);
  const timeZone = typeof values['timeZone'] === 'string' ? values['timeZone'] : 'UTC';
  const format = (message: string, extra: MessageValues = {}): FormattedMessage => formatMessage(message, locale, timeZone, { ...values, ...extra });

  const greetingName = definition.greeting === null ? undefined : values[definition.greeting];
  const details: MailDetail[] = [];
  for (const key of definition.details) {
    const value = detailValue(values[key], locale, timeZone);
    if (value !== undefined) details.push({ label: common.labels[key], value });
  }
  const linkLabels = template.links as Readonly<Record<string, string>>;
  const seriesName = values['seriesName'];

  const content: MailContent = {
    lang: locale,
    dir: textDirection(locale),
    subject: format(template.subject).text,
    banner: typeof seriesName === 'string' ? seriesName : PLATFORM_NAME,
    heading: format(template.heading),
    greeting: greetingName === undefined ? format(common.greetingColleague) : format(common.greeting, { name: greetingName }),
    paragraphs: template.paragraphs.map((paragraph) => format(paragraph)),
    details,
    links: definition.links.map((key) => ({ label: format(linkLabels[key] as string), url: String(values[key]) })),
    linkFallback: format(common.linkFallback),
    notes: (template.notes ?? []).map((note) => format(note)),
    attachmentNotes: (input.attachmentNames ?? []).map((filename) => format(common.attachmentNote, { filename })),
    signOff: (definition.audience === 'participant' ? common.signOffParticipant : common.signOffOrganizer).map((line) => format(line)),
    automated: format(common.automated),
  };
  return { kind: input.kind, locale, subject: content.subject, html: renderHtml(content, colors), text: renderText(content) };
}
