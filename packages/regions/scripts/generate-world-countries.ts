// Writes src/generated/world-countries.data.ts; run through `pnpm generate:countries`.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildWorldCountryRecords, GENERATED_FILE, renderWorldCountriesModule, runtimeCldrVersion } from './world-countries.generator.js';

const records = buildWorldCountryRecords();
writeFileSync(resolve(import.meta.dirname, '..', GENERATED_FILE), renderWorldCountriesModule(records, runtimeCldrVersion()));
console.log(`${records.length} countries written to ${GENERATED_FILE} (CLDR ${runtimeCldrVersion()})`);
