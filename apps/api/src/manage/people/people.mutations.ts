// Organizer mutations of people: arguments in, PeopleWriter call, the Person read model out.
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { ViewerService } from '../../auth/viewer.service.js';
import { Ctx } from '../../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../../common/graphql/request-context.js';
import { toPersonModel, type PersonView } from '../../people/people.mappers.js';
import { PersonModel } from '../../people/models/person.model.js';
import { CreatePersonInput, UpdatePersonInput } from './dto/person.input.js';
import { PeopleWriter } from './people.writer.js';

const SLUG_ARG = { description: 'Slug of the person, e.g. edil-baisalov.' } as const;

@Resolver()
export class PeopleMutations {
  constructor(
    private readonly writer: PeopleWriter,
    private readonly viewers: ViewerService,
  ) {}

  @Mutation(() => PersonModel, { description: 'Creates a person owned by the series (a draft unless input.published is true); only its organizers may edit them later.' })
  async createPerson(
    @Ctx() ctx: RequestContext,
    @Auth() request: RequestAuth,
    @Args('series', { description: 'Slug of the owning series, e.g. china-central-asia.' }) series: string,
    @Args('input') input: CreatePersonInput,
  ): Promise<PersonView> {
    return toPersonModel(await this.writer.create(await this.viewers.viewer(request), series, input), ctx.lang);
  }

  @Mutation(() => PersonModel, { description: 'Changes a person; organizers of the owning series only (shared people: platform admins).' })
  async updatePerson(@Ctx() ctx: RequestContext, @Auth() request: RequestAuth, @Args('slug', SLUG_ARG) slug: string, @Args('input') input: UpdatePersonInput): Promise<PersonView> {
    return toPersonModel(await this.writer.update(await this.viewers.viewer(request), slug, input), ctx.lang);
  }

  @Mutation(() => PersonModel, { description: 'Makes a person visible to visitors.' })
  async publishPerson(@Ctx() ctx: RequestContext, @Auth() request: RequestAuth, @Args('slug', SLUG_ARG) slug: string): Promise<PersonView> {
    return toPersonModel(await this.writer.setPublished(await this.viewers.viewer(request), slug, true), ctx.lang);
  }

  @Mutation(() => PersonModel, { description: 'Hides a person from visitors, wherever they appear.' })
  async unpublishPerson(@Ctx() ctx: RequestContext, @Auth() request: RequestAuth, @Args('slug', SLUG_ARG) slug: string): Promise<PersonView> {
    return toPersonModel(await this.writer.setPublished(await this.viewers.viewer(request), slug, false), ctx.lang);
  }
}
