// GET /registration/my-data/files/<name>?token=<link token>: one of the participant's files (their
// photo, badge, letters), as listed by myPersonalData. The mailed link's token is the credential;
// the answer is personal data, so it is never cached by anyone else.
import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { badField } from '../common/errors/app-error.js';
import { HttpErrorFilter } from '../common/errors/http-error.filter.js';
import { ParticipantDataService } from './participant-data.service.js';

@Controller('registration/my-data')
@UseFilters(HttpErrorFilter)
export class ParticipantDataController {
  constructor(private readonly participantData: ParticipantDataService) {}

  @Get('files/:name')
  async file(@Param('name') name: string, @Query('token') token: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    if (!token) throw badField('token', 'is required: the token of the mailed application link');
    const stored = await this.participantData.file(token, name);
    await reply
      .header('content-type', stored.contentType)
      .header('content-length', String(stored.size))
      .header('content-disposition', `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '_')}"`)
      .header('cache-control', 'private, no-store')
      .header('x-content-type-options', 'nosniff')
      .send(stored.body);
  }
}
