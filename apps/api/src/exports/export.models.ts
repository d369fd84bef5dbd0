// The data every export renderer reads: already filtered to what the reader may see and
// already resolved to one language, so renderers only format and never decide.
import type { SessionKind, SessionRole, AgreementStatus, AgreementType } from '@caravan/db';

export interface ExportEditionInfo {
  seriesId: string;
  seriesSlug: string;
  seriesName: string;
  number: number;
  theme: string;
  hostCity: string;
  /** IANA zone in which the edition's wall-clock times are published. */
  timeZone: string;
  /** Calendar dates (YYYY-MM-DD) the edition runs, when known. */
  startDate: string | null;
  endDate: string | null;
}

export interface ExportLinks {
  /** Public base of the api, where the export files themselves live. */
  exportBase: string;
  /** Page of the edition for people; session URLs hang off it as fragments. */
  editionPage: string;
}

export interface ExportTrack {
  slug: string;
  name: string;
}

export interface ExportRoom {
  id: string;
  /** Unique within the edition: the room's name, with its venue when two venues share it. */
  name: string;
  capacity: number | null;
}

export interface ExportSpeaker {
  personId: string;
  name: string;
  role: SessionRole;
  position: string | null;
}

export interface ExportSession {
  id: string;
  slug: string;
  kind: SessionKind;
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
  updatedAt: Date;
  room: ExportRoom | null;
  track: ExportTrack | null;
  languages: readonly string[];
  interpretation: readonly string[];
  speakers: readonly ExportSpeaker[];
}

export interface ProgrammeExport {
  edition: ExportEditionInfo;
  /** The language asked for; texts fall back per field when it is missing. */
  language: string;
  /** The track the feed was narrowed to, if any. */
  track: ExportTrack | null;
  links: ExportLinks;
  tracks: readonly ExportTrack[];
  rooms: readonly ExportRoom[];
  /** Published sessions in time order. */
  sessions: readonly ExportSession[];
  /** Latest change to anything exported; the schedule's version and the HTTP Last-Modified. */
  lastModified: Date;
}

export interface ExportAgreement {
  slug: string;
  title: string;
  type: AgreementType;
  status: AgreementStatus;
  parties: readonly string[];
  track: string | null;
  signedOn: string | null;
  /** Null when there is none or the reader may not see it (confidential for visitors). */
  value: string | null;
  currency: string | null;
  confidential: boolean;
  session: string | null;
}

export interface AgreementsExport {
  edition: ExportEditionInfo;
  /** Whether the reader sees unpublished rows and confidential values. */
  fullAccess: boolean;
  agreements: readonly ExportAgreement[];
}
