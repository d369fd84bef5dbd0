import { SUPPORTED_LOCALES, type Locale } from '@caravan/i18n';
import {
  isArgumentElement,
  isDateElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTimeElement,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { MAIL_KIND_DEFINITIONS, MAIL_KINDS, type MailKind } from '../mail-kinds.js';
import { ORGANIZER_ROLES } from '../param-schemas.js';
import { en } from './en.templates.js';
import { MAIL_TEMPLATES } from './index.js';
import type { CommonTemplate, KindTemplate } from './template.types.js';

// What a message asks of its values: "name:argument", "expiresAt:date:long", "role:select", ...
// Two translations of one message must ask the same; the wording around them is free.
function signature(elements: readonly MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (isArgumentElement(element)) found.add(`${element.value}:argument`);
    if (isNumberElement(element)) found.add(`${element.value}:number:${String(element.style ?? '')}`);
    if (isDateElement(element)) found.add(`${element.value}:date:${String(element.style ?? '')}`);
    if (isTimeElement(element)) found.add(`${element.value}:time:${String(element.style ?? '')}`);
    if (isPluralElement(element)) found.add(`${element.value}:plural`);
    if (isSelectElement(element)) found.add(`${element.value}:select`);
    if (isPluralElement(element) || isSelectElement(element)) {
      for (const option of Object.values(element.options)) signature(option.value, found);
    }
  }
  return found;
}

function messageSignature(messages: readonly string[], locale: string): string[] {
  const found = new Set<string>();
  for (const message of messages) signature(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst(), found);
  return [...found].sort();
}

function selectCases(message: string, argument: string): string[] {
  const cases: string[] = [];
  const walk = (elements: readonly MessageFormatElement[]) => {
    for (const element of elements) {
      if (isSelectElement(element) && element.value === argument) cases.push(...Object.keys(element.options));
      if (isPluralElement(element) || isSelectElement(element)) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, 'en', undefined, { ignoreTag: true }).getAst());
  return cases.sort();
}

type AnyKindTemplate = Omit<KindTemplate<MailKind>, 'links'> & { links: Readonly<Record<string, string>> };

/** Each part of a kind's template, as the messages it holds. */
function kindParts(template: AnyKindTemplate): Record<string, readonly string[]> {
  return {
    subject: [template.subject],
    heading: [template.heading],
    paragraphs: template.paragraphs,
    ...Object.fromEntries(Object.entries<string>(template.links).map(([key, label]) => [`links.${key}`, [label]])),
    notes: template.notes ?? [],
  };
}

function commonParts(common: CommonTemplate): Record<string, readonly string[]> {
  return {
    greeting: [common.greeting],
    greetingColleague: [common.greetingColleague],
    signOffParticipant: common.signOffParticipant,
    signOffOrganizer: common.signOffOrganizer,
    linkFallback: [common.linkFallback],
    attachmentNote: [common.attachmentNote],
    automated: [common.automated],
  };
}

const languages = SUPPORTED_LOCALES.filter((locale): locale is Locale => locale !== 'en');

describe('mail templates', () => {
  it('exist for exactly the eleven UI languages', () => {
    expect(Object.keys(MAIL_TEMPLATES).sort()).toEqual([...SUPPORTED_LOCALES].sort());
  });

  it.each(SUPPORTED_LOCALES)('%s has a template for every kind and no other', (locale) => {
    expect(Object.keys(MAIL_TEMPLATES[locale].kinds).sort()).toEqual([...MAIL_KINDS].sort());
  });

  it.each(MAIL_KINDS)('en %s uses only parameters of its kind, and labels exactly its links', (kind) => {
    const template = en.kinds[kind];
    const params = Object.keys(MAIL_KIND_DEFINITIONS[kind].params);
    const used = messageSignature(Object.values(kindParts(template)).flat(), 'en').map((entry) => entry.split(':')[0]);
    expect(used.filter((name) => !params.includes(name as string))).toEqual([]);
    expect(Object.keys(template.links).sort()).toEqual([...MAIL_KIND_DEFINITIONS[kind].links].sort());
  });

  describe.each(languages)('%s', (locale) => {
    const language = MAIL_TEMPLATES[locale];

    it.each(MAIL_KINDS)('%s has the parts of the English template, asking the same of the same parameters', (kind) => {
      const template = language.kinds[kind];
      expect(template).toBeDefined();
      const own = kindParts(template as AnyKindTemplate);
      const reference = kindParts(en.kinds[kind]);
      expect(Object.keys(own).sort()).toEqual(Object.keys(reference).sort());
      for (const [part, messages] of Object.entries(reference)) {
        expect({ part, messages: (own[part] ?? []).length > 0 }).toEqual({ part, messages: messages.length > 0 });
        expect({ part, signature: messageSignature(own[part] ?? [], locale) }).toEqual({ part, signature: messageSignature(messages, 'en') });
      }
    });

    it('has the shared texts of English, asking the same of the same parameters, and a label for every detail', () => {
      const own = commonParts(language.common);
      for (const [part, messages] of Object.entries(commonParts(en.common))) {
        expect({ part, signature: messageSignature(own[part] ?? [], locale) }).toEqual({ part, signature: messageSignature(messages, 'en') });
      }
      expect(Object.keys(language.common.labels).sort()).toEqual(Object.keys(en.common.labels).sort());
      for (const label of Object.values(language.common.labels)) expect(label.trim()).not.toBe('');
    });

    it('writes date ranges from {start} and {end} calendar dates when it writes them itself', () => {
      const { dateRange } = language.common;
      if (dateRange !== undefined) expect(messageSignature([dateRange], locale)).toEqual(['end:date:calendar', 'start:date:calendar']);
    });

    it('is a translation, not a copy of English', () => {
      const copied = MAIL_KINDS.filter((kind) => language.kinds[kind]?.heading === en.kinds[kind].heading);
      expect(copied).toEqual([]);
    });
  });

  it.each(SUPPORTED_LOCALES)('%s names every organizer role in the team invitation', (locale) => {
    const paragraphs = MAIL_TEMPLATES[locale].kinds['organizer.team-invitation']?.paragraphs ?? [];
    const cases = paragraphs.flatMap((paragraph) => selectCases(paragraph, 'role'));
    expect(cases).toEqual([...ORGANIZER_ROLES, 'other'].sort());
  });

  it('tells a changed argument from a changed wording (the comparison can fail)', () => {
    expect(messageSignature(['Valid for {hours, plural, other {# hours}}'], 'en')).toEqual(messageSignature(['Действительна {hours, plural, other {# ч}}'], 'ru'));
    expect(messageSignature(['Until {at, date, long}'], 'en')).not.toEqual(messageSignature(['До {at, date, short}'], 'ru'));
    expect(messageSignature(['{a} and {b}'], 'en')).not.toEqual(messageSignature(['{a} и {c}'], 'ru'));
    expect(messageSignature(['{n, plural, other {{name}}}'], 'en')).toEqual(['n:plural', 'name:argument']);
  });
});
