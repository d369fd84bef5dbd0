// A forum series with its member and partner countries and co-organizing organizations.
import { ZSeriesInput, type SeriesInput } from '@caravan/forums';
import type { PrismaClient, Series } from '../generated/prisma/client.js';
import { validate } from './validate.js';

export interface SeriesSeed extends SeriesInput {
  memberCountryCodes: string[];
  coOrganizerSlugs: string[];
}

export async function upsertSeries(prisma: PrismaClient, input: SeriesSeed): Promise<Series> {
  const { memberCountryCodes, coOrganizerSlugs, ...seriesInput } = input;
  const series = validate(ZSeriesInput, seriesInput, `series ${input.slug}`);
  const data = {
    name: series.name,
    shortName: series.shortName,
    description: series.description,
    regionCode: series.regionCode,
    partnerCountryCode: series.partnerCountryCode ?? null,
    themeKey: series.themeKey,
    focusTrackSlugs: [...series.focusTrackSlugs],
    status: series.status ?? 'PLANNED',
    published: series.published ?? true,
  };
  const saved = await prisma.series.upsert({ where: { slug: series.slug }, create: { slug: series.slug, ...data }, update: data });
  const links = [
    ...memberCountryCodes.map((countryCode) => ({ countryCode, role: 'member' })),
    ...(series.partnerCountryCode ? [{ countryCode: series.partnerCountryCode, role: 'partner' }] : []),
  ];
  for (const link of links) {
    await prisma.seriesCountry.upsert({
      where: { seriesId_countryCode: { seriesId: saved.id, countryCode: link.countryCode } },
      create: { seriesId: saved.id, ...link },
      update: { role: link.role },
    });
  }
  for (const slug of coOrganizerSlugs) {
    const organization = await prisma.organization.findUniqueOrThrow({ where: { slug } });
    await prisma.seriesOrganizer.upsert({
      where: { seriesId_organizationId: { seriesId: saved.id, organizationId: organization.id } },
      create: { seriesId: saved.id, organizationId: organization.id },
      update: {},
    });
  }
  return saved;
}
