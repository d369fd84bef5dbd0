// Values a fuzzer hands to the api: most are plausible (known slugs, edition numbers and record
// ids of the database under test, so that calls reach the resolvers and their writers), the rest
// are what an attacker sends: huge, malformed, control characters, injection attempts, other
// scripts, numbers at and past every boundary.
import fc from 'fast-check';

/** Ids, slugs and numbers that exist in the database under test, so that calls get past "not found". */
export interface KnownValues {
  ids: readonly string[];
  slugs: readonly string[];
  editionNumbers: readonly number[];
  emails: readonly string[];
  /** Ids and slugs by entity (lower-case type name: session, person, roleGrant → rolegrant, ...). */
  entities?: Readonly<Record<string, { ids: readonly string[]; slugs: readonly string[] }>>;
}

const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE \"User\"; --",
  '"><script>alert(1)</script>',
  '=HYPERLINK("http://attacker.example","x")',
  '+cmd|" /C calc"!A0',
  '@SUM(1+1)',
  '-2+3',
  '{{constructor.constructor("return process")()}}',
  '${7*7}',
  '__proto__',
  'constructor',
  '../../../../etc/passwd',
  '%00',
  '\u0000',
  '\u0007\u001b[31m',
  '\ud800',
  '\u202e\u0635\u0648\u0631\u0629',
  'ＡＢＣ',
  '𠜎𠜱𠝹',
  'ქართული',
  'Հայերեն',
  'Қазақша',
  '中文',
  'null',
  'undefined',
  'NaN',
  '1e309',
  '0x0B',
  '011',
  '-0',
  ' ',
  '',
] as const;

const LANGUAGE_TAGS = ['en', 'zh-Hans', 'ru', 'kk', 'ka', 'hy', 'az', 'x-klingon', 'en-US;q=0.5', '*', 'zh-TW', 'i-default'] as const;

/** Text at every length class, from empty to about a megabyte, with hostile content. */
export function hostileString(known: KnownValues): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...known.slugs, ...known.ids, ...known.emails) },
    { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
    { weight: 2, arbitrary: fc.constantFrom(...LANGUAGE_TAGS) },
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
    // Long inputs are where super-linear patterns and unbounded echoes show.
    { weight: 1, arbitrary: fc.constantFrom(...INJECTIONS).map((seed) => seed.repeat(500)) },
    { weight: 1, arbitrary: fc.integer({ min: 10_000, max: 100_000 }).map((length) => 'a'.repeat(length)) },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()) },
    { weight: 1, arbitrary: fc.uuid() },
  );
}

export function hostileInt(known: KnownValues): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...known.editionNumbers) },
    { weight: 2, arbitrary: fc.constantFrom(0, -1, 1, 100, 101, 2 ** 31 - 1, -(2 ** 31)) },
    { weight: 2, arbitrary: fc.integer() },
  );
}

export function hostileFloat(): fc.Arbitrary<number> {
  return fc.oneof(fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 1e15 + 0.5, 99_999_999_999_999), fc.double({ noNaN: true, noDefaultInfinity: true }));
}

/** A value of the wrong kind for its declared type, which validation must refuse cleanly. */
export function wrongKind(): fc.Arbitrary<unknown> {
  return fc.oneof(fc.constant(null), fc.constant([]), fc.constant({}), fc.boolean(), fc.constant('not-a-number'), fc.constant(1.5), fc.constant({ __proto__: { polluted: true } }));
}
