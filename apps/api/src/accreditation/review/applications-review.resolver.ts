// Organizer queries of accreditation: the applications of an edition and their counts.
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { ViewerService } from '../../auth/viewer.service.js';
import type { Connection } from '../../common/pagination/connection.model.js';
import { AFTER_ARG, FIRST_ARG } from '../../common/pagination/page-args.js';
import { ApplicationFilterInput } from './application-filter.js';
import { ApplicationsReviewService } from './applications-review.service.js';
import { ApplicationCountModel, OrganizerApplicationConnectionModel, OrganizerApplicationModel } from './models/organizer-application.model.js';

@Resolver(() => OrganizerApplicationModel)
export class ApplicationsReviewResolver {
  constructor(
    private readonly review: ApplicationsReviewService,
    private readonly viewers: ViewerService,
  ) {}

  @Query(() => OrganizerApplicationConnectionModel, {
    description:
      'Applications of an edition, newest first. Registration officers see the non-media categories, media officers the media ones, series admins all; grants of one edition cover that edition.',
  })
  async applications(
    @Auth() auth: RequestAuth,
    @Args('editionId', { type: () => ID, description: 'Id of the edition.' }) editionId: string,
    @Args('filter', { type: () => ApplicationFilterInput, nullable: true, description: 'Conditions the applications must meet.' }) filter: ApplicationFilterInput | null,
    @Args(FIRST_ARG) first: number | null,
    @Args(AFTER_ARG) after: string | null,
  ): Promise<Connection<OrganizerApplicationModel>> {
    return this.review.list(await this.viewers.viewer(auth), editionId, filter, { first, after });
  }

  @Query(() => [ApplicationCountModel], { description: 'How many applications of the edition are in each category and status, within the categories the reader may see.' })
  async applicationCounts(@Auth() auth: RequestAuth, @Args('editionId', { type: () => ID, description: 'Id of the edition.' }) editionId: string): Promise<ApplicationCountModel[]> {
    return this.review.counts(await this.viewers.viewer(auth), editionId);
  }
}
