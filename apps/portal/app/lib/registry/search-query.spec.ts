import fc from 'fast-check';
import { MAX_SEARCH_LENGTH, readSearch } from './search-query.js';

const read = (q: string, kind?: string) => readSearch(new URLSearchParams({ q, ...(kind === undefined ? {} : { kind }) }));

describe('search text from the address', () => {
  it('keeps names in every script as typed', () => {
    for (const name of ['Edil Baisalov', 'Эдиль Байсалов', '拜萨洛夫', 'ნინგსია', 'Երևան', 'Baýram Gylyçmämmedow']) {
      expect(read(`  ${name} `)).toEqual({ text: name, shortened: false, kind: null });
    }
  });

  it('reads the kind, and refuses one the api does not know', () => {
    expect(read('Ningxia', 'agreement')?.kind).toBe('AGREEMENT');
    expect(read('Ningxia', '')?.kind).toBeNull();
    expect(read('Ningxia', 'AGREEMENT')).toBeNull();
    expect(read('Ningxia', 'venue')).toBeNull();
  });

  it('turns control characters into spaces and cuts long text to the limit', () => {
    expect(read('a\u0000b\u202e\u0007c\n\td')?.text).toBe('a b c d');
    const long = read('名'.repeat(500));
    expect(long?.shortened).toBe(true);
    expect(Array.from(long?.text ?? '')).toHaveLength(MAX_SEARCH_LENGTH);
    // An astral character at the limit is kept whole.
    expect(read('😀'.repeat(300))?.text).toBe('😀'.repeat(MAX_SEARCH_LENGTH));
  });

  it('always gives the api 0–200 characters without control characters, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 1_000 }), (typed) => {
        const query = read(typed);
        expect(query).not.toBeNull();
        const text = query?.text ?? '';
        expect(Array.from(text).length).toBeLessThanOrEqual(MAX_SEARCH_LENGTH);
        expect(text).toBe(text.trim());
        // eslint-disable-next-line no-control-regex -- control characters are what this looks for
        expect(/[\u0000-\u001f\u007f-\u009f]/.test(text)).toBe(false);
      }),
    );
  });
});
