// Organizer mutations of delegations: arguments in, DelegationsWriter call, the Delegation view out.
import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { EXPECTED_VERSION_ARG } from '../../common/write/row-locks.js';
import { DelegationModel } from '../../people/models/delegation.model.js';
import { toDelegationView, type DelegationView } from '../../people/people.views.js';
import { CreateDelegationInput, DelegationMemberInput, UpdateDelegationInput } from './delegation.inputs.js';
import { DelegationsWriter } from './delegations.writer.js';

const ID_ARG = { type: () => ID, description: 'Id of the delegation.' } as const;

@Resolver()
export class DelegationMutations {
  constructor(private readonly writer: DelegationsWriter) {}

  @Mutation(() => DelegationModel, { description: "Adds a country's delegation to an edition (a draft unless input.published is true)." })
  async createDelegation(
    @Auth() auth: RequestAuth,
    @Args('series', { description: 'Series slug, e.g. china-central-asia.' }) series: string,
    @Args('number', { type: () => Int, description: 'Edition number within the series, e.g. 11.' }) number: number,
    @Args('input', { type: () => CreateDelegationInput }) input: CreateDelegationInput,
  ): Promise<DelegationView> {
    return toDelegationView(await this.writer.create(auth, series, number, input));
  }

  @Mutation(() => DelegationModel, { description: 'Changes a delegation; fields left out keep their value.' })
  async updateDelegation(@Auth() auth: RequestAuth, @Args('id', ID_ARG) id: string, @Args('input', { type: () => UpdateDelegationInput }) input: UpdateDelegationInput, @Args('expectedVersion', EXPECTED_VERSION_ARG) expectedVersion?: number | null): Promise<DelegationView> {
    return toDelegationView(await this.writer.update(auth, id, input, expectedVersion));
  }

  @Mutation(() => DelegationModel, { description: 'Replaces the members of a delegation, in protocol order.' })
  async setDelegationMembers(
    @Auth() auth: RequestAuth,
    @Args('id', ID_ARG) id: string,
    @Args('members', { type: () => [DelegationMemberInput], description: 'The whole member list, each person once; empty removes everyone.' }) members: DelegationMemberInput[],
  ): Promise<DelegationView> {
    return toDelegationView(await this.writer.setMembers(auth, id, members));
  }

  @Mutation(() => DelegationModel, { description: 'Makes a delegation visible to visitors.' })
  async publishDelegation(@Auth() auth: RequestAuth, @Args('id', ID_ARG) id: string): Promise<DelegationView> {
    return toDelegationView(await this.writer.setPublished(auth, id, true));
  }

  @Mutation(() => DelegationModel, { description: 'Hides a delegation from visitors.' })
  async unpublishDelegation(@Auth() auth: RequestAuth, @Args('id', ID_ARG) id: string): Promise<DelegationView> {
    return toDelegationView(await this.writer.setPublished(auth, id, false));
  }

  @Mutation(() => ID, { description: 'Deletes a delegation and its member list (the people stay); answers its id.' })
  deleteDelegation(@Auth() auth: RequestAuth, @Args('id', ID_ARG) id: string): Promise<string> {
    return this.writer.delete(auth, id);
  }
}
