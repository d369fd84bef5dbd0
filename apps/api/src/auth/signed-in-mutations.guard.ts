// Every mutation asks "who is signing?" before anything else. An anonymous caller of an organizer
// mutation is told to sign in before any argument is looked up, so the answer is the same whether
// the series, edition or record it names exists, is unpublished or is a typo: visitors cannot probe
// which drafts exist. The few mutations open to visitors say so with @OpenToVisitors(why).
import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { requireSignedIn } from './policy/require-scope.js';
import { requestAuthOf } from './request-auth.js';
import { ViewerService } from './viewer.service.js';

const OPEN_TO_VISITORS = 'caravan.openToVisitors';

/** Marks a mutation that visitors may call (signing in, a rate-limited public write); say why. */
export const OpenToVisitors = (why: string) => SetMetadata(OPEN_TO_VISITORS, why);

@Injectable()
export class SignedInMutationsGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly viewers: ViewerService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return true;
    if (this.reflector.get<string | undefined>(OPEN_TO_VISITORS, context.getHandler()) !== undefined) return true;
    // A stale or forged token is refused here too (UNAUTHENTICATED), before any lookup.
    requireSignedIn(await this.viewers.viewer(requestAuthOf(gql.getContext())), `run ${info.fieldName}`);
    return true;
  }
}
