// Root queries agreements and agreementStats, Edition.agreements, and the fields of Agreement,
// AgreementParty, AgreementMilestone and AgreementCountryTally.
import type { CountryView } from '../catalogue/catalogue.mappers.js';
import type { OrganizationView } from '../people/people.mappers.js';
import type { TrackView } from '../programme/programme.mappers.js';
import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { CountryModel } from '../catalogue/models/country.model.js';
import { SubnationalUnitModel } from '../catalogue/models/subnational-unit.model.js';
import type { EditionRow, SubnationalUnitRow } from '../common/db-rows.js';
import { useLanguage } from '../common/graphql/lang.js';
import { Ctx } from '../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { LANG_ARG } from '../common/graphql/resolver-helpers.js';
import { localize, localizeOptional } from '../common/localized/localize.js';
import { LocalizedString } from '../common/localized/localized-string.model.js';
import type { Connection } from '../common/pagination/connection.model.js';
import { AFTER_ARG, FIRST_ARG, parsePageArgs } from '../common/pagination/page-args.js';
import { EditionsService } from '../editions/editions.service.js';
import { EditionModel } from '../editions/models/edition.model.js';
import { OrganizationModel } from '../people/models/organization.model.js';
import { PeopleService } from '../people/people.service.js';
import { SessionModel } from '../programme/models/session.model.js';
import { TrackModel } from '../programme/models/track.model.js';
import { ProgrammeService, type SessionView } from '../programme/programme.service.js';
import type { AgreementMilestoneRow, AgreementPartyRow, AgreementRow } from './agreements.repository.js';
import { AgreementsService } from './agreements.service.js';
import { AgreementFilterInput } from './dto/agreement-filter.input.js';
import { AgreementPartyKind } from './models/agreement-enums.js';
import { AgreementCountryTallyModel, AgreementStatsModel } from './models/agreement-stats.model.js';
import { AgreementConnection, AgreementMilestoneModel, AgreementModel, AgreementPartyModel, MoneyModel } from './models/agreement.model.js';

const isoDate = (value: Date | null): string | null => (value ? value.toISOString().slice(0, 10) : null);

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
    @Args(LANG_ARG) lang?: string,
  ): Promise<Connection<AgreementRow>> {
    useLanguage(ctx, lang);
    return this.agreements.page(this.agreements.seriesScope(series), filter, parsePageArgs({ first, after }));
  }

  @Query(() => AgreementStatsModel, { description: 'Agreement counts and disclosed values of a series or one of its editions; confidential values are never included.' })
  agreementStats(
    @Ctx() ctx: RequestContext,
    @Args('series', { description: 'Series slug, e.g. china-central-asia.' }) series: string,
    @Args('edition', { type: () => Int, nullable: true, description: 'Edition number; all editions when omitted.' }) edition?: number | null,
    @Args(LANG_ARG) lang?: string,
  ): Promise<AgreementStatsModel> {
    useLanguage(ctx, lang);
    return this.agreements.stats(this.agreements.seriesScope(series, edition));
  }

  @ResolveField('title', () => LocalizedString, { description: 'Title of the agreement.' })
  title(@Parent() agreement: AgreementRow, @Ctx() ctx: RequestContext): LocalizedString {
    return localize(agreement.title, ctx.lang);
  }

  @ResolveField('summary', () => LocalizedString, { nullable: true, description: 'What the agreement provides for.' })
  summary(@Parent() agreement: AgreementRow, @Ctx() ctx: RequestContext): LocalizedString | null {
    return localizeOptional(agreement.summary, ctx.lang);
  }

  @ResolveField('value', () => MoneyModel, { nullable: true, description: 'Disclosed value; null when confidential or not reported.' })
  value(@Parent() agreement: AgreementRow): MoneyModel | null {
    if (agreement.confidential || agreement.valueAmount === null || agreement.currency === null) return null;
    return { amount: agreement.valueAmount.toFixed(2), currency: agreement.currency };
  }

  @ResolveField('signedOn', () => String, { nullable: true, description: 'Signing date, YYYY-MM-DD.' })
  signedOn(@Parent() agreement: AgreementRow): string | null {
    return isoDate(agreement.signedOn);
  }

  @ResolveField('edition', () => EditionModel, { nullable: true, description: 'The edition at which it was signed or announced.' })
  edition(@Parent() agreement: AgreementRow, @Ctx() ctx: RequestContext): Promise<EditionRow | null> {
    return this.editions.byId(ctx, agreement.editionId);
  }

  @ResolveField('session', () => SessionModel, { nullable: true, description: 'The session (e.g. signing ceremony) where it was signed.' })
  session(@Parent() agreement: AgreementRow, @Ctx() ctx: RequestContext): Promise<SessionView | null> {
    return this.programme.session(ctx, agreement.sessionId);
  }

  @ResolveField('track', () => TrackModel, { nullable: true, description: 'The thematic track it belongs to.' })
  track(@Parent() agreement: AgreementRow, @Ctx() ctx: RequestContext): Promise<TrackView | null> {
    return this.programme.track(ctx, agreement.trackId);
  }

  @ResolveField('parties', () => [AgreementPartyModel], { description: 'Signatories, in the order the agreement names them.' })
  parties(@Parent() agreement: AgreementRow, @Ctx() ctx: RequestContext): Promise<AgreementPartyRow[]> {
    return this.agreements.parties(ctx, agreement.id);
  }

  @ResolveField('milestones', () => [AgreementMilestoneModel], { description: 'Reported steps since signing, oldest first.' })
  milestones(@Parent() agreement: AgreementRow, @Ctx() ctx: RequestContext): Promise<AgreementMilestoneRow[]> {
    return this.agreements.milestones(ctx, agreement.id);
  }
}

