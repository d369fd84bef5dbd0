// Organizer mutations of organizations: arguments in, OrganizationsWriter call, the Organization read model out.
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { ViewerService } from '../../auth/viewer.service.js';
import { Ctx } from '../../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../../common/graphql/request-context.js';
import { toOrganizationModel, type OrganizationView } from '../../people/people.mappers.js';
import { OrganizationModel } from '../../people/models/organization.model.js';
import { CreateOrganizationInput, UpdateOrganizationInput } from './dto/organization.input.js';
import { OrganizationsWriter } from './organizations.writer.js';

@Resolver()
export class OrganizationMutations {
  constructor(
    private readonly writer: OrganizationsWriter,
    private readonly viewers: ViewerService,
  ) {}

  @Mutation(() => OrganizationModel, { description: 'Creates an organization owned by the series; only its organizers may edit it later.' })
  async createOrganization(
    @Ctx() ctx: RequestContext,
    @Auth() request: RequestAuth,
    @Args('series', { description: 'Slug of the owning series, e.g. china-central-asia.' }) series: string,
    @Args('input') input: CreateOrganizationInput,
  ): Promise<OrganizationView> {
    return toOrganizationModel(await this.writer.create(await this.viewers.viewer(request), series, input), ctx.lang);
  }

  @Mutation(() => OrganizationModel, { description: "Changes an organization; organizers of its owning series only (shared ones: platform admins)." })
  async updateOrganization(
    @Ctx() ctx: RequestContext,
    @Auth() request: RequestAuth,
    @Args('slug', { description: 'Slug of the organization.' }) slug: string,
    @Args('input') input: UpdateOrganizationInput,
  ): Promise<OrganizationView> {
    return toOrganizationModel(await this.writer.update(await this.viewers.viewer(request), slug, input), ctx.lang);
  }
}
