// Rules of the exports: which edition an address names, what a reader may see in it, and the
// texts in the reader's language. Produces the plain models the renderers format.
import { Inject, Injectable } from '@nestjs/common';
import type { EditionRow, SeriesRow } from '../common/db-rows.js';
import { BadUserInputError, NotFoundError } from '../common/errors/domain-error.js';
import { localize, localizeOptional } from '../common/localized/localize.js';
import { API_CONFIG } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';
import type { ExportQuery } from './export-query.js';
import { canSeeEverything, type ExportViewer } from './export-viewer.js';
import type {
  AgreementsExport,
  ExportAgreement,
  ExportEditionInfo,
  ExportRoom,
  ExportSession,
  ExportTrack,
  ProgrammeExport,
} from './export.models.js';
import { ExportsRepository, type AgreementWithDetails, type RoomWithVenue, type SessionWithDetails } from './exports.repository.js';

const ROLE_ORDER = { KEYNOTE: 0, MODERATOR: 1, SPEAKER: 2 } as const;

interface EditionScope {
  series: SeriesRow;
  edition: EditionRow;
}

function isoDate(value: Date | null): string | null {
  return value === null ? null : value.toISOString().slice(0, 10);
}

@Injectable()
export class ExportsService {
  constructor(
    private readonly repo: ExportsRepository,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /**
   * The edition an export address names. Unpublished series and editions exist only for
   * readers with access to the series; everyone else gets the same NOT_FOUND as for a typo,
   * so drafts do not leak.
   */
  private async scope(query: ExportQuery, viewer: ExportViewer | null): Promise<EditionScope> {
    const series = await this.repo.findSeries(query.series);
    if (!series || (!series.published && !canSeeEverything(viewer, series.id))) {
      throw new NotFoundError(`Series "${query.series}"`, 'Check the series slug in the address, e.g. /export/china-central-asia/11/programme.ics.');
    }
    const edition = await this.repo.findEdition(series.id, query.number);
    if (!edition || (!edition.published && !canSeeEverything(viewer, series.id))) {
      throw new NotFoundError(`Edition ${query.number} of series "${query.series}"`, 'Check the edition number in the address.');
    }
    return { series, edition };
  }

  private editionInfo({ series, edition }: EditionScope, lang: string): ExportEditionInfo {
    return {
      seriesId: series.id,
      seriesSlug: series.slug,
      seriesName: localize(series.name, lang).text,
      number: edition.number,
      theme: localize(edition.theme, lang).text,
      hostCity: localize(edition.hostCity, lang).text,
      timeZone: edition.timeZone,
      startDate: isoDate(edition.startDate),
      endDate: isoDate(edition.endDate),
    };
  }

  /** The published programme of an edition, or of one of its tracks. */
  async programme(query: ExportQuery): Promise<ProgrammeExport> {
    const scope = await this.scope(query, null);
    const { edition, series } = scope;
    const lang = query.lang;
    const trackRows = await this.repo.tracks(edition.id);
    const tracks = new Map(trackRows.map((t) => [t.id, { slug: t.slug, name: localize(t.name, lang).text } satisfies ExportTrack]));
    let selected: { id: string; track: ExportTrack } | null = null;
    if (query.track !== undefined) {
      const row = trackRows.find((t) => t.slug === query.track);
      if (!row) {
        const valid = trackRows.map((t) => t.slug);
        throw new BadUserInputError([
          {
            field: 'track',
            reason: `"${query.track}" is not a track of edition ${edition.number} of "${series.slug}"; ${
              valid.length > 0 ? `use one of: ${valid.join(', ')}` : 'this edition has no tracks, so leave track out'
            }`,
          },
        ]);
      }
      selected = { id: row.id, track: { slug: row.slug, name: localize(row.name, lang).text } };
    }
    const rooms = this.roomNames(await this.repo.rooms(edition.id), lang);
    const sessionRows = await this.repo.publishedSessions(edition.id, selected?.id);
    const sessions = sessionRows.map((row) => this.session(row, lang, rooms, tracks));
    const lastModified = [series.updatedAt, edition.updatedAt, ...sessionRows.map((s) => s.updatedAt)].reduce((a, b) => (b > a ? b : a));
    return {
      edition: this.editionInfo(scope, lang),
      language: lang,
      track: selected?.track ?? null,
      links: this.links(series.slug, edition.number),
      tracks: selected ? [selected.track] : [...tracks.values()],
      rooms: [...rooms.values()],
      sessions,
      lastModified,
    };
  }

  /** Agreements of an edition: disclosed fields of published rows, or everything for its organizers. */
  async agreements(query: ExportQuery, viewer: ExportViewer | null): Promise<AgreementsExport> {
    const scope = await this.scope(query, viewer);
    const fullAccess = canSeeEverything(viewer, scope.series.id);
    const rows = await this.repo.agreements(scope.edition.id, { includeUnpublished: fullAccess });
    const names = await this.partyNames(rows, query.lang);
    return {
      edition: this.editionInfo(scope, query.lang),
      fullAccess,
      agreements: rows.map((row) => this.agreement(row, query.lang, fullAccess, names)),
    };
  }

  private links(seriesSlug: string, number: number) {
    const base = this.config.publicUrl;
    return { exportBase: base, editionPage: `${base}/${encodeURIComponent(seriesSlug)}/${number}` };
  }

  /** Room names as readers see them; a name two venues share gets its venue added. */
  private roomNames(rows: readonly RoomWithVenue[], lang: string): Map<string, ExportRoom> {
    const plain = rows.map((room) => ({ room, name: localize(room.name, lang).text }));
    const counts = new Map<string, number>();
    for (const { name } of plain) counts.set(name, (counts.get(name) ?? 0) + 1);
    return new Map(
      plain.map(({ room, name }) => [
        room.id,
        {
          id: room.id,
          name: (counts.get(name) ?? 0) > 1 ? `${name}, ${localize(room.venue.name, lang).text}` : name,
          capacity: room.capacity,
        },
      ]),
    );
  }

  private session(row: SessionWithDetails, lang: string, rooms: Map<string, ExportRoom>, tracks: Map<string, ExportTrack>): ExportSession {
    const speakers = [...row.participants]
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.position - b.position)
      .map((p) => ({
        personId: p.person.id,
        name: localize(p.person.name, lang).text,
        role: p.role,
        position: localizeOptional(p.person.position, lang)?.text || null,
      }));
    return {
      id: row.id,
      slug: row.slug,
      kind: row.kind,
      title: localize(row.title, lang).text,
      description: localizeOptional(row.description, lang)?.text || null,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      room: row.roomId === null ? null : (rooms.get(row.roomId) ?? null),
      track: row.trackId === null ? null : (tracks.get(row.trackId) ?? null),
      languages: row.languages,
      interpretation: row.interpretation,
      speakers,
    };
  }

