// Bounded context: the organizer side of accreditation (the queue of applications, their counts,
// the export, and the decisions on them).
import { Module } from '@nestjs/common';
import { AccreditationModule } from '../accreditation.module.js';
import { ApplicationHistoryResolver } from './application-history.resolver.js';
import { ApplicationPhotoController } from './application-photo.controller.js';
import { ApplicationsRepository } from './applications.repository.js';
import { ApplicationsReviewResolver } from './applications-review.resolver.js';
import { ApplicationsReviewService } from './applications-review.service.js';
import { DecisionsResolver } from './decisions.resolver.js';
import { DecisionsService } from './decisions.service.js';

@Module({
  imports: [AccreditationModule],
  controllers: [ApplicationPhotoController],
  providers: [ApplicationHistoryResolver, ApplicationsRepository, ApplicationsReviewService, ApplicationsReviewResolver, DecisionsService, DecisionsResolver],
  exports: [ApplicationsReviewService],
})
export class ReviewModule {}
