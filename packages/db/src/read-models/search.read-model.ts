// Search across sessions, people, organizations and agreements, in PostgreSQL itself.
//
// Every language variant of a record's name or title is matched on its own, two ways at once:
//   - full-text: the 'simple' configuration (no stemming, no stop words: right for names, and the
//     same for every script), with websearch syntax ("quoted phrases", or, -minus);
//   - a case-insensitive substring, for scripts written without spaces (a Chinese name inside a
//     longer title is one 'simple' token) and for the start of a word being typed.
// The variant that matched comes back with the hit, so that a visitor who searched in Georgian
// sees the Georgian name. Candidates are then filtered through the one where-builder of
// visibility, so search shows exactly what the audience may see elsewhere. No index: a forum's
// few thousand records are scanned in milliseconds (see ADR 105 for when that changes).
import type { LocalizedText } from '@caravan/regions';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { textColumn } from './localized-text.js';
import { visible, type Audience } from './visibility.js';

export const SEARCH_KINDS = ['session', 'person', 'organization', 'agreement'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The longest search text accepted, in characters. */
export const SEARCH_TEXT_MAX = 200;

export interface SearchOptions {
  /** What the visitor typed, trimmed, 1 to SEARCH_TEXT_MAX characters (the caller checks it). */
  text: string;
  audience: Audience;
  /** Only records of this series (and organizations shared by every series). */
  seriesId?: string | null;
  kinds?: readonly SearchKind[];
  /** Of variants that match equally well, the one in this language comes back as `matched`. */
  language?: string;
  /** Hits at most, best first. */
  limit: number;
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  slug: string;
  /** The record's name or title in every language it has. */
  title: LocalizedText;
  /** The language variant that matched, and its text. */
  matched: { language: string; text: string };
  rank: number;
  seriesSlug: string | null;
  editionNumber: number | null;
}

interface Candidate {
  id: string;
  slug: string;
  title: unknown;
  language: string;
  text: string;
  rank: number;
  series_slug: string | null;
  edition_number: number | null;
}

/** Candidates per kind before visibility: enough that hidden drafts cannot crowd out visible hits. */
const CANDIDATES_PER_KIND = 200;

/** A LIKE pattern that matches the text literally anywhere. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Each kind's records as (id, slug, texts, series_slug, edition_number), limited to the series
 * when one is given; the matching and ranking below are the same for all of them.
 */
function records(kind: SearchKind, seriesId: string | null): Prisma.Sql {
  switch (kind) {
    case 'session':
      return Prisma.sql`SELECT s.id, s.slug, s.title AS texts, se.slug AS series_slug, ed.number AS edition_number
        FROM "Session" s JOIN "Edition" ed ON ed.id = s."editionId" JOIN "Series" se ON se.id = ed."seriesId"
        WHERE ${seriesId}::text IS NULL OR ed."seriesId" = ${seriesId}`;
    case 'agreement':
      return Prisma.sql`SELECT a.id, a.slug, a.title AS texts, se.slug AS series_slug, ed.number AS edition_number
        FROM "Agreement" a JOIN "Edition" ed ON ed.id = a."editionId" JOIN "Series" se ON se.id = ed."seriesId"
        WHERE ${seriesId}::text IS NULL OR ed."seriesId" = ${seriesId}`;
    case 'person':
      // A person belongs to a series, or takes part in one of its sessions.
      return Prisma.sql`SELECT p.id, p.slug, p.name AS texts, se.slug AS series_slug, NULL::int AS edition_number
        FROM "Person" p LEFT JOIN "Series" se ON se.id = p."seriesId"
        WHERE ${seriesId}::text IS NULL OR p."seriesId" = ${seriesId} OR EXISTS (
          SELECT 1 FROM "SessionParticipant" sp JOIN "Session" s ON s.id = sp."sessionId" JOIN "Edition" ed ON ed.id = s."editionId"
          WHERE sp."personId" = p.id AND ed."seriesId" = ${seriesId})`;
    case 'organization':
      // Organizations have no drafts; one of no series is shared by all.
      return Prisma.sql`SELECT o.id, o.slug, o.name AS texts, se.slug AS series_slug, NULL::int AS edition_number
        FROM "Organization" o LEFT JOIN "Series" se ON se.id = o."seriesId"
        WHERE ${seriesId}::text IS NULL OR o."seriesId" = ${seriesId} OR o."seriesId" IS NULL`;
  }
}

/** Every language variant of each record matched on its own; per record, its best variant. */
function candidates(prisma: PrismaClient, kind: SearchKind, text: string, seriesId: string | null, language: string): Promise<Candidate[]> {
  const pattern = containsPattern(text);
  return prisma.$queryRaw<Candidate[]>`
    SELECT DISTINCT ON (r.id) r.id, r.slug, r.texts AS title, t.key AS language, t.value AS text, r.series_slug, r.edition_number,
      (ts_rank(to_tsvector('simple', t.value), websearch_to_tsquery('simple', ${text})) + CASE WHEN t.value ILIKE ${pattern} THEN 0.5 ELSE 0 END)::float8 AS rank
    FROM (${records(kind, seriesId)}) r CROSS JOIN LATERAL jsonb_each_text(r.texts) t
    WHERE to_tsvector('simple', t.value) @@ websearch_to_tsquery('simple', ${text}) OR t.value ILIKE ${pattern}
    ORDER BY r.id, rank DESC, (t.key = ${language}) DESC, t.key LIMIT ${CANDIDATES_PER_KIND}`;
}

/** The ids among these that the audience may see. */
async function visibleIds(prisma: PrismaClient, kind: SearchKind, ids: string[], audience: Audience): Promise<Set<string>> {
  const select = { id: true } as const;
  const rows =
    kind === 'session'
      ? await prisma.session.findMany({ where: { id: { in: ids }, ...visible('session', audience) }, select })
      : kind === 'agreement'
        ? await prisma.agreement.findMany({ where: { id: { in: ids }, ...visible('agreement', audience) }, select })
        : kind === 'person'
          ? await prisma.person.findMany({ where: { id: { in: ids }, ...visible('person', audience) }, select })
          : ids.map((id) => ({ id }));
  return new Set(rows.map((row) => row.id));
}

/** The best hits for the text, across the kinds asked for, that the audience may see. */
export async function searchRecords(prisma: PrismaClient, options: SearchOptions): Promise<SearchHit[]> {
  const text = options.text.normalize('NFC');
  const kinds = options.kinds?.length ? options.kinds : SEARCH_KINDS;
  const perKind = await Promise.all(
    kinds.map(async (kind) => {
      const found = await candidates(prisma, kind, text, options.seriesId ?? null, options.language ?? 'en');
      const shown = await visibleIds(prisma, kind, found.map((c) => c.id), options.audience);
      return found
        .filter((c) => shown.has(c.id))
        .map(
          (c): SearchHit => ({
            kind,
            id: c.id,
            slug: c.slug,
            title: textColumn(c.title as never, `${kind} ${c.slug} title`),
            matched: { language: c.language, text: c.text },
            rank: c.rank,
            seriesSlug: c.series_slug,
            editionNumber: c.edition_number,
          }),
        );
    }),
  );
  return perKind
    .flat()
    .sort((a, b) => b.rank - a.rank || a.kind.localeCompare(b.kind) || a.slug.localeCompare(b.slug))
    .slice(0, options.limit);
}
