// Organizer mutations of organizations: arguments in, OrganizationsWriter call, the Organization view out.
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { EXPECTED_VERSION_ARG } from '../../common/write/row-locks.js';
import { Ctx } from '../../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../../common/graphql/request-context.js';
import { OrganizationModel } from '../../people/models/organization.model.js';
import { toOrganizationView, type OrganizationView } from '../../people/people.views.js';
import { CreateOrganizationInput, UpdateOrganizationInput } from './organization.inputs.js';
import { OrganizationsWriter } from './organizations.writer.js';

@Resolver()
export class OrganizationMutations {
  constructor(private readonly writer: OrganizationsWriter) {}

  @Mutation(() => OrganizationModel, { description: 'Creates an organization owned by the series; only its organizers may edit it later.' })
  async createOrganization(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('series', { description: 'Slug of the owning series, e.g. china-central-asia.' }) series: string,
    @Args('input', { type: () => CreateOrganizationInput }) input: CreateOrganizationInput,
  ): Promise<OrganizationView> {
    return toOrganizationView(await this.writer.create(auth, series, input), ctx.lang);
  }

  @Mutation(() => OrganizationModel, { description: 'Changes an organization; organizers of its owning series only (shared ones: platform admins).' })
  async updateOrganization(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('slug', { description: 'Slug of the organization.' }) slug: string,
    @Args('input', { type: () => UpdateOrganizationInput }) input: UpdateOrganizationInput, @Args('expectedVersion', EXPECTED_VERSION_ARG) expectedVersion?: number | null,
  ): Promise<OrganizationView> {
    return toOrganizationView(await this.writer.update(auth, slug, input, expectedVersion), ctx.lang);
  }
}
