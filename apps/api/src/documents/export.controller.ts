// Plain HTTP download of the rendered programme, for clients that want a file, not GraphQL.
import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { HttpErrorFilter } from '../common/errors/http-error.filter.js';
import { parseEditionAddress } from '../exports/export-query.js';
import { DocumentsService } from './documents.service.js';

@Controller('export')
@UseFilters(HttpErrorFilter)
export class ExportController {
  constructor(private readonly documents: DocumentsService) {}

  @Get(':series/:number/programme.md')
  async programme(@Param('series') series: string, @Param('number') number: string, @Res() reply: FastifyReply): Promise<void> {
    const ref = parseEditionAddress(series, number);
    const doc = await this.documents.programmeFile(ref.series, ref.number);
    await reply
      .header('content-type', 'text/markdown; charset=utf-8')
      .header('etag', `"${doc.checksum}"`)
      .header('last-modified', doc.generatedAt.toUTCString())
      .send(doc.content);
  }
}
