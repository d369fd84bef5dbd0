// Reads of rendered edition documents and the outbox write that asks for a new one.
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { editionProgrammeRenderJob } from '@caravan/jobs';
import { PROGRAMME_DOCUMENT } from '@caravan/jobs/handlers/render-programme';
import { DATABASE } from '../config/config.tokens.js';
import type { EditionDocumentRow } from '../common/db-rows.js';
import { OutboxService, type OutboxRecord } from '../jobs/outbox.service.js';

export type DocumentWithEdition = EditionDocumentRow & { edition: { number: number; series: { slug: string } } };

@Injectable()
export class DocumentsRepository {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly outbox: OutboxService,
  ) {}

  programmeDocuments(editionIds: readonly string[]): Promise<DocumentWithEdition[]> {
    return this.db.prisma.editionDocument.findMany({
      where: { editionId: { in: [...editionIds] }, ...PROGRAMME_DOCUMENT },
      include: { edition: { select: { number: true, series: { select: { slug: true } } } } },
    });
  }

  programmeDocumentOf(seriesSlug: string, number: number): Promise<EditionDocumentRow | null> {
    return this.db.prisma.editionDocument.findFirst({
      where: { ...PROGRAMME_DOCUMENT, edition: { number, published: true, series: { slug: seriesSlug, published: true } } },
    });
  }

  requestProgramme(editionId: string): Promise<OutboxRecord> {
    return this.db.prisma.$transaction((tx) => this.outbox.record(tx, editionProgrammeRenderJob, { editionId }));
  }
}
