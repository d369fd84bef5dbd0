import { formatMessage } from './icu-message.js';
import { MailInputError } from './mail-errors.js';
import { MAIL_KINDS, type MailKind } from './mail-kinds.js';
import { ORGANIZER_ROLES } from './param-schemas.js';
import { mailColors, renderMail } from './render-mail.js';
import { HOSTILE_NAME, sampleMailParams } from './testing/sample-mail-params.js';
import { thrown } from './testing/thrown.js';
import { ENGLISH_TEMPLATES, MAIL_TEMPLATES, type MailTemplates } from './templates/index.js';

const samples = sampleMailParams();
const hostile = sampleMailParams(HOSTILE_NAME);

function render<K extends MailKind>(kind: K, locale: string, params = samples[kind], primaryColor?: string) {
  return renderMail({ kind, locale, params, ...(primaryColor === undefined ? {} : { primaryColor }) });
}

/** The templates with some kinds taken out of some languages, as during a translation. */
function withoutKinds(missing: Partial<Record<keyof MailTemplates, MailKind[]>>): MailTemplates {
  const copy = { ...MAIL_TEMPLATES } as Record<keyof MailTemplates, MailTemplates[keyof MailTemplates]>;
  for (const [locale, kinds] of Object.entries(missing) as [keyof MailTemplates, MailKind[]][]) {
    const own = { ...copy[locale].kinds };
    for (const kind of kinds) delete own[kind];
    copy[locale] = { ...copy[locale], kinds: own };
  }
  return copy;
}

