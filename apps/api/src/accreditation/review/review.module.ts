// Bounded context: the organizer side of accreditation (the queue of applications, their counts,
// the export, and the decisions on them).
import { Module } from '@nestjs/common';
import { ApplicationsRepository } from './applications.repository.js';
import { ApplicationsReviewResolver } from './applications-review.resolver.js';
import { ApplicationsReviewService } from './applications-review.service.js';

@Module({
  providers: [ApplicationsRepository, ApplicationsReviewService, ApplicationsReviewResolver],
  exports: [ApplicationsReviewService],
})
export class ReviewModule {}
