import {
  editionExportKey,
  editionPrefix,
  participantBadgeKey,
  participantExportKey,
  participantPhotoKey,
  participantPrefix,
  participantVisaLetterKey,
} from './key-conventions.js';
import { assertValidKey, assertValidPrefix } from './object-key.js';

const EDITION = '0b9d0a8e-5f0c-4c1e-9a57-2f1f6f3f9e01';
const APPLICATION = '4a1f2a3c-0d2e-4b8f-a1c2-3d4e5f607182';

describe('key conventions', () => {
  it("puts every file of a participant under the participant's prefix, and that under the edition's", () => {
    const participant = participantPrefix(EDITION, APPLICATION);
    expect(participant).toBe(`editions/${EDITION}/participants/${APPLICATION}/`);
    expect(participant.startsWith(editionPrefix(EDITION))).toBe(true);
    const keys = [
      participantPhotoKey(EDITION, APPLICATION),
      participantBadgeKey(EDITION, APPLICATION),
      participantVisaLetterKey(EDITION, APPLICATION, 'zh-Hans'),
      participantExportKey(EDITION, APPLICATION, 'x7k2'),
    ];
    expect(keys).toEqual([`${participant}photo.jpg`, `${participant}badge.pdf`, `${participant}visa-letter-zh-hans.pdf`, `${participant}exports/x7k2.zip`]);
    for (const key of keys) expect(() => assertValidKey(key)).not.toThrow();
    expect(() => assertValidPrefix(participant)).not.toThrow();
  });

  it('builds edition exports under the edition', () => {
    expect(editionExportKey(EDITION, 'registry-2024', 'csv')).toBe(`editions/${EDITION}/exports/registry-2024.csv`);
  });

  it('refuses an id that would change the folder structure', () => {
    expect(() => participantPhotoKey('../other', APPLICATION)).toThrow(/editionId "..\/other" cannot be part of a storage key/);
    expect(() => participantPhotoKey(EDITION, 'a/b')).toThrow(/applicationId "a\/b" cannot be part of a storage key/);
    expect(() => editionExportKey(EDITION, 'x', '.csv')).toThrow('extension ".csv" must be 1-10 of a-z and 0-9, without the dot');
  });
});
