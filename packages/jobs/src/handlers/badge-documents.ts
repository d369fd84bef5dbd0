// The one loader of what a badge shows: the api's single-badge download and the worker's
// rendering of a whole edition both read badges through here, so they never disagree. The
// design comes from the series' stored theme; the category band's colour from its kind.
import type { AccreditationKind, PrismaClient } from '@caravan/db';
import { createBadgeRenderer, type BadgeInput, type BadgeRenderer } from '@caravan/documents/badge';
import { pickText, type LocalizedText } from '@caravan/regions';
import type { ObjectStorage } from '@caravan/storage';
import { resolveTheme } from '@caravan/themes';
import { JobError } from '../job-errors.js';

/** The band colour of each kind of accreditation, the same on every series' badges. */
export const CATEGORY_COLOURS: Readonly<Record<AccreditationKind, string>> = {
  HEAD_OF_DELEGATION: '#8E1B1B',
  DELEGATION_MEMBER: '#1D6FB8',
  GOVERNMENT_OFFICIAL: '#2E7D4F',
  BUSINESS: '#6B4FA0',
  MEDIA: '#D9822B',
  EXPERT_SPEAKER: '#0F7C80',
  OBSERVER: '#5F6B73',
  STAFF: '#1A1A1A',
};

/** What a badge query selects; BadgeRow is its result. */
export const BADGE_SELECT = {
  id: true,
  badgeNumber: true,
  credential: true,
  application: {
    select: {
      id: true,
      givenName: true,
      familyName: true,
      organization: true,
      answers: true,
      photoKey: true,
      category: { select: { kind: true, name: true } },
    },
  },
} as const;

export interface BadgeRow {
  id: string;
  badgeNumber: number;
  credential: string;
  application: {
    id: string;
    givenName: string;
    familyName: string;
    organization: string | null;
    answers: unknown;
    photoKey: string | null;
    category: { kind: AccreditationKind; name: unknown };
  };
}

const text = (value: unknown, lang: string): string => pickText(value as LocalizedText | null, lang)?.text ?? '';

function nativeNameOf(answers: unknown): string | undefined {
  if (typeof answers !== 'object' || answers === null) return undefined;
  const native = (answers as { nativeName?: unknown }).nativeName;
  if (typeof native === 'object' && native !== null && typeof (native as { text?: unknown }).text === 'string') {
    const value = (native as { text: string }).text.trim();
    return value === '' ? undefined : value;
  }
  return undefined;
}

async function readAll(storage: ObjectStorage, key: string): Promise<Uint8Array> {
  const object = await storage.get(key);
  const chunks: Buffer[] = [];
  for await (const chunk of object.body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** The badge as the renderer takes it: the native-script name first, then the Latin one. */
export async function badgeInputOf(row: BadgeRow, storage: ObjectStorage, lang = 'en'): Promise<BadgeInput> {
  const { application } = row;
  const latin = `${application.givenName} ${application.familyName}`.trim();
  const native = nativeNameOf(application.answers);
  const names = native && native !== latin ? [native, latin] : [latin];
  return {
    badgeNumber: row.badgeNumber,
    names,
    ...(application.organization ? { organization: application.organization } : {}),
    category: { name: text(application.category.name, lang) || application.category.kind, colour: CATEGORY_COLOURS[application.category.kind] },
    ...(application.photoKey ? { photo: await readAll(storage, application.photoKey) } : {}),
    credential: row.credential,
  };
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

/** A renderer dressed in the edition's series theme, with its name and the edition's line. */
export async function badgeRendererFor(prisma: PrismaClient, editionId: string, lang = 'en'): Promise<BadgeRenderer> {
  const edition = await prisma.edition.findUnique({
    where: { id: editionId },
    select: { number: true, hostCity: true, startDate: true, endDate: true, series: { select: { name: true, theme: true } } },
  });
  if (!edition) throw new JobError('EDITION_NOT_FOUND', `Edition ${editionId} does not exist; it may have been deleted after the job was requested.`);
  const theme = resolveTheme(edition.series.theme);
  const dates = [edition.startDate, edition.endDate].filter((d): d is Date => d !== null).map((d) => d.toISOString().slice(0, 10));
  const line = [`${ordinal(edition.number)} edition`, text(edition.hostCity, lang), [...new Set(dates)].join(' – ')].filter((part) => part !== '').join(' · ');
  return createBadgeRenderer({
    seriesName: text(edition.series.name, lang),
    editionTitle: line,
    theme: {
      colours: { primary: theme.colors.primary, onPrimary: theme.colors.onPrimary, accent: theme.colors.accent, background: theme.colors.surface, text: theme.colors.text },
      ornamentSvg: theme.ornament.svg,
    },
  });
}
