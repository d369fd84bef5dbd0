// Plain HTTP download of the rendered programme, for clients that want a file, not GraphQL.
import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { HttpErrorFilter } from '../common/errors/http-error.filter.js';
import { parseInput } from '../common/errors/parse-input.js';
import { ZEditionRef } from '../editions/editions.service.js';
import { DocumentsService } from './documents.service.js';

const ZExportParams = ZEditionRef.extend({ number: z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more') });

@Controller('export')
@UseFilters(HttpErrorFilter)
export class ExportController {
  constructor(private readonly documents: DocumentsService) {}

  @Get(':series/:number/programme.md')
  async programme(@Param('series') series: string, @Param('number') number: string, @Res() reply: FastifyReply): Promise<void> {
    const ref = parseInput(ZExportParams, { series, number });
    const doc = await this.documents.programmeFile(ref.series, ref.number);
    await reply
      .header('content-type', 'text/markdown; charset=utf-8')
      .header('etag', `"${doc.checksum}"`)
      .header('last-modified', doc.generatedAt.toUTCString())
      .send(doc.content);
  }
}
