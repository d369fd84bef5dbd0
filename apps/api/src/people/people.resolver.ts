// Root queries people, person and organizations, and the fields of Person, Organization and Delegation.
import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { CountryModel } from '../catalogue/models/country.model.js';
import type { CountryView } from '../catalogue/catalogue.views.js';
import { Ctx } from '../common/graphql/request-context.decorator.js';
import { LANG_ARG } from '../common/graphql/resolver-helpers.js';
import type { Connection } from '../common/pagination/connection.model.js';
import { AFTER_ARG, FIRST_ARG, parsePageArgs } from '../common/pagination/page-args.js';
import { OrganizationFilterInput, PeopleFilterInput } from './dto/people-filter.input.js';
import { CONTEXT_KEY, type GraphQLContext, type NoArgs, type RequestContext } from '../common/graphql/request-context.js';
import { DelegationModel } from './models/delegation.model.js';
import { OrganizationConnection, OrganizationModel } from './models/organization.model.js';
import { PersonConnection, PersonModel } from './models/person.model.js';
import type { DelegationView, OrganizationView, PersonView } from './people.views.js';
import { PeopleService } from './people.service.js';

@Resolver(() => PersonModel)
export class PersonResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly catalogue: CatalogueService,
  ) {}

  @Query(() => PersonConnection, { name: 'people', description: 'Published people who speak, lead or join a delegation, or made a statement in a series, by slug.' })
  peopleOfSeries(
    @Ctx() ctx: RequestContext,
    @Args('series', { description: 'Series slug, e.g. china-central-asia.' }) series: string,
    @Args('filter', { type: () => PeopleFilterInput, nullable: true, description: 'Narrows the list.' }) filter?: PeopleFilterInput | null,
    @Args(FIRST_ARG) first?: number | null,
    @Args(AFTER_ARG) after?: string | null,
    @Args(LANG_ARG) _lang?: string,
  ): Promise<Connection<PersonView>> {
    return this.people.peoplePage(ctx, series, filter, parsePageArgs({ first, after }));
  }

  @Query(() => PersonModel, { nullable: true, description: 'A published person; null when unknown or unpublished.' })
  person(
    @Ctx() ctx: RequestContext,
    @Args('slug', { description: 'Person slug, e.g. edil-baisalov.' }) slug: string,
    @Args(LANG_ARG) _lang?: string,
  ): Promise<PersonView | null> {
    return this.people.personBySlug(ctx, slug);
  }

  @Query(() => OrganizationConnection, { description: 'Organizations (ministries, embassies, companies, ...), by slug.' })
  organizations(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => OrganizationFilterInput, nullable: true, description: 'Narrows the list.' }) filter?: OrganizationFilterInput | null,
    @Args(FIRST_ARG) first?: number | null,
    @Args(AFTER_ARG) after?: string | null,
    @Args(LANG_ARG) _lang?: string,
  ): Promise<Connection<OrganizationView>> {
    return this.people.organizationsPage(ctx, filter, parsePageArgs({ first, after }));
  }

  @ResolveField('delegations', () => [DelegationModel], { description: 'Published delegations the person heads or belongs to.' })
  delegations(person: PersonView, _args: NoArgs, context: GraphQLContext): Promise<DelegationView[]> {
    return this.people.delegationsOfPerson(context[CONTEXT_KEY], person.id);
  }

  @ResolveField('organization', () => OrganizationModel, { nullable: true, description: 'The body the person represents.' })
  organization(person: PersonView, _args: NoArgs, context: GraphQLContext): Promise<OrganizationView | null> {
    return this.people.organization(context[CONTEXT_KEY], person.organizationId);
  }

  @ResolveField('country', () => CountryModel, { nullable: true, description: 'The country the person represents.' })
  country(person: PersonView, _args: NoArgs, context: GraphQLContext): Promise<CountryView | null> {
    return this.catalogue.country(context[CONTEXT_KEY], person.countryCode);
  }
}

@Resolver(() => OrganizationModel)
export class OrganizationResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @ResolveField('country', () => CountryModel, { nullable: true, description: 'Home country; null for international bodies.' })
  country(organization: OrganizationView, _args: NoArgs, context: GraphQLContext): Promise<CountryView | null> {
    return this.catalogue.country(context[CONTEXT_KEY], organization.countryCode);
  }
}

@Resolver(() => DelegationModel)
export class DelegationResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly catalogue: CatalogueService,
  ) {}

  @ResolveField('country', () => CountryModel, { nullable: true, description: 'The country the delegation represents.' })
  country(delegation: DelegationView, _args: NoArgs, context: GraphQLContext): Promise<CountryView | null> {
    return this.catalogue.country(context[CONTEXT_KEY], delegation.countryCode);
  }

  @ResolveField('head', () => PersonModel, { nullable: true, description: 'Head of the delegation.' })
  head(delegation: DelegationView, _args: NoArgs, context: GraphQLContext): Promise<PersonView | null> {
    return this.people.person(context[CONTEXT_KEY], delegation.headPersonId);
  }

  @ResolveField('members', () => [PersonModel], { description: 'Members in protocol order.' })
  members(delegation: DelegationView, _args: NoArgs, context: GraphQLContext): Promise<PersonView[]> {
    return this.people.delegationMembers(context[CONTEXT_KEY], delegation.id);
  }
}