describe(renderMail.name, () => {
  it.each(MAIL_KINDS)('renders %s in every language with a subject, an html and a plain-text part', (kind) => {
    for (const locale of Object.keys(MAIL_TEMPLATES)) {
      const mail = render(kind, locale);
      expect(mail.locale).toBe(locale);
      expect(mail.subject.trim()).not.toBe('');
      expect(mail.html).toContain(`<html lang="${locale}" dir="ltr">`);
      // Nothing of the ICU syntax is left over, and the plain text carries no markup.
      expect(mail.text).not.toMatch(/[{}<>]/);
      expect(mail.html).not.toMatch(/[{}]/);
    }
  });

  describe('hostile values', () => {
    it.each(MAIL_KINDS)('%s escapes the name in the html and isolates its direction', (kind) => {
      const mail = render(kind, 'en', hostile[kind]);
      expect(mail.html).not.toContain('<script>');
      expect(mail.html).not.toContain(`O'Brien`);
      expect(mail.html).toContain('<bdi>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien &amp; \u202Eelbat\u202C Ахмедов</bdi>');
      // In plain text the value is kept as typed, inside a first-strong isolate, so that the
      // override cannot reverse the words after it.
      expect(mail.text).toContain(`\u2068${HOSTILE_NAME}\u2069`);
    });

    it('leaves a value without right-to-left text or marks free of invisible characters', () => {
      const mail = render('organizer.password-reset', 'en', { ...samples['organizer.password-reset'], organizerName: 'Nino Beridze' });
      expect(mail.text).toContain('Dear Nino Beridze,');
      expect(mail.html).toContain('Dear <bdi>Nino Beridze</bdi>,');
    });

    it('isolates a right-to-left name in the subject', () => {
      const mail = render('organizer.team-invitation', 'en', { ...samples['organizer.team-invitation'], seriesName: 'منتدى \u202Eالتعاون' });
      expect(mail.subject).toBe('Invitation to join the organizing team: \u2068منتدى \u202Eالتعاون\u2069');
    });

    it('escapes quotes and markup in a link, which stays a link', () => {
      const url = 'https://forum.example.org/a?b="><script>x</script>&c=1';
      const mail = render('organizer.password-reset', 'en', { ...samples['organizer.password-reset'], resetUrl: url });
      expect(mail.html).toContain('href="https://forum.example.org/a?b=&quot;&gt;&lt;script&gt;x&lt;/script&gt;&amp;c=1"');
      expect(mail.html).not.toContain('<script>');
      expect(mail.text).toContain(`Choose a new password:\n${url}\n`);
    });

    it('treats markup in a translation as text', () => {
      const templates: MailTemplates = {
        ...MAIL_TEMPLATES,
        en: {
          ...ENGLISH_TEMPLATES,
          kinds: { ...ENGLISH_TEMPLATES.kinds, 'organizer.password-reset': { ...ENGLISH_TEMPLATES.kinds['organizer.password-reset'], heading: 'Reset <b>now</b> & {organizerName}' } },
        },
      };
      const mail = renderMail({ kind: 'organizer.password-reset', locale: 'en', params: samples['organizer.password-reset'] }, templates);
      expect(mail.html).toContain('Reset &lt;b&gt;now&lt;/b&gt; &amp; <bdi>Aigerim Nurlanovna</bdi></h1>');
    });
  });

  describe('language', () => {
    it.each([
      ['kk-KZ', 'kk'],
      ['zh-CN', 'zh-Hans'],
      ['zh', 'zh-Hans'],
      ['ru-RU', 'ru'],
      ['de', 'en'],
      ['not a tag', 'en'],
    ])('writes to a reader of %s in %s', (requested, used) => {
      expect(render('registration.received', requested).locale).toBe(used);
    });

    it('falls back along the chain when a language lacks the template: kk -> ru -> en, ka -> en', () => {
      const noKazakh = withoutKinds({ kk: ['registration.approved'] });
      const viaRussian = renderMail({ kind: 'registration.approved', locale: 'kk', params: samples['registration.approved'] }, noKazakh);
      expect(viaRussian.locale).toBe('ru');
      expect(viaRussian.subject).toBe('Участие подтверждено: 11th China–Central Asia Cooperation Forum');
      // The dates follow the language of the text, not the one that was asked for.
      expect(viaRussian.text).toContain('Даты проведения: 25–28 октября 2024');
      expect(viaRussian.html).toContain('<html lang="ru" dir="ltr">');

      const neither = withoutKinds({ kk: ['registration.approved'], ru: ['registration.approved'] });
      expect(renderMail({ kind: 'registration.approved', locale: 'kk', params: samples['registration.approved'] }, neither).locale).toBe('en');

      const noGeorgian = withoutKinds({ ka: ['registration.approved'], ru: ['registration.approved'] });
      const georgian = renderMail({ kind: 'registration.approved', locale: 'ka', params: samples['registration.approved'] }, noGeorgian);
      expect(georgian.locale).toBe('en');
    });
  });

  describe('dates and numbers in the language of the mail', () => {
    it.each([
      // ICU sets thin spaces (U+2009) around the English range dash.
      ['en', 'October 25\u2009–\u200928, 2024'],
      // ...and a narrow no-break space (U+202F) before the Russian "г.".
      ['ru', '25–28 октября 2024\u202Fг.'],
      ['zh-Hans', '2024年10月25日至2024年10月28日'],
      ['kk', '25–28 қазан'],
      ['ka', '25–28 ოქტომბერი, 2024'],
      ['hy', '25–28 հոկտեմբերի, 2024'],
    ])('writes the edition dates in %s as %s', (locale, expected) => {
      expect(render('registration.approved', locale).text).toContain(expected);
    });

    it('shows an instant in the time zone the mail names', () => {
      const params = samples['organizer.sign-in-alert'];
      expect(render('organizer.sign-in-alert', 'en', params).text).toContain('account on October 25, 2024 at 9:30 AM GMT+8.');
      const newYork = render('organizer.sign-in-alert', 'en', { ...params, timeZone: 'America/New_York' });
      expect(newYork.text).toContain('on October 24, 2024 at 9:30 PM EDT.');
      expect(render('organizer.sign-in-alert', 'ru', params).text).toContain('25 октября 2024 г. в 09:30 GMT+8');
    });

    it('never moves a calendar date into the day before, whatever the time zone', () => {
      const deadline = new Date('2024-10-01T00:00:00Z');
      expect(formatMessage('{d, date, calendar}', 'en', 'America/Los_Angeles', { d: deadline }).text).toBe('October 1, 2024');
      // The control: the same day as an instant in Los Angeles is still September 30.
      expect(formatMessage('{d, date, long}', 'en', 'America/Los_Angeles', { d: deadline }).text).toBe('September 30, 2024');
      expect(render('delegation.invitation', 'ru').text).toContain('до 1 октября 2024 г. завершите');
    });

    it.each([
      [1, 'в течение 1 часа.'],
      [3, 'в течение 3 часов.'],
      [5, 'в течение 5 часов.'],
      [21, 'в течение 21 часа.'],
    ])('uses the Russian plural forms: %i', (hours, expected) => {
      expect(render('application.access-link', 'ru', { ...samples['application.access-link'], expiresInHours: hours }).text).toContain(expected);
    });

    it('uses the English plural forms', () => {
      expect(render('application.access-link', 'en', { ...samples['application.access-link'], expiresInHours: 1 }).text).toContain('valid for 1 hour.');
      expect(render('organizer.password-reset', 'en').text).toContain('valid for 30 minutes');
    });
  });

  describe('content', () => {
    it('lays the same content out as html and as plain text', () => {
      const mail = render('registration.approved', 'en');
      expect(mail.text).toBe(
        [
          'Your participation is confirmed',
          'Dear Aigerim Nurlanovna,',
          'We are pleased to inform you that the Organizing Committee has approved your application to take part in the forum.',
          'Please quote your reference number in all correspondence and have it at hand at accreditation. The programme and practical information are published on the forum website.',
          [
            'Forum: 11th China–Central Asia Cooperation Forum',
            'Dates: October 25\u2009–\u200928, 2024',
            'Participation category: Delegation member',
            'Reference number: CCA11-0042',
          ].join('\n'),
          'View your application:\nhttps://forum.example.org/applications/CCA11-0042?token=s3cr3t&lang=en',
          'Forum website:\nhttps://forum.example.org/china-central-asia/11',
          'Yours sincerely,\nThe Organizing Committee\n11th China–Central Asia Cooperation Forum',
          '-- \nThis message was sent automatically. Please do not reply to it.\n',
        ].join('\n\n'),
      );
      expect(mail.html).toContain('<th scope="row"');
      expect(mail.html).toContain('>Reference number</th><td');
      expect(mail.html).toContain('href="https://forum.example.org/applications/CCA11-0042?token=s3cr3t&amp;lang=en"');
      expect(mail.html).toContain('<title>Participation confirmed: 11th China–Central Asia Cooperation Forum</title>');
    });

    it('leaves out an optional detail that is absent', () => {
      const { reason: _reason, ...withoutReason } = samples['registration.rejected'];
      expect(render('registration.rejected', 'en').text).toContain('Reason: The category has reached its capacity.');
      expect(render('registration.rejected', 'en', withoutReason).text).not.toContain('Reason');
    });

    it('greets a recipient whose name is not known as a colleague', () => {
      expect(render('organizer.team-invitation', 'ru').text).toContain('Уважаемый коллега!');
    });

    it('names each organizer role differently in every language', () => {
      for (const locale of Object.keys(MAIL_TEMPLATES)) {
        const roles = ORGANIZER_ROLES.map(
          (role) => render('organizer.team-invitation', locale, { ...samples['organizer.team-invitation'], role }).text,
        );
        expect(new Set(roles).size).toBe(ORGANIZER_ROLES.length);
      }
    });
  });

  describe('colours', () => {
    it('dresses the band and the button in the series colour', () => {
      const mail = render('registration.approved', 'en', samples['registration.approved'], '#6E1A37');
      expect(mail.html).toContain('background-color:#6E1A37;color:#FFFFFF;padding:16px 24px');
      expect(mail.html).toContain('display:inline-block;background-color:#6E1A37;color:#FFFFFF');
    });

    it('writes dark text on a pale colour, and keeps pale links readable', () => {
      const pale = mailColors('#F2D16B');
      expect(pale.onPrimary).not.toBe('#FFFFFF');
      expect(pale.link).not.toBe('#F2D16B');
      expect(mailColors('#1D3B8B')).toMatchObject({ onPrimary: '#FFFFFF', link: '#1D3B8B' });
    });

    it('refuses a colour that is not hex', () => {
      expect(() => render('registration.approved', 'en', samples['registration.approved'], 'red;background:url(x)')).toThrow(
        expect.objectContaining({ code: 'MAIL_COLOR_INVALID' }),
      );
    });
  });

  describe('parameters', () => {
    const failure = (run: () => unknown) => thrown(MailInputError, run);

    it('names every field that is wrong', () => {
      const error = failure(() =>
        renderMail({
          kind: 'registration.approved',
          locale: 'en',
          params: { ...samples['registration.approved'], magicLinkUrl: 'javascript:alert(1)', dates: { start: '2024-10-28', end: '2024-10-25' }, extra: 1 } as never,
        }),
      );
      expect(error.code).toBe('MAIL_PARAMS_INVALID');
      expect(error.fields).toEqual({
        'params.magicLinkUrl': 'must be an http:// or https:// URL',
        'params.dates.end': 'must not be before start',
        'params.extra': 'is not expected here',
      });
      expect(error.message).toContain('Invalid parameters for mail "registration.approved": ');
      expect(error.message).toContain('params.magicLinkUrl must be an http:// or https:// URL');
    });

    it('refuses a name with a line break, a missing parameter and an unknown time zone', () => {
      const { reference: _reference, ...withoutReference } = samples['registration.rejected'];
      expect(failure(() => renderMail({ kind: 'registration.rejected', locale: 'en', params: withoutReference as never })).fields).toEqual({
        'params.reference': 'is required',
      });
      expect(
        failure(() => render('organizer.password-reset', 'en', { ...samples['organizer.password-reset'], organizerName: 'Eve\r\nBcc: x@example.org' })).fields,
      ).toEqual({ 'params.organizerName': 'must not contain line breaks or control characters' });
      expect(failure(() => render('data-export.ready', 'en', { ...samples['data-export.ready'], timeZone: 'Mars/Olympus' })).fields).toEqual({
        'params.timeZone': 'must be an IANA time zone name, e.g. Asia/Shanghai',
      });
    });

    it('refuses a kind it does not know', () => {
      expect(failure(() => renderMail({ kind: 'registration.lost' as MailKind, locale: 'en', params: {} as never })).code).toBe('MAIL_KIND_UNKNOWN');
    });

    it('accepts Dates where it accepts ISO strings', () => {
      const fromDates = render('organizer.sign-in-alert', 'en', { ...samples['organizer.sign-in-alert'], signedInAt: new Date('2024-10-25T01:30:00Z') });
      expect(fromDates.text).toBe(render('organizer.sign-in-alert', 'en').text);
    });
  });
});
