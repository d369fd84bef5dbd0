// The place bookkeeping as a provider, so the concurrency test can swap in the naive
// count-then-insert variant as its negative control (accreditation/capacity.int-spec.ts).
import { Injectable } from '@nestjs/common';
import type { Prisma } from '@caravan/db';
import { firstWaitlisted, freePlace, takePlace } from './places.js';

@Injectable()
export class CategoryPlaces {
  /**
   * Whether a place may be taken by the write's last statement (ApplicationIntake's 'at-commit'):
   * the guarded update decides on the committed count whenever it runs. A count-then-insert
   * check (the negative control) is made before the insert, where such code puts it.
   */
  readonly takesAtCommit: boolean = true;

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
