// Organizer mutations of people: arguments in, PeopleWriter call, the Person view out.
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { EXPECTED_VERSION_ARG } from '../../common/write/row-locks.js';
import { Ctx } from '../../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../../common/graphql/request-context.js';
import { PersonModel } from '../../people/models/person.model.js';
import { toPersonView, type PersonView } from '../../people/people.views.js';
import { CreatePersonInput, UpdatePersonInput } from './person.inputs.js';
import { PeopleWriter } from './people.writer.js';

const SLUG_ARG = { description: 'Slug of the person, e.g. edil-baisalov.' } as const;

@Resolver()
export class PeopleMutations {
  constructor(private readonly writer: PeopleWriter) {}

  @Mutation(() => PersonModel, { description: 'Creates a person owned by the series (a draft unless input.published is true); only its organizers may edit them later.' })
  async createPerson(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('series', { description: 'Slug of the owning series, e.g. china-central-asia.' }) series: string,
    @Args('input', { type: () => CreatePersonInput }) input: CreatePersonInput,
  ): Promise<PersonView> {
    return toPersonView(await this.writer.create(auth, series, input), ctx.lang);
  }

  @Mutation(() => PersonModel, { description: 'Changes a person; organizers of the owning series only (shared people: platform admins).' })
  async updatePerson(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('slug', SLUG_ARG) slug: string,
    @Args('input', { type: () => UpdatePersonInput }) input: UpdatePersonInput, @Args('expectedVersion', EXPECTED_VERSION_ARG) expectedVersion?: number | null,
  ): Promise<PersonView> {
    return toPersonView(await this.writer.update(auth, slug, input, expectedVersion), ctx.lang);
  }

  @Mutation(() => PersonModel, { description: 'Makes a person visible to visitors.' })
  async publishPerson(@Ctx() ctx: RequestContext, @Auth() auth: RequestAuth, @Args('slug', SLUG_ARG) slug: string): Promise<PersonView> {
    return toPersonView(await this.writer.setPublished(auth, slug, true), ctx.lang);
  }

  @Mutation(() => PersonModel, { description: 'Hides a person from visitors, wherever they appear.' })
  async unpublishPerson(@Ctx() ctx: RequestContext, @Auth() auth: RequestAuth, @Args('slug', SLUG_ARG) slug: string): Promise<PersonView> {
    return toPersonView(await this.writer.setPublished(auth, slug, false), ctx.lang);
  }
}
