// Fields of Person, Organization and Delegation.
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { CountryModel } from '../catalogue/models/country.model.js';
import type { CountryRow, DelegationRow, OrganizationRow, PersonRow } from '../common/db-rows.js';
import { Ctx } from '../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { localize, localizeOptional } from '../common/localized/localize.js';
import { LocalizedString } from '../common/localized/localized-string.model.js';
import { DelegationModel } from './models/delegation.model.js';
import { OrganizationModel } from './models/organization.model.js';
import { PersonModel } from './models/person.model.js';
import { PeopleService } from './people.service.js';

@Resolver(() => PersonModel)
export class PersonResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly catalogue: CatalogueService,
  ) {}

  @ResolveField('name', () => LocalizedString, { description: 'Full name, in the script of the requested language when known.' })
  name(@Parent() person: PersonRow, @Ctx() ctx: RequestContext): LocalizedString {
    return localize(person.name, ctx.lang);
  }

  @ResolveField('position', () => LocalizedString, { nullable: true, description: 'Office or job title.' })
  position(@Parent() person: PersonRow, @Ctx() ctx: RequestContext): LocalizedString | null {
    return localizeOptional(person.position, ctx.lang);
  }

  @ResolveField('organization', () => OrganizationModel, { nullable: true, description: 'The body the person represents.' })
  organization(@Parent() person: PersonRow, @Ctx() ctx: RequestContext): Promise<OrganizationRow | null> {
    return this.people.organization(ctx, person.organizationId);
  }

  @ResolveField('country', () => CountryModel, { nullable: true, description: 'The country the person represents.' })
  country(@Parent() person: PersonRow, @Ctx() ctx: RequestContext): Promise<CountryRow | null> {
    return this.catalogue.country(ctx, person.countryCode);
  }
}

@Resolver(() => OrganizationModel)
export class OrganizationResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @ResolveField('name', () => LocalizedString, { description: 'Name of the organization.' })
  name(@Parent() organization: OrganizationRow, @Ctx() ctx: RequestContext): LocalizedString {
    return localize(organization.name, ctx.lang);
  }

  @ResolveField('country', () => CountryModel, { nullable: true, description: 'Home country; null for international bodies.' })
  country(@Parent() organization: OrganizationRow, @Ctx() ctx: RequestContext): Promise<CountryRow | null> {
    return this.catalogue.country(ctx, organization.countryCode);
  }
}

@Resolver(() => DelegationModel)
export class DelegationResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly catalogue: CatalogueService,
  ) {}

  @ResolveField('country', () => CountryModel, { nullable: true, description: 'The country the delegation represents.' })
  country(@Parent() delegation: DelegationRow, @Ctx() ctx: RequestContext): Promise<CountryRow | null> {
    return this.catalogue.country(ctx, delegation.countryCode);
  }

  @ResolveField('head', () => PersonModel, { nullable: true, description: 'Head of the delegation.' })
  head(@Parent() delegation: DelegationRow, @Ctx() ctx: RequestContext): Promise<PersonRow | null> {
    return this.people.person(ctx, delegation.headPersonId);
  }

  @ResolveField('members', () => [PersonModel], { description: 'Members in protocol order.' })
  members(@Parent() delegation: DelegationRow, @Ctx() ctx: RequestContext): Promise<PersonRow[]> {
    return this.people.delegationMembers(ctx, delegation.id);
  }
}
