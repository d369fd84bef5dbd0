// A forum series with its member and partner countries and co-organizing organizations.
import { storedThemeOf, ZSeriesInput, type SeriesInput } from '@caravan/forums';
import type { Series } from '../generated/prisma/client.js';
import type { SeedClient } from './seed-client.js';
import { validate } from './validate.js';

export interface SeriesSeed extends SeriesInput {
  memberCountryCodes: string[];
  coOrganizerSlugs: string[];
}

/**
 * Creates the series with its countries and co-organizers unless its slug is taken; an existing
 * series is returned as it is, whatever its organizers changed.
 */
export async function ensureSeries(prisma: SeedClient, input: SeriesSeed): Promise<Series> {
  const { memberCountryCodes, coOrganizerSlugs, ...seriesInput } = input;
  const series = validate(ZSeriesInput, seriesInput, `series ${input.slug}`);
  const data = {
    slug: series.slug,
    name: series.name,
    shortName: series.shortName,
    description: series.description,
    regionCode: series.regionCode,
    partnerCountryCode: series.partnerCountryCode ?? null,
    theme: storedThemeOf(series.theme),
    focusTrackSlugs: [...series.focusTrackSlugs],
    status: series.status ?? 'PLANNED',
    published: series.published ?? true,
  };
  // INSERT ... ON CONFLICT DO NOTHING: create-only, and safe when two seeds race.
  const { count } = await prisma.series.createMany({ data: [data], skipDuplicates: true });
  const saved = await prisma.series.findUniqueOrThrow({ where: { slug: series.slug } });
  if (count === 0) return saved;
  const links = [
    ...memberCountryCodes.map((countryCode) => ({ countryCode, role: 'member' })),
    ...(series.partnerCountryCode ? [{ countryCode: series.partnerCountryCode, role: 'partner' }] : []),
  ];
  await prisma.seriesCountry.createMany({ data: links.map((link) => ({ seriesId: saved.id, ...link })), skipDuplicates: true });
  for (const slug of coOrganizerSlugs) {
    const organization = await prisma.organization.findUniqueOrThrow({ where: { slug } });
    await prisma.seriesOrganizer.create({ data: { seriesId: saved.id, organizationId: organization.id } });
  }
  return saved;
}
