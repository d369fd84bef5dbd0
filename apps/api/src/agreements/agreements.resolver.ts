// Root queries agreement, agreements and agreementStats, Edition.agreements, and the relations of Agreement,
// AgreementParty, AgreementMilestone and AgreementCountryTally; plain fields are properties of the
// views (agreements.views.ts).
import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import type { CountryView, SubnationalUnitView } from '../catalogue/catalogue.views.js';
import { CountryModel } from '../catalogue/models/country.model.js';
import { SubnationalUnitModel } from '../catalogue/models/subnational-unit.model.js';
import { Ctx } from '../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { LANG_ARG } from '../common/graphql/resolver-helpers.js';
import { localize, type ResolvedText } from '../common/localized/localize.js';
import { LocalizedString } from '../common/localized/localized-string.model.js';
import type { Connection } from '../common/pagination/connection.model.js';
import { AFTER_ARG, FIRST_ARG, parsePageArgs } from '../common/pagination/page-args.js';
import { EditionsService } from '../editions/editions.service.js';
import type { EditionView } from '../editions/editions.views.js';
import { EditionModel } from '../editions/models/edition.model.js';
import { OrganizationModel } from '../people/models/organization.model.js';
import { PeopleService } from '../people/people.service.js';
import type { OrganizationView } from '../people/people.views.js';
import { SessionModel } from '../programme/models/session.model.js';
import { TrackModel } from '../programme/models/track.model.js';
import { ProgrammeService } from '../programme/programme.service.js';
import type { SessionView, TrackView } from '../programme/programme.views.js';
import { AgreementsService } from './agreements.service.js';
import type { AgreementMilestoneView, AgreementPartyView, AgreementView } from './agreements.views.js';
import { AgreementFilterInput } from './dto/agreement-filter.input.js';
import { AgreementCountryTallyModel, AgreementStatsModel } from './models/agreement-stats.model.js';
import { AgreementConnection, AgreementMilestoneModel, AgreementModel, AgreementPartyModel } from './models/agreement.model.js';

const FILTER_ARG = { name: 'filter', type: () => AgreementFilterInput, nullable: true, description: 'Narrows the list.' } as const;

@Resolver(() => AgreementModel)
export class AgreementsResolver {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly editions: EditionsService,
    private readonly programme: ProgrammeService,
  ) {}

  @Query(() => AgreementConnection, { name: 'agreements', description: 'Published agreements of a series, by slug; an unknown series has none.' })
  agreementList(
    @Ctx() ctx: RequestContext,
    @Args('series', { description: 'Series slug, e.g. china-central-asia.' }) series: string,
    @Args(FILTER_ARG) filter?: AgreementFilterInput | null,
    @Args(FIRST_ARG) first?: number | null,
    @Args(AFTER_ARG) after?: string | null,
    @Args(LANG_ARG) _lang?: string,
  ): Promise<Connection<AgreementView>> {
    return this.agreements.page(ctx, this.agreements.seriesScope(series), filter, parsePageArgs({ first, after }));
  }

  @Query(() => AgreementModel, { name: 'agreement', nullable: true, description: 'A published agreement by its edition and slug; null when unknown or unpublished.' })
  agreementBySlug(
    @Ctx() ctx: RequestContext,
    @Args('series', { description: 'Series slug, e.g. china-central-asia.' }) series: string,
    @Args('edition', { type: () => Int, description: 'Number of the edition it was signed at.' }) edition: number,
    @Args('slug', { description: 'Agreement slug, unique within the edition, e.g. sister-ningxia-samarkand.' }) slug: string,
    @Args(LANG_ARG) _lang?: string,
  ): Promise<AgreementView | null> {
    return this.agreements.bySlug(ctx, series, edition, slug);
  }

  @Query(() => AgreementStatsModel, { description: 'Agreement counts and disclosed values of a series or one of its editions; confidential values are never included.' })
  agreementStats(
    @Args('series', { description: 'Series slug, e.g. china-central-asia.' }) series: string,
    @Args('edition', { type: () => Int, nullable: true, description: 'Edition number; all editions when omitted.' }) edition?: number | null,
    @Args(LANG_ARG) _lang?: string,
  ): Promise<AgreementStatsModel> {
    return this.agreements.stats(this.agreements.seriesScope(series, edition));
  }

  @ResolveField('edition', () => EditionModel, { nullable: true, description: 'The edition at which it was signed or announced.' })
  edition(@Parent() agreement: AgreementView, @Ctx() ctx: RequestContext): Promise<EditionView | null> {
    return this.editions.byId(ctx, agreement.editionId);
  }

  @ResolveField('session', () => SessionModel, { nullable: true, description: 'The session (e.g. signing ceremony) where it was signed.' })
  session(@Parent() agreement: AgreementView, @Ctx() ctx: RequestContext): Promise<SessionView | null> {
    return this.programme.session(ctx, agreement.editionId, agreement.sessionId);
  }

  @ResolveField('track', () => TrackModel, { nullable: true, description: 'The thematic track it belongs to.' })
  track(@Parent() agreement: AgreementView, @Ctx() ctx: RequestContext): Promise<TrackView | null> {
    return this.programme.track(ctx, agreement.editionId, agreement.trackId);
  }

  @ResolveField('parties', () => [AgreementPartyModel], { description: 'Signatories, in the order the agreement names them.' })
  parties(@Parent() agreement: AgreementView, @Ctx() ctx: RequestContext): Promise<AgreementPartyView[]> {
    return this.agreements.parties(ctx, agreement.id);
  }

  @ResolveField('milestones', () => [AgreementMilestoneModel], { description: 'Reported steps since signing, oldest first.' })
  milestones(@Parent() agreement: AgreementView, @Ctx() ctx: RequestContext): Promise<AgreementMilestoneView[]> {
    return this.agreements.milestones(ctx, agreement.id);
  }
}

