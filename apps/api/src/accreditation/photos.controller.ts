// POST /registration/photos?editionId=<id>: a visitor's photo for their application, sent as the
// raw image body (Content-Type image/jpeg, image/png or image/webp; at most 5 MB). Checked by
// its content, not its name or declared type, re-encoded with sharp (upright, metadata dropped,
// 600×800 JPEG) by @caravan/storage, stored, and recorded as an unclaimed PhotoUpload that the
// submission's answers.photo then names. 201 { photo: id }, or 400 { problems: [{ field: "photo", code, message }] }.
import { randomUUID } from 'node:crypto';
import { Controller, HttpCode, Inject, Post, Query, Req, Res, UseFilters, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Database } from '@caravan/db';
import type { JobServices } from '@caravan/jobs';
import { editionPrefix } from '@caravan/storage';
import { PhotoError, processPhoto } from '@caravan/storage/images';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { requestAuthOf } from '../auth/request-auth.js';
import { HttpErrorFilter } from '../common/errors/http-error.filter.js';
import { PublicWriteRunner } from '../common/write/public-write-runner.js';
import { DATABASE, JOB_SERVICES, LOGGER } from '../config/config.tokens.js';
import { isRegistrationOpen, EDITION_FOR_REGISTRATION } from './registration-context.js';

export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** Uploads per address and minute. */
const PHOTO_LIMIT = { points: 20, windowSeconds: 60 };

const PHOTO_CODES: Record<PhotoError['code'], string> = {
  PHOTO_NOT_AN_IMAGE: 'not_an_image',
  PHOTO_UNSUPPORTED_FORMAT: 'unsupported_format',
  PHOTO_TOO_LARGE: 'file_too_large',
  PHOTO_TOO_SMALL: 'too_small',
  PHOTO_UNREADABLE: 'unreadable',
};

function refuse(reply: FastifyReply, field: string, code: string, message: string): void {
  void reply.status(400).send({ problems: [{ field, code, message }] });
}

@Controller('registration')
@UseFilters(HttpErrorFilter)
export class PhotosController implements OnModuleInit {
  constructor(
    private readonly adapter: HttpAdapterHost,
    private readonly writes: PublicWriteRunner,
    @Inject(DATABASE) private readonly database: Database,
    @Inject(JOB_SERVICES) private readonly services: JobServices,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapter.httpAdapter.getInstance<FastifyInstance>();
    // Images arrive as raw bytes; the size is checked by processPhoto (a little room above the cap, so the answer names it).
    fastify.addContentTypeParser(/^image\//, { parseAs: 'buffer', bodyLimit: PHOTO_MAX_BYTES + 1024 * 1024 }, (_request, body, done) => done(null, body));
    fastify.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: PHOTO_MAX_BYTES + 1024 * 1024 }, (_request, body, done) => done(null, body));
  }

  @Post('photos')
  @HttpCode(201)
  async upload(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Query('editionId') editionId: string | undefined): Promise<void> {
    if (!editionId || !/^[0-9a-f-]{36}$/i.test(editionId)) return refuse(reply, 'editionId', 'invalid', 'the query parameter editionId must name an edition');
    const edition = await this.database.prisma.edition.findUnique({ where: { id: editionId }, select: EDITION_FOR_REGISTRATION });
    if (!edition) return refuse(reply, 'editionId', 'invalid', 'is not an edition');
    if (!isRegistrationOpen(edition)) return refuse(reply, 'editionId', 'registration_closed', 'this edition does not take registrations now');
    const body = request.body;
    if (!Buffer.isBuffer(body) || body.length === 0) return refuse(reply, 'photo', 'required', 'send the photo as the request body (Content-Type image/jpeg, image/png or image/webp)');
    let photo;
    try {
      photo = await processPhoto(body, { maxBytes: PHOTO_MAX_BYTES });
    } catch (error) {
      if (error instanceof PhotoError) return refuse(reply, 'photo', PHOTO_CODES[error.code], error.message);
      throw error;
    }
    const id = randomUUID();
    const storageKey = `${editionPrefix(edition.id)}uploads/${id}.jpg`;
    const auth = requestAuthOf({ reply });
    // The file is stored before its row is written, and removed again when that write does not
    // commit (refused, rolled back): a file only ever outlives its row for the moment between the
    // two, never after a rollback. Storing inside the transaction would leave an orphan file on every failed commit.
    await this.services.storage.put(storageKey, photo.jpeg, { contentType: photo.contentType });
    try {
      await this.writes.run(
        auth,
        { name: 'registration-photo', what: 'photo uploads', limit: PHOTO_LIMIT, scope: { seriesId: edition.seriesId, editionId: edition.id }, audit: { action: 'create', entityType: 'PhotoUpload' } },
        async (tx) => {
          await tx.photoUpload.create({
            data: { id, editionId: edition.id, storageKey, contentType: photo.contentType, bytes: photo.jpeg.length, width: photo.width, height: photo.height, sha256: photo.sha256 },
          });
          return { result: id, entityId: id, after: { bytes: photo.jpeg.length, sha256: photo.sha256 } };
        },
      );
    } catch (error) {
      await this.services.storage.delete(storageKey).catch((cleanup: unknown) => this.logger.error({ err: cleanup, storageKey }, 'could not remove the photo of an upload that was not recorded'));
      throw error;
    }
    void reply.status(201).send({ photo: id });
  }
}
