// Reads of rendered edition documents.
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { visible, VISITOR } from '@caravan/db/read-models';
import { PROGRAMME_DOCUMENT } from '@caravan/jobs/handlers/render-programme';
import { DATABASE } from '../config/config.tokens.js';
import type { EditionDocumentRow } from '../common/db-rows.js';

export type DocumentWithEdition = EditionDocumentRow & { edition: { number: number; series: { slug: string } } };

@Injectable()
export class DocumentsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  programmeDocuments(editionIds: readonly string[]): Promise<DocumentWithEdition[]> {
    return this.db.prisma.editionDocument.findMany({
      where: { editionId: { in: [...editionIds] }, ...PROGRAMME_DOCUMENT },
      include: { edition: { select: { number: true, series: { select: { slug: true } } } } },
    });
  }

  programmeDocumentOf(seriesSlug: string, number: number): Promise<EditionDocumentRow | null> {
    return this.db.prisma.editionDocument.findFirst({
      where: { ...PROGRAMME_DOCUMENT, edition: { AND: [visible('edition', VISITOR), { number, series: { slug: seriesSlug } }] } },
    });
  }
}