@Resolver(() => EditionModel)
export class EditionAgreementsResolver {
  constructor(private readonly agreements: AgreementsService) {}

  @ResolveField('agreements', () => AgreementConnection, { description: 'Published agreements of this edition, by slug.' })
  agreementsOf(
    @Parent() edition: EditionView,
    @Ctx() ctx: RequestContext,
    @Args(FILTER_ARG) filter?: AgreementFilterInput | null,
    @Args(FIRST_ARG) first?: number | null,
    @Args(AFTER_ARG) after?: string | null,
  ): Promise<Connection<AgreementView>> {
    return this.agreements.page(ctx, { editionId: edition.id }, filter, parsePageArgs({ first, after }));
  }
}

@Resolver(() => AgreementPartyModel)
export class AgreementPartyResolver {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly people: PeopleService,
  ) {}

  @ResolveField('name', () => LocalizedString, { description: 'Name of the country, unit or organization.' })
  async name(@Parent() party: AgreementPartyView, @Ctx() ctx: RequestContext): Promise<ResolvedText> {
    const named =
      party.kind === 'ORGANIZATION'
        ? await this.people.organization(ctx, party.organizationId)
        : party.kind === 'SUBNATIONAL_UNIT'
          ? await this.catalogue.subdivision(ctx, party.subdivisionId)
          : await this.catalogue.country(ctx, party.countryCode);
    return named?.name ?? localize({}, ctx.lang);
  }

  @ResolveField('country', () => CountryModel, { nullable: true, description: 'The country, for a country party.' })
  country(@Parent() party: AgreementPartyView, @Ctx() ctx: RequestContext): Promise<CountryView | null> {
    return this.catalogue.country(ctx, party.countryCode);
  }

  @ResolveField('subnationalUnit', () => SubnationalUnitModel, { nullable: true, description: 'The province, region or city, for a subnational party.' })
  subnationalUnit(@Parent() party: AgreementPartyView, @Ctx() ctx: RequestContext): Promise<SubnationalUnitView | null> {
    return this.catalogue.subdivision(ctx, party.subdivisionId);
  }

  @ResolveField('organization', () => OrganizationModel, { nullable: true, description: 'The organization, for an organization party.' })
  organization(@Parent() party: AgreementPartyView, @Ctx() ctx: RequestContext): Promise<OrganizationView | null> {
    return this.people.organization(ctx, party.organizationId);
  }
}

@Resolver(() => AgreementMilestoneModel)
export class AgreementMilestoneResolver {
  constructor(private readonly editions: EditionsService) {}

  @ResolveField('edition', () => EditionModel, { nullable: true, description: 'The edition at which the step was reported, if any.' })
  edition(@Parent() milestone: AgreementMilestoneView, @Ctx() ctx: RequestContext): Promise<EditionView | null> {
    return this.editions.byId(ctx, milestone.editionId);
  }
}

@Resolver(() => AgreementCountryTallyModel)
export class AgreementCountryTallyResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @ResolveField('country', () => CountryModel, { nullable: true, description: 'The country counted.' })
  country(@Parent() row: AgreementCountryTallyModel, @Ctx() ctx: RequestContext): Promise<CountryView | null> {
    return this.catalogue.country(ctx, row.countryCode);
  }
}
