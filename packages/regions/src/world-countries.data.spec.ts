// The committed list must be what the generator produces from the pinned code and zone packages
// and this Node's CLDR. Names can only be compared under the CLDR release they were made with.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildWorldCountryRecords,
  describeDrift,
  GENERATED_FILE,
  renderWorldCountriesModule,
  runtimeCldrVersion,
} from '../scripts/world-countries.generator.js';
import { WORLD_COUNTRY_NAMES_CLDR, WORLD_COUNTRY_RECORDS } from './generated/world-countries.data.js';
import type { WorldCountryRecord } from './world-countries.js';

const sameCldr = runtimeCldrVersion() === WORLD_COUNTRY_NAMES_CLDR;
const regenerate = 'run `pnpm --filter @caravan/regions generate:countries` if this fails';

describe('generated world country list', () => {
  const built = buildWorldCountryRecords();

  (sameCldr ? it : it.skip)(`matches the generator under CLDR ${WORLD_COUNTRY_NAMES_CLDR} (${regenerate})`, () => {
    expect(describeDrift(built, WORLD_COUNTRY_RECORDS)).toEqual([]);
    const committed = readFileSync(resolve(__dirname, '..', GENERATED_FILE), 'utf8');
    expect(renderWorldCountriesModule(built, runtimeCldrVersion())).toBe(committed);
  });

  it(`has the generator's codes and zones under any CLDR release (${regenerate})`, () => {
    const withoutNames = (records: readonly WorldCountryRecord[]) => records.map(({ code, alpha3, numeric, timeZones }) => ({ code, alpha3, numeric, timeZones }));
    expect(withoutNames(WORLD_COUNTRY_RECORDS)).toEqual(withoutNames(built));
  });

  it('reports a stale copy line by line (negative control)', () => {
    const stale = WORLD_COUNTRY_RECORDS.filter((record) => record.code !== 'TR').map((record) =>
      record.code === 'KZ' ? { ...record, name: { ...record.name, kk: 'Казахстан' }, timeZones: ['Asia/Almaty'] } : record,
    );
    stale.push({ code: 'XK', alpha3: 'XKX', numeric: '000', name: { en: 'Kosovo' }, timeZones: [] });
    expect(describeDrift(built, stale)).toEqual([
      'KZ: name.kk is "Казахстан", expected "Қазақстан"',
      expect.stringMatching(/^KZ: timeZones are \[Asia\/Almaty\], expected \[Asia\/Almaty, Asia\/Aqtau, /),
      'TR: missing',
      'XK: not an officially assigned code',
    ]);
  });
});
