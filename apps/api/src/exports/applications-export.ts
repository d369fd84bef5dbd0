// applications.csv: an edition's applications for its organizers. The exports module renders the
// file; who may read which applications is the accreditation review's rule, which the app binds
// to APPLICATIONS_EXPORT_SOURCE (the same read as the GraphQL list, so the two never disagree).
import { Injectable } from '@nestjs/common';
import { AppError } from '../common/errors/app-error.js';
import type { EditionAddress } from './export-query.js';
import type { ExportRequest } from './export-viewer.js';

export interface ApplicationExportRow {
  reference: string;
  status: string;
  category: string;
  categoryKind: string;
  givenName: string;
  familyName: string;
  email: string;
  citizenship: string;
  organization: string | null;
  outlet: string | null;
  mediaRole: string | null;
  delegationCountry: string | null;
  language: string;
  submittedAt: Date | null;
  decidedAt: Date | null;
  decisionReason: string | null;
}

export interface ApplicationsExport {
  seriesSlug: string;
  number: number;
  applications: readonly ApplicationExportRow[];
}

export interface ApplicationsExportSource {
  /** The applications the reader may read; UNAUTHENTICATED, FORBIDDEN or NOT_FOUND otherwise. */
  applications(request: ExportRequest & { address: string }, edition: EditionAddress): Promise<ApplicationsExport>;
}

export const APPLICATIONS_EXPORT_SOURCE = Symbol('APPLICATIONS_EXPORT_SOURCE');

/** Default binding until accreditation is wired: nobody reads applications (fails closed). */
@Injectable()
export class NoApplicationsSource implements ApplicationsExportSource {
  applications(): Promise<ApplicationsExport> {
    return Promise.reject(new AppError('NOT_FOUND', 'This api keeps no applications.'));
  }
}
