// Maps errors of plain HTTP routes (exports) to JSON a client can act on: domain errors keep
// their code with a matching status; anything else is logged and answered with an error id.
import { randomUUID } from 'node:crypto';
import { Catch, HttpException, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Logger } from 'pino';
import { LOGGER } from '../../config/config.tokens.js';
import { DomainError, type DomainErrorCode } from './domain-error.js';

const STATUS: Record<DomainErrorCode, number> = {
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  UNAVAILABLE: 503,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
};

@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception instanceof DomainError) {
      void reply.status(STATUS[exception.code]).send({
        error: { code: exception.code, message: exception.message, problems: exception.problems },
      });
      return;
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      void reply.status(exception.getStatus()).send({ error: { code: 'HTTP_ERROR', message: exception.message } });
      return;
    }
    const errorId = randomUUID();
    this.logger.error({ err: exception, errorId }, 'unexpected error in an HTTP route');
    void reply.status(500).send({
      error: { code: 'INTERNAL_SERVER_ERROR', message: `Something went wrong on our side. Quote error id ${errorId}.`, errorId },
    });
  }
}
