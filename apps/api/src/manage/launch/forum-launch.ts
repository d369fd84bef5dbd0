// Launching a forum series: one plan, checked without the database, then one write. The api's
// launchForum and `caravan launch <file>` both run planLaunch and writeLaunch, inside one
// transaction with one audit row (MutationRunner for the api, auditedWrite for the file), so a
// launch from a form and from a file are refused for the same reasons and leave nothing behind.
import type { Prisma } from '@caravan/db';
import { dateColumn } from '@caravan/db/read-models';
import { splitFocusTracks, ZLaunchForumInput, type LaunchForumInput } from '@caravan/forums';
import { getWorldCountry } from '@caravan/regions';
import type { StoredTheme } from '@caravan/themes';
import { getTrack, isTrackSlug } from '@caravan/tracks';
import { alreadyTaken, badField } from '../../common/errors/app-error.js';
import { parseInput } from '../../common/errors/parse-input.js';
import { auditJson } from '../../common/write/audit-snapshot.js';
import type { MutationChange } from '../../common/write/mutation-runner.js';
import { themeToStore } from '../series/series-theme.js';

/** A launch that passed every check that needs no database. */
export interface LaunchPlan {
  input: LaunchForumInput;
  /** The theme to store: a preset's copy, or the custom theme sanitised. */
  theme: StoredTheme;
}

export interface LaunchedForum {
  seriesId: string;
  seriesSlug: string;
  editionNumber: number;
  /** The portal's page of the first edition. */
  portalUrl: string;
  /** Countries the launch added to the catalogue (outside the platform's stored ones until now). */
  addedCountryCodes: string[];
}

/** The audit entry a launch writes: one, on the new series. */
export const LAUNCH_AUDIT = { action: 'create', entityType: 'SeriesLaunch' } as const;

/** Parses and checks a launch (schema, theme, time zone, dates); BAD_USER_INPUT naming each field. */
export function planLaunch(raw: unknown): LaunchPlan {
  const input = parseInput(ZLaunchForumInput, raw);
  return { input, theme: themeToStore(input.theme, 'theme') };
}

/** The countries of the region: a new one's own list, or a stored region's members. */
async function regionCountries(tx: Prisma.TransactionClient, plan: LaunchPlan): Promise<{ codes: string[]; isNew: boolean }> {
  const { region } = plan.input;
  const stored = await tx.region.findUnique({ where: { code: region.code }, include: { members: true, countries: true } });
  if (region.countries !== undefined) {
    if (stored) throw alreadyTaken({ field: 'region.code', entity: 'region', within: null });
    return { codes: [...region.countries], isNew: true };
  }
  if (!stored) throw badField('region.code', `"${region.code}" is not a stored region; give name and countries to define it`);
  if (stored.kind !== 'region') throw badField('region.code', `"${region.code}" is a partner region; a series is about a region of kind "region"`);
  const codes = stored.custom ? stored.members.map((m) => m.countryCode) : stored.countries.map((c) => c.code);
  return { codes, isNew: false };
}

/** Adds the countries the catalogue does not hold yet, from the CLDR data of @caravan/regions. */
async function ensureCountries(tx: Prisma.TransactionClient, codes: readonly string[], homeRegion: string): Promise<string[]> {
  const known = new Set((await tx.country.findMany({ where: { code: { in: [...codes] } }, select: { code: true } })).map((c) => c.code));
  const missing = codes.filter((code) => !known.has(code));
  if (missing.length === 0) return [];
  await tx.country.createMany({
    data: missing.map((code) => {
      const world = getWorldCountry(code);
      return {
        code,
        name: world.name,
        capital: world.capital ?? {},
        languages: [...(world.languages ?? [])],
        // Countries with several zones of their own have no default; the first keeps the row valid
        // and editions name their own zone anyway.
        timeZone: world.timeZone ?? world.timeZones[0] ?? 'UTC',
        regionCode: homeRegion,
      };
    }),
    skipDuplicates: true,
  });
  return missing;
}

