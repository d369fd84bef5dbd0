// Resolver parameter: the mutation's IdempotencyRequest (null without the header). Hand it to
// the write runner in the spec's `idempotency` field:
//
//   async submitApplication(@Auth() auth, @Idempotency() idempotency, @Args('input') input) {
//     return this.runner.run(auth, { ..., idempotency }, work);
//   }
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyReply } from 'fastify';
import type { GraphQLResolveInfo } from 'graphql';
import { IDEMPOTENCY_HEADER, idempotencyRequest, type IdempotencyRequest } from './idempotency-request.js';

export const Idempotency = createParamDecorator((_data: unknown, execution: ExecutionContext): IdempotencyRequest | null => {
  const gql = GqlExecutionContext.create(execution);
  const reply = gql.getContext<{ reply?: FastifyReply }>().reply;
  const info = gql.getInfo<GraphQLResolveInfo>();
  return idempotencyRequest(reply?.request.headers[IDEMPOTENCY_HEADER], info.fieldName, gql.getArgs());
});
