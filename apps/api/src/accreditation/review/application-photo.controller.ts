// GET /review/applications/<id>/photo: an application's re-encoded photo, for the organizers who
// may read that application (the same scope as the queue: registration officers the non-media
// categories, media officers the media ones, series admins all). Bearer token required; the
// answer is personal data, so it is never cached by anyone else. 404 when there is no photo.
import { Controller, Get, Inject, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Database } from '@caravan/db';
import type { JobServices } from '@caravan/jobs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { bearerToken } from '../../auth/request-auth.js';
import { ViewerService } from '../../auth/viewer.service.js';
import { forbidden } from '../../auth/auth.errors.js';
import { requireSignedIn } from '../../auth/policy/require-scope.js';
import { badField, notFound } from '../../common/errors/app-error.js';
import { HttpErrorFilter } from '../../common/errors/http-error.filter.js';
import { DATABASE, JOB_SERVICES } from '../../config/config.tokens.js';
import { handles, requireReviewScope } from './review-scope.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Controller('review/applications')
@UseFilters(HttpErrorFilter)
export class ApplicationPhotoController {
  constructor(
    private readonly viewers: ViewerService,
    @Inject(DATABASE) private readonly database: Database,
    @Inject(JOB_SERVICES) private readonly services: JobServices,
  ) {}

  @Get(':id/photo')
  async photo(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    if (!UUID.test(id)) throw badField('id', 'must be the id of an application');
    const viewer = await this.viewers.viewer({ accessToken: bearerToken(request.headers.authorization), address: request.ip });
    // Sign-in is asked before anything about the application is told.
    requireSignedIn(viewer, 'see the photos of applications');
    const application = await this.database.prisma.application.findUnique({
      where: { id },
      select: { photoKey: true, editionId: true, category: { select: { kind: true } }, edition: { select: { seriesId: true } } },
    });
    if (!application) throw notFound(`Application ${id}`, 'Check the id: the queue lists it.');
    const { kinds } = requireReviewScope(viewer, 'read', { seriesId: application.edition.seriesId, editionId: application.editionId });
    if (!handles(kinds, application.category.kind)) throw forbidden('see the photo of this application');
    if (!application.photoKey) throw notFound(`The photo of application ${id}`, 'The participant did not upload one.');
    const stored = await this.services.storage.get(application.photoKey);
    await reply.header('content-type', stored.contentType).header('content-length', String(stored.size)).header('cache-control', 'private, no-store').header('x-content-type-options', 'nosniff').send(stored.body);
  }
}
