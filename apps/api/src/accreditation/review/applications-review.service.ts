// The organizers' reads of accreditation: an edition's applications (filtered, paged), the counts
// per category and status, and the rows of applications.csv. Each read asks for sign-in first,
// then finds the edition, then keeps to the categories the reader may handle there.
import { Inject, Injectable } from '@nestjs/common';
import { notFound, underField, AppError } from '../../common/errors/app-error.js';
import { parsePageArgs } from '../../common/pagination/page-args.js';
import { toConnection, rowsToFetch } from '../../common/pagination/to-connection.js';
import type { Connection } from '../../common/pagination/connection.model.js';
import { parseGraphQLInput } from '../../common/write/input-type.js';
import { requireSignedIn } from '../../auth/policy/require-scope.js';
import { ViewerService } from '../../auth/viewer.service.js';
import type { Viewer } from '../../auth/viewer.js';
import { ANONYMOUS } from '../../auth/viewer.js';
import type { EditionAddress } from '../../exports/export-query.js';
import type { ApplicationsExport, ApplicationsExportSource } from '../../exports/applications-export.js';
import type { ExportRequest } from '../../exports/export-viewer.js';
import { ZApplicationFilter, type ApplicationFilterInput } from './application-filter.js';
import { ApplicationsRepository, type ApplicationCountRow, type EditionRef, type ReviewRow } from './applications.repository.js';
import type { OrganizerApplicationModel } from './models/organizer-application.model.js';
import { requireReviewScope, type ReviewPurpose, type ReviewScope } from './review-scope.js';

const iso = (value: Date | null): string | null => (value === null ? null : value.toISOString());

export function toOrganizerApplication(row: ReviewRow): OrganizerApplicationModel {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    category: row.category.slug,
    categoryKind: row.category.kind,
    givenName: row.givenName,
    familyName: row.familyName,
    email: row.email,
    citizenship: row.citizenship,
    organization: row.organization,
    language: row.language,
    delegationId: row.delegationId,
    outlet: row.outlet,
    mediaRole: row.mediaRole,
    answers: JSON.stringify(row.answers),
    submittedAt: iso(row.submittedAt),
    waitlistedAt: iso(row.waitlistedAt),
    decidedAt: iso(row.decidedAt),
    decisionReason: row.decisionReason,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

@Injectable()
export class ApplicationsReviewService implements ApplicationsExportSource {
  constructor(
    private readonly repo: ApplicationsRepository,
    @Inject(ViewerService) private readonly viewers: ViewerService,
  ) {}

  /** The edition and the reader's scope in it; sign-in is asked before the edition is looked up. */
  async scope(viewer: Viewer, edition: () => Promise<EditionRef | null>, purpose: ReviewPurpose, describe: string): Promise<{ edition: EditionRef; kinds: ReviewScope }> {
    requireSignedIn(viewer, purpose === 'read' ? 'read applications' : 'decide applications');
    const found = await edition();
    if (found === null) throw notFound(describe, 'Check the edition id: the editions of a series carry it.');
    return { edition: found, kinds: requireReviewScope(viewer, purpose, { seriesId: found.seriesId, editionId: found.id }).kinds };
  }

  async list(viewer: Viewer, editionId: string, filterInput: ApplicationFilterInput | null, pageArgs: { first?: number | null; after?: string | null }): Promise<Connection<OrganizerApplicationModel>> {
    const page = parsePageArgs(pageArgs);
    const filter = (() => {
      try {
        return parseGraphQLInput(ZApplicationFilter, filterInput ?? {});
      } catch (error) {
        throw error instanceof AppError ? underField(error, 'filter') : error;
      }
    })();
    const { kinds } = await this.scope(viewer, () => this.repo.edition(editionId), 'read', `Edition ${editionId}`);
    const { rows, totalCount } = await this.repo.page(editionId, kinds, filter, rowsToFetch(page), page.after);
    return toConnection(rows, page, totalCount, (row) => ({ key: row.createdAt.toISOString(), id: row.id }), toOrganizerApplication);
  }

  async counts(viewer: Viewer, editionId: string): Promise<ApplicationCountRow[]> {
    const { kinds } = await this.scope(viewer, () => this.repo.edition(editionId), 'read', `Edition ${editionId}`);
    return this.repo.counts(editionId, kinds);
  }

  async applications(request: ExportRequest & { address: string }, address: EditionAddress): Promise<ApplicationsExport> {
    // A token that does not verify is no sign-in here: the file is never public.
    const viewer = await this.viewers.viewer({ accessToken: request.bearerToken, address: request.address }).catch(() => ANONYMOUS);
    const { edition, kinds } = await this.scope(viewer, () => this.repo.editionByNumber(address.series, address.number), 'read', `Edition ${address.number} of "${address.series}"`);
    const rows = await this.repo.all(edition.id, kinds);
    return {
      seriesSlug: edition.seriesSlug,
      number: edition.number,
      applications: rows.map((row) => ({
        reference: row.reference,
        status: row.status,
        category: row.category.slug,
        categoryKind: row.category.kind,
        givenName: row.givenName,
        familyName: row.familyName,
        email: row.email,
        citizenship: row.citizenship,
        organization: row.organization,
        outlet: row.outlet,
        mediaRole: row.mediaRole,
        delegationCountry: row.delegation?.countryCode ?? null,
        language: row.language,
        submittedAt: row.submittedAt,
        decidedAt: row.decidedAt,
        decisionReason: row.decisionReason,
      })),
    };
  }
}