@Resolver(() => EditionModel)
export class EditionAgreementsResolver {
  constructor(private readonly agreements: AgreementsService) {}

  @ResolveField('agreements', () => AgreementConnection, { description: 'Published agreements of this edition, by slug.' })
  agreementsOf(
    @Parent() edition: EditionRow,
    @Args(FILTER_ARG) filter?: AgreementFilterInput | null,
    @Args(FIRST_ARG) first?: number | null,
    @Args(AFTER_ARG) after?: string | null,
  ): Promise<Connection<AgreementRow>> {
    return this.agreements.page({ editionId: edition.id }, filter, parsePageArgs({ first, after }));
  }
}

/** The party's kind from the one reference it carries. */
function partyKind(party: AgreementPartyRow): AgreementPartyKind {
  if (party.organizationId !== null) return 'ORGANIZATION';
  if (party.subdivisionId !== null) return 'SUBNATIONAL_UNIT';
  return 'COUNTRY';
}

@Resolver(() => AgreementPartyModel)
export class AgreementPartyResolver {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly people: PeopleService,
  ) {}

  @ResolveField('kind', () => AgreementPartyKind, { description: 'Which of country, subnationalUnit or organization is set.' })
  kind(@Parent() party: AgreementPartyRow): AgreementPartyKind {
    return partyKind(party);
  }

  @ResolveField('name', () => LocalizedString, { description: 'Name of the country, unit or organization.' })
  async name(@Parent() party: AgreementPartyRow, @Ctx() ctx: RequestContext): Promise<LocalizedString> {
    const kind = partyKind(party);
    const row =
      kind === 'ORGANIZATION'
        ? await this.people.organization(ctx, party.organizationId)
        : kind === 'SUBNATIONAL_UNIT'
          ? await this.catalogue.subdivision(ctx, party.subdivisionId)
          : await this.catalogue.country(ctx, party.countryCode);
    return localize(row?.name, ctx.lang);
  }

  @ResolveField('country', () => CountryModel, { nullable: true, description: 'The country, for a country party.' })
  country(@Parent() party: AgreementPartyRow, @Ctx() ctx: RequestContext): Promise<CountryView | null> {
    return this.catalogue.country(ctx, party.countryCode);
  }

  @ResolveField('subnationalUnit', () => SubnationalUnitModel, { nullable: true, description: 'The province, region or city, for a subnational party.' })
  subnationalUnit(@Parent() party: AgreementPartyRow, @Ctx() ctx: RequestContext): Promise<SubnationalUnitRow | null> {
    return this.catalogue.subdivision(ctx, party.subdivisionId);
  }

  @ResolveField('organization', () => OrganizationModel, { nullable: true, description: 'The organization, for an organization party.' })
  organization(@Parent() party: AgreementPartyRow, @Ctx() ctx: RequestContext): Promise<OrganizationView | null> {
    return this.people.organization(ctx, party.organizationId);
  }
}

@Resolver(() => AgreementMilestoneModel)
export class AgreementMilestoneResolver {
  constructor(private readonly editions: EditionsService) {}

  @ResolveField('date', () => String, { description: 'Date of the step, YYYY-MM-DD.' })
  date(@Parent() milestone: AgreementMilestoneRow): string {
    return milestone.date.toISOString().slice(0, 10);
  }

  @ResolveField('note', () => LocalizedString, { nullable: true, description: 'What happened.' })
  note(@Parent() milestone: AgreementMilestoneRow, @Ctx() ctx: RequestContext): LocalizedString | null {
    return localizeOptional(milestone.note, ctx.lang);
  }

  @ResolveField('edition', () => EditionModel, { nullable: true, description: 'The edition at which the step was reported, if any.' })
  edition(@Parent() milestone: AgreementMilestoneRow, @Ctx() ctx: RequestContext): Promise<EditionRow | null> {
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
