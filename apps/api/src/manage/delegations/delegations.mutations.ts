// Organizer mutations of delegations: arguments in, DelegationsWriter call, the Delegation read model out.
import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { ViewerService } from '../../auth/viewer.service.js';
import type { DelegationRow } from '../../common/db-rows.js';
import { DelegationModel } from '../../people/models/delegation.model.js';
import { DelegationsWriter } from './delegations.writer.js';
import { CreateDelegationInput, DelegationMemberInput, UpdateDelegationInput } from './dto/delegation.input.js';

const ID_ARG = { type: () => ID, description: 'Id of the delegation.' } as const;

@Resolver()
export class DelegationMutations {
  constructor(
    private readonly writer: DelegationsWriter,
    private readonly viewers: ViewerService,
  ) {}

  @Mutation(() => DelegationModel, { description: "Adds a country's delegation to an edition (a draft unless input.published is true)." })
  async createDelegation(
    @Auth() request: RequestAuth,
    @Args('series', { description: 'Series slug, e.g. china-central-asia.' }) series: string,
    @Args('number', { type: () => Int, description: 'Edition number within the series, e.g. 11.' }) number: number,
    @Args('input') input: CreateDelegationInput,
  ): Promise<DelegationRow> {
    return this.writer.create(await this.viewers.viewer(request), series, number, input);
  }

  @Mutation(() => DelegationModel, { description: 'Changes a delegation; fields left out keep their value.' })
  async updateDelegation(@Auth() request: RequestAuth, @Args('id', ID_ARG) id: string, @Args('input') input: UpdateDelegationInput): Promise<DelegationRow> {
    return this.writer.update(await this.viewers.viewer(request), id, input);
  }

  @Mutation(() => DelegationModel, { description: 'Replaces the members of a delegation, in protocol order.' })
  async setDelegationMembers(
    @Auth() request: RequestAuth,
    @Args('id', ID_ARG) id: string,
    @Args('members', { type: () => [DelegationMemberInput], description: 'The whole member list, each person once; empty removes everyone.' }) members: DelegationMemberInput[],
  ): Promise<DelegationRow> {
    return this.writer.setMembers(await this.viewers.viewer(request), id, members);
  }

  @Mutation(() => DelegationModel, { description: 'Makes a delegation visible to visitors.' })
  async publishDelegation(@Auth() request: RequestAuth, @Args('id', ID_ARG) id: string): Promise<DelegationRow> {
    return this.writer.setPublished(await this.viewers.viewer(request), id, true);
  }

  @Mutation(() => DelegationModel, { description: 'Hides a delegation from visitors.' })
  async unpublishDelegation(@Auth() request: RequestAuth, @Args('id', ID_ARG) id: string): Promise<DelegationRow> {
    return this.writer.setPublished(await this.viewers.viewer(request), id, false);
  }

  @Mutation(() => ID, { description: 'Deletes a delegation and its member list (the people stay); answers its id.' })
  async deleteDelegation(@Auth() request: RequestAuth, @Args('id', ID_ARG) id: string): Promise<string> {
    return this.writer.delete(await this.viewers.viewer(request), id);
  }
}
