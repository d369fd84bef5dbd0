// Rules of the exports: which edition an address names, what a reader may see in it, and the
// texts in the reader's language. The programme comes from the programme read model of
// @caravan/db/read-models (as GraphQL's and the worker's do); this service only picks the
// reader's language and shapes the plain models the renderers format.
import { Inject, Injectable } from '@nestjs/common';
import {
  calendarDate,
  organizerAudience,
  textColumn,
  VISITOR,
  type Audience,
  type ProgrammeContent,
  type ProgrammeEdition,
  type ProgrammeRoom,
  type ProgrammeSession,
} from '@caravan/db/read-models';
import type { LocalizedText } from '@caravan/regions';
import { badField, notFound } from '../common/errors/app-error.js';
import { localize, localizeOptional } from '../common/localized/localize.js';
import { API_CONFIG } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';
import type { ExportQuery } from './export-query.js';
import type { ExportViewer } from './export-viewer.js';
import type { AgreementsExport, ExportAgreement, ExportEditionInfo, ExportRoom, ExportSession, ExportTrack, ProgrammeExport } from './export.models.js';
import { ExportsRepository, type AgreementWithDetails } from './exports.repository.js';

/** What a reader of an export sees: organizers of a series see its drafts, everyone else what visitors see. */
function audienceOf(viewer: ExportViewer | null): Audience {
  return viewer === null ? VISITOR : organizerAudience(viewer.seriesIdsWithAccess);
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
  private async edition(query: ExportQuery, audience: Audience): Promise<ProgrammeEdition> {
    const { series, edition } = await this.repo.edition({ seriesSlug: query.series, number: query.number }, audience);
    if (!series) throw notFound(`Series "${query.series}"`, 'Check the series slug in the address, e.g. /export/china-central-asia/11/programme.ics.');
    if (!edition) throw notFound(`Edition ${query.number} of series "${query.series}"`, 'Check the edition number in the address.');
    return edition;
  }

  private editionInfo(edition: ProgrammeEdition, lang: string): ExportEditionInfo {
    return {
      seriesId: edition.series.id,
      seriesSlug: edition.series.slug,
      seriesName: localize(edition.series.name, lang).text,
      number: edition.number,
      theme: localize(edition.theme, lang).text,
      hostCity: localize(edition.hostCity, lang).text,
      timeZone: edition.timeZone,
      startDate: edition.startDate,
      endDate: edition.endDate,
    };
  }

  /** The programme visitors see of an edition, or of one of its tracks. */
  async programme(query: ExportQuery): Promise<ProgrammeExport> {
    const edition = await this.edition(query, VISITOR);
    const content = await this.repo.programme({ id: edition.id, seriesId: edition.series.id }, VISITOR);
    const lang = query.lang;
    const tracks = new Map(content.tracks.map((t) => [t.id, { slug: t.slug, name: localize(t.name, lang).text } satisfies ExportTrack]));
    let selected: { id: string; track: ExportTrack } | null = null;
    if (query.track !== undefined) {
      const found = content.tracks.find((t) => t.slug === query.track);
      if (!found) {
        const valid = content.tracks.map((t) => t.slug);
        throw badField(
          'track',
          `"${query.track}" is not a track of edition ${edition.number} of "${edition.series.slug}"; ${
            valid.length > 0 ? `use one of: ${valid.join(', ')}` : 'this edition has no tracks, so leave track out'
          }`,
        );
      }
      selected = { id: found.id, track: { slug: found.slug, name: localize(found.name, lang).text } };
    }
    const rooms = this.roomNames(content.rooms, lang);
    const shown = selected ? content.sessions.filter((s) => s.trackId === selected.id) : content.sessions;
    const sessions = shown.map((session) => this.session(session, content, lang, rooms, tracks));
    const lastModified = [edition.series.updatedAt, edition.updatedAt, ...shown.map((s) => s.updatedAt ?? edition.updatedAt)].reduce((a, b) => (b > a ? b : a));
    return {
      edition: this.editionInfo(edition, lang),
      language: lang,
      track: selected?.track ?? null,
      links: this.links(edition.series.slug, edition.number),
      tracks: selected ? [selected.track] : [...tracks.values()],
      rooms: [...rooms.values()],
      sessions,
      lastModified,
    };
  }

  /**
   * Agreements of an edition: disclosed fields of published rows, or everything (drafts and
   * confidential values) for readers who hold "read confidential" in the edition.
   */
  async agreements(query: ExportQuery, viewer: ExportViewer | null): Promise<AgreementsExport> {
    const edition = await this.edition(query, audienceOf(viewer));
    const fullAccess = viewer?.readsConfidential({ seriesId: edition.series.id, editionId: edition.id }) ?? false;
    const rows = await this.repo.agreements(edition.id, fullAccess ? organizerAudience([edition.series.id]) : VISITOR);
    const names = await this.partyNames(rows, query.lang);
    return {
      edition: this.editionInfo(edition, query.lang),
      fullAccess,
      agreements: rows.map((row) => this.agreement(row, query.lang, fullAccess, names)),
    };
  }

  private links(seriesSlug: string, number: number) {
    const base = this.config.publicUrl;
    return { exportBase: base, editionPage: `${base}/${encodeURIComponent(seriesSlug)}/${number}` };
  }

  /** Room names as readers see them; a name two venues share gets its venue added. */
  private roomNames(rooms: readonly ProgrammeRoom[], lang: string): Map<string, ExportRoom> {
    const plain = rooms.map((room) => ({ room, name: localize(room.name, lang).text }));
    const counts = new Map<string, number>();
    for (const { name } of plain) counts.set(name, (counts.get(name) ?? 0) + 1);
    return new Map(
      plain.map(({ room, name }) => [
        room.id,
        { id: room.id, name: (counts.get(name) ?? 0) > 1 ? `${name}, ${localize(room.venue.name, lang).text}` : name, capacity: room.capacity },
      ]),
    );
  }

  private session(session: ProgrammeSession, content: ProgrammeContent, lang: string, rooms: Map<string, ExportRoom>, tracks: Map<string, ExportTrack>): ExportSession {
    const speakers = session.speakers.flatMap((speaker) => {
      const person = content.people.get(speaker.personId);
      return person ? [{ personId: person.id, name: localize(person.name, lang).text, role: speaker.role, position: localizeOptional(person.position, lang)?.text || null }] : [];
    });
    // Timestamps are read for exports; a session without them would be a read-model bug.
    const createdAt = session.createdAt ?? session.startsAt;
    return {
      id: session.id,
      slug: session.slug,
      kind: session.kind,
      title: localize(session.title, lang).text,
      description: localizeOptional(session.description, lang)?.text || null,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      createdAt,
      updatedAt: session.updatedAt ?? createdAt,
      room: session.roomId === null ? null : (rooms.get(session.roomId) ?? null),
      track: session.trackId === null ? null : (tracks.get(session.trackId) ?? null),
      languages: session.languages,
      interpretation: session.interpretation,
      speakers,
    };
  }

  /** Names of every party: its organization, else its subdivision, else its country. */
  private async partyNames(rows: readonly AgreementWithDetails[], lang: string): Promise<Map<string, string>> {
    const parties = rows.flatMap((row) => row.parties);
    const countryCodes = [...new Set(parties.flatMap((p) => (p.countryCode ? [p.countryCode] : [])))];
    const subdivisionIds = [...new Set(parties.flatMap((p) => (p.subdivisionId ? [p.subdivisionId] : [])))];
    const [countries, subdivisions] = await Promise.all([this.repo.countries(countryCodes), this.repo.subdivisions(subdivisionIds)]);
    const text = (value: LocalizedText) => localize(value, lang).text;
    const countryNames = new Map(countries.map((c) => [c.code, text(textColumn(c.name, `Country ${c.code} name`))]));
    const subdivisionNames = new Map(subdivisions.map((s) => [s.id, text(textColumn(s.name, `Unit ${s.id} name`))]));
    return new Map(
      parties.map((p) => [
        p.id,
        (p.organization ? text(textColumn(p.organization.name, `Organization ${p.organization.slug} name`)) : null) ??
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
      title: localize(textColumn(row.title, `Agreement ${row.slug} title`), lang).text,
      type: row.type,
      status: row.status,
      parties: row.parties.map((p) => partyNames.get(p.id) ?? '').filter((name) => name !== ''),
      track: row.track ? localize(textColumn(row.track.name, `Track ${row.track.slug} name`), lang).text : null,
      signedOn: calendarDate(row.signedOn),
      value: disclose && row.valueAmount !== null ? row.valueAmount.toFixed(2) : null,
      currency: disclose ? row.currency : null,
      confidential: row.confidential,
      session: sessionVisible && row.session ? localize(textColumn(row.session.title, `Session ${row.session.slug} title`), lang).text : null,
    };
  }
}
