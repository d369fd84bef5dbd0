// Organizers' badge operations (thin: arguments in, service call, model out).
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../auth/request-auth.js';
import { BadgesService } from './badges.service.js';
import { BadgeModel, BadgePdfModel, BadgeRenderRunModel } from './models/badge.model.js';

const REASON = { description: 'Why, kept in the audit trail (e.g. "lost at the hotel").' } as const;

@Resolver(() => BadgeModel)
export class BadgesResolver {
  constructor(private readonly badges: BadgesService) {}

  @Mutation(() => BadgeModel, { description: 'The badge of an approved application, issued with the edition’s next badge number when it has none; needs badge.issue.' })
  issueBadge(@Auth() auth: RequestAuth, @Args('applicationId', { type: () => ID }) applicationId: string) {
    return this.badges.issue(auth, applicationId);
  }

  @Mutation(() => BadgeModel, { description: 'Signs a new code for the badge (lost or compromised): codes with an older serial stop admitting. Needs badge.issue.' })
  rotateBadge(@Auth() auth: RequestAuth, @Args('badgeId', { type: () => ID }) badgeId: string, @Args('reason', REASON) reason: string) {
    return this.badges.rotate(auth, badgeId, reason);
  }

  @Mutation(() => BadgeModel, { description: 'Revokes the badge: none of its codes admits any more. Needs badge.issue.' })
  revokeBadge(@Auth() auth: RequestAuth, @Args('badgeId', { type: () => ID }) badgeId: string, @Args('reason', REASON) reason: string) {
    return this.badges.revoke(auth, badgeId, reason);
  }

  @Query(() => BadgePdfModel, { description: 'The application’s badge as an A6 PDF; needs registration.read.' })
  badgePdf(@Auth() auth: RequestAuth, @Args('applicationId', { type: () => ID }) applicationId: string) {
    return this.badges.pdf(auth, applicationId);
  }

  @Mutation(() => BadgeRenderRunModel, {
    description: 'Issues the missing badges of the edition’s approved applications and has the worker render every active badge: one merged PDF and one per participant. Watch it with badgeRenderRun; stop it with cancelBadgeRender. Needs badge.issue.',
  })
  renderEditionBadges(
    @Auth() auth: RequestAuth,
    @Args('series', { description: 'Series slug.' }) series: string,
    @Args('number', { type: () => Int, description: 'Edition number.' }) number: number,
  ) {
    return this.badges.startRender(auth, series, number);
  }

  @Mutation(() => BadgeRenderRunModel, { description: 'Stops a rendering of badges: a queued one at once, a running one at its next badge. Needs badge.issue.' })
  cancelBadgeRender(@Auth() auth: RequestAuth, @Args('runId', { type: () => ID }) runId: string) {
    return this.badges.cancelRender(auth, runId);
  }

  @Query(() => BadgeRenderRunModel, { description: 'A rendering of an edition’s badges and its progress; needs registration.read.' })
  badgeRenderRun(@Auth() auth: RequestAuth, @Args('runId', { type: () => ID }) runId: string) {
    return this.badges.renderRun(auth, runId);
  }
}
