// Maps errors of plain HTTP routes (exports) to JSON a client can act on: AppErrors (and what
// toAppError translates) keep their code with the status ERROR_TABLE gives it; anything else is
// logged and answered with an error id.
import { randomUUID } from 'node:crypto';
import { Catch, HttpException, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Logger } from 'pino';
import { LOGGER } from '../../config/config.tokens.js';
import { problemAnswer } from './app-error.js';
import { capEcho } from './format-graphql-error.js';
import { toAppError } from './translate-error.js';

@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const known = toAppError(exception);
    if (known) {
      const problems = known.problems.map((p) => problemAnswer(p, capEcho));
      void reply.status(known.httpStatus).send({ error: { ...known.extensions, message: capEcho(known.message), problems } });
      return;
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      void reply.status(exception.getStatus()).send({ error: { code: 'HTTP_ERROR', message: capEcho(exception.message) } });
      return;
    }
    const errorId = randomUUID();
    this.logger.error({ err: exception, errorId }, 'unexpected error in an HTTP route');
    void reply.status(500).send({
      error: { code: 'INTERNAL_SERVER_ERROR', message: `Something went wrong on our side. Quote error id ${errorId}.`, errorId },
    });
  }
}
