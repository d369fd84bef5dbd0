// The organizers' decisions on applications, each a batch with an outcome per id; each honours
// the Idempotency-Key header (a replay returns the first outcomes and decides nothing again).
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { ViewerService } from '../../auth/viewer.service.js';
import { Idempotency } from '../../idempotency/idempotency.decorator.js';
import type { IdempotencyRequest } from '../../idempotency/idempotency-request.js';
import { MAX_DECISION_IDS } from './decision.inputs.js';
import { DecisionsService, type Decision } from './decisions.service.js';
import { ApplicationDecisionModel } from './models/application-decision.model.js';

const IDS = { type: () => [ID], description: `Ids of the applications, 1 to ${MAX_DECISION_IDS}, all of one edition.` } as const;
const REASON = (required: boolean) =>
  ({ type: () => String, nullable: true, description: required ? 'Why, told to the participant; required.' : 'A note kept with the decision and told to the participant; optional.' }) as const;
const SCOPE = 'Registration officers decide non-media categories, media officers media ones (within the media quotas per outlet and country), series admins all; one id outside the caller’s categories refuses the batch.';

@Resolver(() => ApplicationDecisionModel)
export class DecisionsResolver {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly viewers: ViewerService,
  ) {}

  private async decide(auth: RequestAuth, decision: Decision, ids: string[], reason: string | null, idempotency: IdempotencyRequest | null): Promise<ApplicationDecisionModel[]> {
    return this.decisions.decide(await this.viewers.viewer(auth), decision, { ids, reason }, idempotency);
  }

  @Mutation(() => [ApplicationDecisionModel], {
    description: `Approves submitted or waitlisted applications, each taking a place in its category; a full category answers CATEGORY_FULL for that id and the others proceed. ${SCOPE} Honours the Idempotency-Key header.`,
  })
  approveApplications(@Auth() auth: RequestAuth, @Idempotency() idempotency: IdempotencyRequest | null, @Args('ids', IDS) ids: string[], @Args('reason', REASON(false)) reason: string | null) {
    return this.decide(auth, 'approve', ids, reason, idempotency);
  }

  @Mutation(() => [ApplicationDecisionModel], { description: `Rejects submitted or waitlisted applications. ${SCOPE} Honours the Idempotency-Key header.` })
  rejectApplications(@Auth() auth: RequestAuth, @Idempotency() idempotency: IdempotencyRequest | null, @Args('ids', IDS) ids: string[], @Args('reason', REASON(true)) reason: string | null) {
    return this.decide(auth, 'reject', ids, reason, idempotency);
  }

  @Mutation(() => [ApplicationDecisionModel], { description: `Puts submitted applications on the waitlist, in the order of this call. ${SCOPE} Honours the Idempotency-Key header.` })
  waitlistApplications(@Auth() auth: RequestAuth, @Idempotency() idempotency: IdempotencyRequest | null, @Args('ids', IDS) ids: string[], @Args('reason', REASON(false)) reason: string | null) {
    return this.decide(auth, 'waitlist', ids, reason, idempotency);
  }

  @Mutation(() => [ApplicationDecisionModel], {
    description: `Cancels submitted, waitlisted or approved applications; the place of an approved one goes to the first waitlisted of its category. ${SCOPE} Honours the Idempotency-Key header.`,
  })
  cancelApplications(@Auth() auth: RequestAuth, @Idempotency() idempotency: IdempotencyRequest | null, @Args('ids', IDS) ids: string[], @Args('reason', REASON(true)) reason: string | null) {
    return this.decide(auth, 'cancel', ids, reason, idempotency);
  }
}
