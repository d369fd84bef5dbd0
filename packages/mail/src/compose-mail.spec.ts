import { composeMail } from './compose-mail.js';
import { sampleMailParams } from './testing/sample-mail-params.js';

const samples = sampleMailParams();
const letter = { filename: 'visa-letter-CCA11-0042.pdf', content: new TextEncoder().encode('%PDF-1.7\n'), contentType: 'application/pdf' };

describe(composeMail.name, () => {
  it('addresses a rendered mail and keeps what the transport needs', () => {
    const mail = composeMail({
      kind: 'registration.received',
      locale: 'kk',
      to: { address: 'aigerim@example.kz', name: 'Aigerim Nurlanovna' },
      params: samples['registration.received'],
      messageKey: 'outbox-42',
    });
    expect(mail).toMatchObject({ kind: 'registration.received', locale: 'kk', to: { address: 'aigerim@example.kz', name: 'Aigerim Nurlanovna' }, attachments: [], messageKey: 'outbox-42' });
    expect(mail.subject).toBe('Өтінім қабылданды: 11th China–Central Asia Cooperation Forum');
  });

  it('requires the visa letter to carry its file, and names the file in the text', () => {
    const base = { kind: 'visa-letter.issued' as const, locale: 'en', to: { address: 'a@example.org' }, params: samples['visa-letter.issued'] };
    expect(() => composeMail(base)).toThrow(expect.objectContaining({ code: 'MAIL_ATTACHMENT_INVALID', fields: { attachments: 'must contain the file this kind of mail delivers' } }));
    const mail = composeMail({ ...base, attachments: [letter] });
    expect(mail.text).toContain('Attached: visa-letter-CCA11-0042.pdf');
    expect(mail.html).toContain('Attached: <bdi>visa-letter-CCA11-0042.pdf</bdi>');
  });

  it('refuses a recipient it cannot write to, naming the field', () => {
    const base = { kind: 'organizer.password-reset' as const, locale: 'en', params: samples['organizer.password-reset'] };
    expect(() => composeMail({ ...base, to: { address: 'not an address' } })).toThrow(
      expect.objectContaining({ code: 'MAIL_RECIPIENT_INVALID', fields: { 'to.address': 'must be an e-mail address' } }),
    );
    expect(() => composeMail({ ...base, to: { address: 'a@example.org', name: 'A\nBcc: b@example.org' } })).toThrow(
      expect.objectContaining({ code: 'MAIL_RECIPIENT_INVALID', fields: { 'to.name': 'must not contain line breaks or control characters' } }),
    );
  });

  it('refuses a file name with a directory, an empty file and a message key that cannot be a Message-ID', () => {
    const base = { kind: 'visa-letter.issued' as const, locale: 'en', to: { address: 'a@example.org' }, params: samples['visa-letter.issued'] };
    expect(() => composeMail({ ...base, attachments: [{ ...letter, filename: '../../etc/passwd' }] })).toThrow(
      expect.objectContaining({ fields: { 'attachments.0.filename': 'must be a file name without a directory' } }),
    );
    expect(() => composeMail({ ...base, attachments: [{ ...letter, content: new Uint8Array() }] })).toThrow(
      expect.objectContaining({ fields: { 'attachments.0.content': 'must not be empty' } }),
    );
    expect(() => composeMail({ ...base, attachments: [letter], messageKey: 'a b@c' })).toThrow(expect.objectContaining({ fields: { messageKey: expect.any(String) } }));
  });
});
