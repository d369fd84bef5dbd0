// Parameter decorator giving resolvers the typed per-request context.
import { Context } from '@nestjs/graphql';
import { CONTEXT_KEY } from './request-context.js';

export const Ctx = (): ParameterDecorator => Context(CONTEXT_KEY);