/** Writes the series, its region and countries, its first edition and tracks; in the caller's transaction. */
export async function writeLaunch(tx: Prisma.TransactionClient, plan: LaunchPlan, portalUrl: string): Promise<MutationChange<LaunchedForum>> {
  const { input, theme } = plan;
  if (await tx.series.findUnique({ where: { slug: input.series.slug }, select: { id: true } })) {
    throw alreadyTaken({ field: 'series.slug', entity: 'series', within: null });
  }
  const region = await regionCountries(tx, plan);
  const partner = input.partnerCountryCode;
  if (partner && region.codes.includes(partner)) {
    throw badField('partnerCountryCode', `${partner} is a member of region ${input.region.code}; a partner comes from outside it`);
  }
  if (region.isNew) {
    await tx.region.create({ data: { code: input.region.code, name: input.region.name ?? {}, kind: 'region', custom: true } });
  }
  const host = input.edition.hostCountryCode;
  const added = await ensureCountries(tx, [...new Set([...region.codes, ...(partner ? [partner] : []), ...(host ? [host] : [])])], input.region.code);
  if (region.isNew) await tx.regionCountry.createMany({ data: region.codes.map((countryCode) => ({ regionCode: input.region.code, countryCode })) });

  const tracks = splitFocusTracks(input.focusTracks);
  const published = input.series.published ?? false;
  const series = await tx.series.create({
    data: {
      slug: input.series.slug,
      name: input.series.name,
      shortName: input.series.shortName,
      description: input.series.description,
      regionCode: input.region.code,
      partnerCountryCode: partner ?? null,
      theme,
      portalLanguages: [...input.portalLanguages],
      workingLanguages: [...input.workingLanguages],
      focusTrackSlugs: tracks.taxonomySlugs,
      customFocusTracks: tracks.custom,
      status: 'PLANNED',
      published,
    },
  });
  await tx.seriesCountry.createMany({
    data: [...region.codes.map((countryCode) => ({ seriesId: series.id, countryCode, role: 'member' })), ...(partner ? [{ seriesId: series.id, countryCode: partner, role: 'partner' }] : [])],
  });

  const { edition: first } = input;
  if (first.hostSubdivisionId) {
    const unit = await tx.subnationalUnit.findUnique({ where: { id: first.hostSubdivisionId }, select: { countryCode: true } });
    if (!unit) throw badField('edition.hostSubdivisionId', `"${first.hostSubdivisionId}" is not in the catalogue (e.g. CN-NX)`);
    if (first.hostCountryCode && unit.countryCode !== first.hostCountryCode) {
      throw badField('edition.hostSubdivisionId', `"${first.hostSubdivisionId}" is in ${unit.countryCode}, not in hostCountryCode ${first.hostCountryCode}`);
    }
  }
  const edition = await tx.edition.create({
    data: {
      seriesId: series.id,
      number: first.number,
      theme: first.theme,
      description: first.description ?? {},
      status: first.status ?? 'PLANNED',
      startDate: dateColumn(first.startDate),
      endDate: dateColumn(first.endDate),
      timeZone: first.timeZone,
      hostCity: first.hostCity,
      hostCountryCode: first.hostCountryCode ?? null,
      hostSubdivisionId: first.hostSubdivisionId ?? null,
      workingLanguages: [...first.workingLanguages],
      attendance: first.attendance ?? null,
      published,
    },
  });
  await tx.track.createMany({
    data: input.focusTracks.map((track, position) => ({
      editionId: edition.id,
      slug: track.slug,
      taxonomySlug: track.name === undefined && isTrackSlug(track.slug) ? track.slug : null,
      name: track.name ?? getTrack(track.slug).name,
      position,
    })),
  });

  const result: LaunchedForum = {
    seriesId: series.id,
    seriesSlug: series.slug,
    editionNumber: edition.number,
    portalUrl: `${portalUrl}/${series.slug}/${edition.number}`,
    addedCountryCodes: added,
  };
  return {
    result,
    entityId: series.id,
    after: auditJson({ ...input, theme, addedCountryCodes: added, editionId: edition.id }),
    auditScope: { seriesId: series.id },
  };
}
