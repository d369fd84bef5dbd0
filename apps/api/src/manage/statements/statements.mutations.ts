// Organizer mutations of statements: arguments in, StatementsWriter call, the Statement view out.
import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { EXPECTED_VERSION_ARG } from '../../common/write/row-locks.js';
import { Ctx } from '../../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../../common/graphql/request-context.js';
import { StatementModel } from '../../statements/models/statement.model.js';
import { toStatementView, type StatementView } from '../../statements/statements.views.js';
import { CreateStatementInput, UpdateStatementInput } from './statement.inputs.js';
import { StatementsWriter } from './statements.writer.js';

const ID_ARG = { type: () => ID, description: 'Id of the statement.' } as const;

@Resolver()
export class StatementMutations {
  constructor(private readonly writer: StatementsWriter) {}

  @Mutation(() => StatementModel, { description: 'Records what a person said at an edition (a draft unless input.published is true).' })
  async createStatement(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('series', { description: 'Series slug, e.g. china-central-asia.' }) series: string,
    @Args('number', { type: () => Int, description: 'Edition number within the series, e.g. 11.' }) number: number,
    @Args('input', { type: () => CreateStatementInput }) input: CreateStatementInput,
  ): Promise<StatementView> {
    return toStatementView(await this.writer.create(auth, series, number, input), ctx.lang);
  }

  @Mutation(() => StatementModel, { description: 'Changes a statement; fields left out keep their value.' })
  async updateStatement(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('id', ID_ARG) id: string,
    @Args('input', { type: () => UpdateStatementInput }) input: UpdateStatementInput, @Args('expectedVersion', EXPECTED_VERSION_ARG) expectedVersion?: number | null,
  ): Promise<StatementView> {
    return toStatementView(await this.writer.update(auth, id, input, expectedVersion), ctx.lang);
  }

  @Mutation(() => StatementModel, { description: 'Makes a statement visible to visitors.' })
  async publishStatement(@Ctx() ctx: RequestContext, @Auth() auth: RequestAuth, @Args('id', ID_ARG) id: string): Promise<StatementView> {
    return toStatementView(await this.writer.setPublished(auth, id, true), ctx.lang);
  }

  @Mutation(() => StatementModel, { description: 'Hides a statement from visitors.' })
  async unpublishStatement(@Ctx() ctx: RequestContext, @Auth() auth: RequestAuth, @Args('id', ID_ARG) id: string): Promise<StatementView> {
    return toStatementView(await this.writer.setPublished(auth, id, false), ctx.lang);
  }

  @Mutation(() => ID, { description: 'Deletes a statement; answers its id.' })
  deleteStatement(@Auth() auth: RequestAuth, @Args('id', ID_ARG) id: string): Promise<string> {
    return this.writer.delete(auth, id);
  }
}
