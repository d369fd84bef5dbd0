// The statements root query, Edition.statements, and the fields of Statement.
import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { LANG_ARG } from '../common/graphql/resolver-helpers.js';
import type { Connection } from '../common/pagination/connection.model.js';
import { AFTER_ARG, FIRST_ARG, parsePageArgs } from '../common/pagination/page-args.js';
import { EditionsService } from '../editions/editions.service.js';
import type { EditionView } from '../editions/editions.views.js';
import { EditionModel } from '../editions/models/edition.model.js';
import { PersonModel } from '../people/models/person.model.js';
import { PeopleService } from '../people/people.service.js';
import type { PersonView } from '../people/people.views.js';
import { SessionModel } from '../programme/models/session.model.js';
import { ProgrammeService } from '../programme/programme.service.js';
import type { SessionView } from '../programme/programme.views.js';
import { StatementConnection, StatementModel } from './models/statement.model.js';
import type { StatementView } from './statements.views.js';
import { StatementsService } from './statements.service.js';

@Resolver(() => StatementModel)
export class StatementsResolver {
  constructor(
    private readonly statements: StatementsService,
    private readonly people: PeopleService,
    private readonly programme: ProgrammeService,
    private readonly editions: EditionsService,
  ) {}

  @Query(() => StatementConnection, { name: 'statements', description: 'Published statements of a series, optionally of one edition or person.' })
  statementList(
    @Ctx() ctx: RequestContext,
    @Args('series', { description: 'Series slug, e.g. china-central-asia.' }) series: string,
    @Args('edition', { type: () => Int, nullable: true, description: 'Edition number.' }) edition?: number | null,
    @Args('person', { type: () => String, nullable: true, description: 'Person slug.' }) person?: string | null,
    @Args(FIRST_ARG) first?: number | null,
    @Args(AFTER_ARG) after?: string | null,
    @Args(LANG_ARG) _lang?: string,
  ): Promise<Connection<StatementView>> {
    return this.statements.page(ctx, { series, edition, person }, parsePageArgs({ first, after }));
  }

  @ResolveField('person', () => PersonModel, { nullable: true, description: 'Who said it.' })
  person(@Parent() statement: StatementView, @Ctx() ctx: RequestContext): Promise<PersonView | null> {
    return this.people.person(ctx, statement.personId);
  }

  @ResolveField('session', () => SessionModel, { nullable: true, description: 'The session in which it was said.' })
  session(@Parent() statement: StatementView, @Ctx() ctx: RequestContext): Promise<SessionView | null> {
    return this.programme.session(ctx, statement.editionId, statement.sessionId);
  }

  @ResolveField('edition', () => EditionModel, { nullable: true, description: 'The edition at which it was said.' })
  edition(@Parent() statement: StatementView, @Ctx() ctx: RequestContext): Promise<EditionView | null> {
    return this.editions.byId(ctx, statement.editionId);
  }
}

@Resolver(() => EditionModel)
export class EditionStatementsResolver {
  constructor(private readonly statements: StatementsService) {}

  @ResolveField('statements', () => [StatementModel], { description: 'Published statements made at this edition.' })
  statementsOf(@Parent() edition: EditionView, @Ctx() ctx: RequestContext): Promise<StatementView[]> {
    return this.statements.ofEdition(ctx, edition.id);
  }
}
