// Plain HTTP files for clients that expect a file, not GraphQL: calendar apps (programme.ics),
// schedule apps and video pipelines (schedule.json / schedule.xml), spreadsheets (agreements.csv).
import { createHash } from 'node:crypto';
import { Controller, Get, Inject, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../common/errors/app-error.js';
import { HttpErrorFilter } from '../common/errors/http-error.filter.js';
import { renderAgreementsCsv } from './agreements-csv.renderer.js';
import { renderApplicationsCsv } from './applications-csv.renderer.js';
import { APPLICATIONS_EXPORT_SOURCE, type ApplicationsExportSource } from './applications-export.js';
import { parseEditionAddress, parseExportQuery } from './export-query.js';
import { EXPORT_VIEWER_RESOLVER, toExportRequest, type ExportViewerResolver } from './export-viewer.js';
import type { ProgrammeExport } from './export.models.js';
import { ExportsService } from './exports.service.js';
import { renderProgrammeIcs } from './programme-ics.renderer.js';
import { renderScheduleJson } from './schedule-json.renderer.js';
import { renderScheduleXml } from './schedule-xml.renderer.js';

interface FileAnswer {
  body: string;
  contentType: string;
  fileName: string;
  lastModified?: Date;
  /** Per-reader content must not sit in shared caches. */
  private?: boolean;
}

/** If-None-Match may list several tags, mark them weak (W/) or say "*" (RFC 9110, 13.1.2). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

async function sendFile(request: FastifyRequest, reply: FastifyReply, file: FileAnswer): Promise<void> {
  // A content hash lets polling calendar and schedule apps revalidate for free (304).
  const etag = `"${createHash('sha256').update(file.body).digest('base64url').slice(0, 27)}"`;
  void reply
    .header('content-type', file.contentType)
    .header('content-disposition', `inline; filename="${file.fileName}"`)
    .header('etag', etag)
    .header('cache-control', file.private ? 'private, no-cache' : 'public, max-age=300')
    .header('vary', 'authorization');
  if (file.lastModified) void reply.header('last-modified', file.lastModified.toUTCString());
  if (matchesEtag(request.headers['if-none-match'], etag)) {
    await reply.status(304).send();
    return;
  }
  await reply.send(file.body);
}

/** The programme files by name: the same model, rendered for calendar apps, schedule apps and video pipelines. */
const PROGRAMME_FILES: Readonly<Record<string, (model: ProgrammeExport) => Omit<FileAnswer, 'lastModified' | 'private'>>> = {
  'programme.ics': (model) => ({
    body: renderProgrammeIcs(model),
    contentType: 'text/calendar; charset=utf-8',
    fileName: `${model.edition.seriesSlug}-${model.edition.number}${model.track ? `-${model.track.slug}` : ''}.ics`,
  }),
  'schedule.json': (model) => ({ body: renderScheduleJson(model), contentType: 'application/json; charset=utf-8', fileName: 'schedule.json' }),
  // The media type IANA registered for this format.
  'schedule.xml': (model) => ({ body: renderScheduleXml(model), contentType: 'application/vnd.c3voc.schedule+xml; charset=utf-8', fileName: 'schedule.xml' }),
};

@Controller('export')
@UseFilters(HttpErrorFilter)
export class ExportsController {
  constructor(
    private readonly exports: ExportsService,
    @Inject(EXPORT_VIEWER_RESOLVER) private readonly viewers: ExportViewerResolver,
    @Inject(APPLICATIONS_EXPORT_SOURCE) private readonly applications: ApplicationsExportSource,
  ) {}

  /** One route for the programme files: they differ only in how the same model is rendered. */
  @Get(':series/:edition/:file')
  async programmeFile(
    @Param('series') series: string,
    @Param('edition') edition: string,
    @Param('file') file: string,
    @Query('lang') lang: string | undefined,
    @Query('track') track: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const render = Object.hasOwn(PROGRAMME_FILES, file) ? PROGRAMME_FILES[file] : undefined;
    if (!render) throw notFound(`Export file "${file}"`, `The files are ${[...Object.keys(PROGRAMME_FILES), 'agreements.csv'].join(', ')}.`);
    const model = await this.exports.programme(parseExportQuery({ series, number: edition, lang, track }));
    await sendFile(request, reply, { ...render(model), lastModified: model.lastModified });
  }

  @Get(':series/:edition/agreements.csv')
  async agreementsCsv(
    @Param('series') series: string,
    @Param('edition') edition: string,
    @Query('lang') lang: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const query = parseExportQuery({ series, number: edition, lang });
    const viewer = await this.viewers.resolveViewer(toExportRequest(request.headers));
    const model = await this.exports.agreements(query, viewer);
    await sendFile(request, reply, {
      body: renderAgreementsCsv(model),
      contentType: 'text/csv; charset=utf-8; header=present',
      fileName: `${model.edition.seriesSlug}-${model.edition.number}-agreements.csv`,
      private: model.fullAccess,
    });
  }

  /** Personal data: only for the edition's organizers who may read applications, never cached by others. */
  @Get(':series/:edition/applications.csv')
  async applicationsCsv(@Param('series') series: string, @Param('edition') edition: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const model = await this.applications.applications({ ...toExportRequest(request.headers), address: request.ip }, parseEditionAddress(series, edition));
    await sendFile(request, reply, {
      body: renderApplicationsCsv(model),
      contentType: 'text/csv; charset=utf-8; header=present',
      fileName: `${model.seriesSlug}-${model.number}-applications.csv`,
      private: true,
    });
  }
}
