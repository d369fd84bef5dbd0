// Languages, regions, countries and subnational units, straight from @caravan/regions. Rows that
// exist are left as they are: the seed only adds what is missing.
import { countries, languages, regions, subnationalUnits } from '@caravan/regions';
import type { SeedClient } from './seed-client.js';

export async function seedCatalogue(prisma: SeedClient): Promise<void> {
  await prisma.language.createMany({
    data: languages.map((language, position) => ({ code: language.code, name: language.name, script: language.script, direction: language.direction, position })),
    skipDuplicates: true,
  });
  await prisma.region.createMany({ data: regions.map((region) => ({ code: region.code, name: region.name, kind: region.kind })), skipDuplicates: true });
  await prisma.country.createMany({
    data: countries.map((country) => ({
      code: country.code,
      name: country.name,
      capital: country.capital,
      languages: [...country.languages],
      timeZone: country.timeZone,
      regionCode: country.region,
    })),
    skipDuplicates: true,
  });
  // Parents first, so that a child's parentId always points at an existing row.
  const ordered = [...subnationalUnits].sort((a, b) => Number(a.parent !== undefined) - Number(b.parent !== undefined));
  await prisma.subnationalUnit.createMany({
    data: ordered.map((unit) => ({
      id: unit.id,
      name: unit.name,
      kind: unit.kind,
      countryCode: unit.country,
      isoCode: unit.isoCode ?? null,
      parentId: unit.parent ?? null,
    })),
    skipDuplicates: true,
  });
}
