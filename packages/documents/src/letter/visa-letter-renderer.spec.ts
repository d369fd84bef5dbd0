import { themes } from '@caravan/themes';
import { decodeQrCodes, memorySink, pdfPageCount, pdfText } from '../testing/pdf-tools.fixtures.js';
import { documentThemeOf } from '../testing/participants.fixtures.js';
import { DocumentInputError } from '../pdf/document-input.error.js';
import { writeVisaLetter } from './visa-letter-renderer.js';
import type { VisaLetterInput } from './visa-letter.schema.js';

const letter: VisaLetterInput = {
  letterNumber: 'CCA11-VS-00417',
  issuedOn: '2024-09-12',
  verificationUrl: 'https://caravan.example/verify/letters/CCA11-VS-00417?code=7KQ2M9',
  letterhead: {
    seriesName: 'China–Central Asia Cooperation Forum',
    issuer: 'Secretariat of the China–Central Asia Cooperation Forum',
    address: 'Yinchuan, Ningxia Hui Autonomous Region, China',
    theme: documentThemeOf(themes['central-asia']),
  },
  signatory: { name: 'Li Wenjing', title: 'Head of Protocol, Forum Secretariat' },
  participant: {
    fullName: 'Gülnara Äbişqyzy Sәrsenbaeva'.replace('ә', 'a'),
    passportNumber: 'N12345678',
    nationality: 'Kazakhstan',
    dateOfBirth: '1986-03-14',
    passportExpiry: '2029-06-30',
    organization: 'Ministry of Trade and Integration of the Republic of Kazakhstan',
    position: 'Deputy Director, Department of Foreign Trade',
  },
  edition: {
    title: '11th China–Central Asia Cooperation Forum',
    startDate: '2024-10-25',
    endDate: '2024-10-28',
    venue: 'Yinchuan International Convention and Exhibition Center',
    city: 'Yinchuan',
    country: 'China',
  },
};

async function render(input: VisaLetterInput): Promise<Buffer> {
  const sink = memorySink();
  await writeVisaLetter(input, sink.stream);
  return sink.bytes();
}

describe(writeVisaLetter.name, () => {
  it('states the participant, the edition and the letter on one A4 page that pdftotext reads', async () => {
    const pdf = await render(letter);
    expect(await pdfPageCount(pdf)).toBe(1);
    const text = await pdfText(pdf);
    for (const expected of [
      'Gülnara Äbişqyzy Sarsenbaeva',
      'N12345678',
      'Kazakhstan',
      '14 March 1986',
      '30 June 2029',
      'Letter No. CCA11-VS-00417',
      'Date of issue: 12 September 2024',
      'from 25 October 2024 to 28 October 2024',
      'Yinchuan International Convention and Exhibition Center, Yinchuan, China',
      'China–Central Asia Cooperation Forum',
      'Li Wenjing',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('carries the verification URL in a QR code that zbar decodes', async () => {
    expect(await decodeQrCodes(await render(letter))).toEqual([letter.verificationUrl]);
  });

  it('is drawn without an ornament too', async () => {
    const plain = { ...letter, letterhead: { ...letter.letterhead, address: undefined, theme: { ...letter.letterhead.theme, ornamentSvg: undefined } } };
    expect(await pdfText(await render(plain))).toContain('N12345678');
  });

  it.each([
    [{ participant: { ...letter.participant, fullName: 'Гульнара Абишкызы' } }, 'letter.participant.fullName: must be written in Latin letters, as in the passport'],
    [{ participant: { ...letter.participant, passportNumber: 'n 1234' } }, 'letter.participant.passportNumber: must be 5 to 20 capital letters and digits'],
    [{ participant: { ...letter.participant, passportExpiry: '2024-10-27' } }, 'letter.participant.passportExpiry: must be after the edition ends'],
    [{ participant: { ...letter.participant, dateOfBirth: '1986-02-30' } }, 'letter.participant.dateOfBirth: must be a real date written YYYY-MM-DD'],
    [{ edition: { ...letter.edition, endDate: '2024-10-24' } }, 'letter.edition.endDate: must not be before the start date'],
    [{ verificationUrl: 'javascript:alert(1)' }, 'letter.verificationUrl: must be an http(s) URL'],
  ])('refuses %j naming the field, writing nothing', async (change, message) => {
    const sink = memorySink();
    const attempt = writeVisaLetter({ ...letter, ...change } as VisaLetterInput, sink.stream);
    await expect(attempt).rejects.toThrow(DocumentInputError);
    await expect(attempt).rejects.toThrow(message);
    expect(sink.bytes()).toHaveLength(0);
  });
});
