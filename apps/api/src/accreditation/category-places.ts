// The place bookkeeping as a provider, so the concurrency test can swap in the naive
// count-then-insert variant as its negative control (accreditation/capacity.int-spec.ts).
import { Injectable } from '@nestjs/common';
import type { Prisma } from '@caravan/db';
import { firstWaitlisted, freePlace, takePlace } from './places.js';

@Injectable()
export class CategoryPlaces {
  take(tx: Prisma.TransactionClient, categoryId: string): Promise<boolean> {
    return takePlace(tx, categoryId);
  }

  free(tx: Prisma.TransactionClient, categoryId: string): Promise<void> {
    return freePlace(tx, categoryId);
  }

  firstWaitlisted(tx: Prisma.TransactionClient, categoryId: string): Promise<string | null> {
    return firstWaitlisted(tx, categoryId);
  }
}
