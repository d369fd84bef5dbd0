// Languages, regions, countries and subnational units, straight from @caravan/regions.
import { countries, languages, regions, subnationalUnits } from '@caravan/regions';
import type { PrismaClient } from '../generated/prisma/client.js';

export async function seedCatalogue(prisma: PrismaClient): Promise<void> {
  for (const [position, language] of languages.entries()) {
    const data = { name: language.name, script: language.script, direction: language.direction, position };
    await prisma.language.upsert({ where: { code: language.code }, create: { code: language.code, ...data }, update: data });
  }
  for (const region of regions) {
    const data = { name: region.name, kind: region.kind };
    await prisma.region.upsert({ where: { code: region.code }, create: { code: region.code, ...data }, update: data });
  }
  for (const country of countries) {
    const data = {
      name: country.name,
      capital: country.capital,
      languages: [...country.languages],
      timeZone: country.timeZone,
      regionCode: country.region,
    };
    await prisma.country.upsert({ where: { code: country.code }, create: { code: country.code, ...data }, update: data });
  }
  // Parents first, so that a child's parentId always points at an existing row.
  const ordered = [...subnationalUnits].sort((a, b) => Number(a.parent !== undefined) - Number(b.parent !== undefined));
  for (const unit of ordered) {
    const data = {
      name: unit.name,
      kind: unit.kind,
      countryCode: unit.country,
      isoCode: unit.isoCode ?? null,
      parentId: unit.parent ?? null,
    };
    await prisma.subnationalUnit.upsert({ where: { id: unit.id }, create: { id: unit.id, ...data }, update: data });
  }
}
