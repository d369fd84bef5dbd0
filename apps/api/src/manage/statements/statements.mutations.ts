// Organizer mutations of statements: arguments in, StatementsWriter call, the Statement read model out.
import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { ViewerService } from '../../auth/viewer.service.js';
import { StatementModel } from '../../statements/models/statement.model.js';
import type { StatementRow } from '../../statements/statements.repository.js';
import { CreateStatementInput, UpdateStatementInput } from './dto/statement.input.js';
import { StatementsWriter } from './statements.writer.js';

const ID_ARG = { type: () => ID, description: 'Id of the statement.' } as const;

@Resolver()
export class StatementMutations {
  constructor(
    private readonly writer: StatementsWriter,
    private readonly viewers: ViewerService,
  ) {}

  @Mutation(() => StatementModel, { description: 'Records what a person said at an edition (a draft unless input.published is true).' })
  async createStatement(
    @Auth() request: RequestAuth,
    @Args('series', { description: 'Series slug, e.g. china-central-asia.' }) series: string,
    @Args('number', { type: () => Int, description: 'Edition number within the series, e.g. 11.' }) number: number,
    @Args('input') input: CreateStatementInput,
  ): Promise<StatementRow> {
    return this.writer.create(await this.viewers.viewer(request), series, number, input);
  }

  @Mutation(() => StatementModel, { description: 'Changes a statement; fields left out keep their value.' })
  async updateStatement(@Auth() request: RequestAuth, @Args('id', ID_ARG) id: string, @Args('input') input: UpdateStatementInput): Promise<StatementRow> {
    return this.writer.update(await this.viewers.viewer(request), id, input);
  }

  @Mutation(() => StatementModel, { description: 'Makes a statement visible to visitors.' })
  async publishStatement(@Auth() request: RequestAuth, @Args('id', ID_ARG) id: string): Promise<StatementRow> {
    return this.writer.setPublished(await this.viewers.viewer(request), id, true);
  }

  @Mutation(() => StatementModel, { description: 'Hides a statement from visitors.' })
  async unpublishStatement(@Auth() request: RequestAuth, @Args('id', ID_ARG) id: string): Promise<StatementRow> {
    return this.writer.setPublished(await this.viewers.viewer(request), id, false);
  }

  @Mutation(() => ID, { description: 'Deletes a statement; answers its id.' })
  async deleteStatement(@Auth() request: RequestAuth, @Args('id', ID_ARG) id: string): Promise<string> {
    return this.writer.delete(await this.viewers.viewer(request), id);
  }
}
