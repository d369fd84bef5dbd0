import { assertKeySegment, assertValidKey, assertValidPrefix, MAX_KEY_LENGTH } from './object-key.js';

describe(assertValidKey.name, () => {
  it.each([
    'editions/0b9d0a8e-5f0c-4c1e-9a57-2f1f6f3f9e01/participants/4a1f2a3c-0d2e-4b8f-a1c2-3d4e5f607182/photo.jpg',
    'photo.jpg',
    'editions/e1/exports/registry-2024_10.csv',
    'editions/e1/participants/p1/visa-letter-zh-hans.pdf',
    'archive.tar.gz',
  ])('accepts %s', (key) => {
    expect(() => assertValidKey(key)).not.toThrow();
  });

  it.each([
    ['', 'it is empty'],
    ['/etc/passwd.txt', 'it starts with "/"; keys are relative'],
    ['../secrets.txt', 'contains a "." or ".." segment; a key cannot climb out of its folder'],
    ['editions/e1/../../x.jpg', 'contains a "." or ".." segment'],
    ['editions/./x.jpg', 'contains a "." or ".." segment'],
    ['editions\\x.jpg', 'it contains "\\"; the separator is "/"'],
    ['editions/E1/photo.jpg', 'it contains upper-case letters; keys are lower case'],
    ['editions/e1/photo 1.jpg', 'it contains " " (U+0020); keys use a-z, 0-9'],
    ['editions/e1/фото.jpg', 'it contains "ф" (U+0444)'],
    ['editions/e1/x.jpg\u0000', 'it contains "\\u0000" (U+0000)'],
    ['editions//photo.jpg', 'it has an empty segment ("//")'],
    ['editions/e1/', 'it ends with "/", which names a folder, not an object'],
    ['editions/e1/photo', 'the file name "photo" needs an extension'],
    ['editions/e1/.hidden.jpg', 'the file name ".hidden.jpg" needs an extension (e.g. photo.jpg) and may contain'],
    ['editions/v1.2/photo.jpg', 'the folder "v1.2" may contain a-z, 0-9, "-" and "_" only (no ".")'],
    ['editions/-rf/photo.jpg', 'the folder "-rf" may contain'],
    [`${'a'.repeat(129)}/photo.jpg`, 'a segment is 129 characters long; the limit is 128'],
    [`${'abcdefgh/'.repeat(57)}x.jpg`, `it is 518 characters long; the limit is ${MAX_KEY_LENGTH}`],
  ])('refuses %j: %s', (key, reason) => {
    expect(() => assertValidKey(key)).toThrow(expect.objectContaining({ code: 'STORAGE_KEY_INVALID', message: expect.stringContaining(reason) }));
  });

  it('refuses a key that is not a string', () => {
    expect(() => assertValidKey(42)).toThrow('Storage key must be a string (got number).');
  });

  it('cuts a long key short in its message', () => {
    expect(() => assertValidKey(`${'A'.repeat(200)}.jpg`)).toThrow(`Storage key "${'A'.repeat(80)}…" is invalid`);
  });
});

describe(assertValidPrefix.name, () => {
  it.each(['', 'editions/', 'editions/e1/participants/p1/'])('accepts %j', (prefix) => {
    expect(() => assertValidPrefix(prefix)).not.toThrow();
  });

  it.each([
    ['editions/e1', 'it must end with "/" (e.g. "editions/<editionId>/") so that it cannot match a sibling'],
    ['editions/photo.jpg/', 'the folder "photo.jpg" may contain'],
    ['../', 'contains a "." or ".." segment'],
    ['/editions/', 'it starts with "/"'],
    ['editions//', 'it has an empty segment ("//")'],
  ])('refuses %j: %s', (prefix, reason) => {
    expect(() => assertValidPrefix(prefix)).toThrow(expect.objectContaining({ code: 'STORAGE_KEY_INVALID', message: expect.stringContaining(reason) }));
  });
});

describe(assertKeySegment.name, () => {
  it('accepts an id and refuses what would add or climb folders', () => {
    expect(() => assertKeySegment('applicationId', '4a1f2a3c-0d2e-4b8f-a1c2-3d4e5f607182')).not.toThrow();
    for (const value of ['a/b', '..', '', 'A1', 'x.y']) {
      expect(() => assertKeySegment('applicationId', value)).toThrow(`applicationId ${JSON.stringify(value)} cannot be part of a storage key`);
    }
  });
});