  /** Names of every party: its organization, else its subdivision, else its country. */
  private async partyNames(rows: readonly AgreementWithDetails[], lang: string): Promise<Map<string, string>> {
    const parties = rows.flatMap((row) => row.parties);
    const countryCodes = [...new Set(parties.flatMap((p) => (p.countryCode ? [p.countryCode] : [])))];
    const subdivisionIds = [...new Set(parties.flatMap((p) => (p.subdivisionId ? [p.subdivisionId] : [])))];
    const [countries, subdivisions] = await Promise.all([this.repo.countries(countryCodes), this.repo.subdivisions(subdivisionIds)]);
    const countryNames = new Map(countries.map((c) => [c.code, localize(c.name, lang).text]));
    const subdivisionNames = new Map(subdivisions.map((s) => [s.id, localize(s.name, lang).text]));
    return new Map(
      parties.map((p) => [
        p.id,
        (p.organization ? localize(p.organization.name, lang).text : null) ??
          (p.subdivisionId ? subdivisionNames.get(p.subdivisionId) : undefined) ??
          (p.countryCode ? (countryNames.get(p.countryCode) ?? p.countryCode) : ''),
      ]),
    );
  }

  private agreement(row: AgreementWithDetails, lang: string, fullAccess: boolean, partyNames: Map<string, string>): ExportAgreement {
    const disclose = fullAccess || !row.confidential;
    const sessionVisible = row.session !== null && (fullAccess || row.session.published);
    return {
      slug: row.slug,
      title: localize(row.title, lang).text,
      type: row.type,
      status: row.status,
      parties: row.parties.map((p) => partyNames.get(p.id) ?? '').filter((name) => name !== ''),
      track: row.track ? localize(row.track.name, lang).text : null,
      signedOn: isoDate(row.signedOn),
      value: disclose && row.valueAmount !== null ? row.valueAmount.toFixed(2) : null,
      currency: disclose ? row.currency : null,
      confidential: row.confidential,
      session: sessionVisible && row.session ? localize(row.session.title, lang).text : null,
    };
  }
}
