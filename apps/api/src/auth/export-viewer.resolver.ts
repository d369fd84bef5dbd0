// Tells the exports who is asking: the bearer token of an export request is verified like any
// api request. The reader finds the unpublished editions of the series they hold a role in
// (every series for platform admins), and reads confidential agreements only where the policy's
// "read confidential" covers the edition. A missing, invalid, expired or revoked token reads as
// a visitor: an export link must never fail because a token went stale, it shows the public view.
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { DATABASE } from '../config/config.tokens.js';
import type { ExportRequest, ExportViewer, ExportViewerResolver } from '../exports/export-viewer.js';
import { CONFIDENTIAL_READ } from './policy/actions.js';
import { can } from './policy/can.js';
import { ViewerService } from './viewer.service.js';

@Injectable()
export class AuthExportViewerResolver implements ExportViewerResolver {
  constructor(
    private readonly viewers: ViewerService,
    @Inject(DATABASE) private readonly database: Database,
  ) {}

  async resolveViewer(request: ExportRequest): Promise<ExportViewer | null> {
    if (request.bearerToken === null) return null;
    const viewer = await this.viewers
      .viewer({ accessToken: request.bearerToken, address: 'export' })
      .catch(() => null);
    if (viewer === null || viewer.kind === 'anonymous') return null;
    const readsConfidential = (edition: { seriesId: string; editionId: string }) => can(viewer, CONFIDENTIAL_READ, edition);
    if (viewer.user.isPlatformAdmin) {
      const all = await this.database.prisma.series.findMany({ select: { id: true } });
      return { seriesIdsWithAccess: all.map((series) => series.id), readsConfidential };
    }
    return { seriesIdsWithAccess: [...new Set(viewer.grants.map((grant) => grant.seriesId))], readsConfidential };
  }
}
