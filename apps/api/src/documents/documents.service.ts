// Programme documents: asking the worker to render one (a public write, rate-limited per client
// address), and finding the rendered one.
import { Inject, Injectable } from '@nestjs/common';
import { editionProgrammeRenderJob } from '@caravan/jobs';
import type { RequestAuth } from '../auth/request-auth.js';
import { API_CONFIG } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';
import type { EditionDocumentRow } from '../common/db-rows.js';
import { notFound } from '../common/errors/app-error.js';
import { byKey, defineLoader, type RequestContext } from '../common/graphql/request-context.js';
import { PublicWriteRunner, type PublicWriteSpec } from '../common/write/public-write-runner.js';
import { EditionsService, type EditionRef } from '../editions/editions.service.js';
import { OutboxDispatcher } from '../jobs/outbox.dispatcher.js';
import { OutboxService, type OutboxRecord } from '../jobs/outbox.service.js';
import { DocumentsRepository, type DocumentWithEdition } from './documents.repository.js';
import type { ProgrammeDocumentModel } from './models/programme-document.model.js';

/** A render costs the worker a whole programme: a handful per address and hour is plenty. */
export const PROGRAMME_DOCUMENT_REQUESTS: Omit<PublicWriteSpec, 'scope'> = {
  name: 'programme-document',
  what: 'programme document requests from this address',
  limit: { points: 10, windowSeconds: 60 * 60 },
  audit: { action: 'create', entityType: 'ProgrammeDocumentRequest' },
};

@Injectable()
export class DocumentsService {
  private readonly documentOf = defineLoader<string, DocumentWithEdition | null>(async (ids) => byKey(ids, await this.repo.programmeDocuments(ids), (d) => d.editionId));

  constructor(
    private readonly repo: DocumentsRepository,
    private readonly editions: EditionsService,
    private readonly outbox: OutboxService,
    private readonly dispatcher: OutboxDispatcher,
    private readonly writes: PublicWriteRunner,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async requestProgramme(ctx: RequestContext, auth: RequestAuth, ref: EditionRef): Promise<OutboxRecord> {
    const edition = await this.editions.get(ctx, ref);
    const record = await this.writes.run(auth, { ...PROGRAMME_DOCUMENT_REQUESTS, scope: { seriesId: edition.seriesId, editionId: edition.id } }, async (tx) => {
      const job = await this.outbox.record(tx, editionProgrammeRenderJob, { editionId: edition.id });
      return { result: job, entityId: job.id, after: { job: editionProgrammeRenderJob.id, editionId: edition.id } };
    });
    // The interval would pick it up too; kicking now saves the visitor a poll interval.
    void this.dispatcher.kick();
    return record;
  }

  async programmeDocument(ctx: RequestContext, editionId: string): Promise<ProgrammeDocumentModel | null> {
    const doc = await this.documentOf.load(ctx, editionId);
    if (!doc) return null;
    return {
      format: doc.format,
      generatedAt: doc.generatedAt.toISOString(),
      checksum: doc.checksum,
      url: this.exportUrl(doc.edition.series.slug, doc.edition.number),
    };
  }

  exportUrl(seriesSlug: string, number: number): string {
    return `${this.config.publicUrl}/export/${encodeURIComponent(seriesSlug)}/${number}/programme.md`;
  }

  async programmeFile(seriesSlug: string, number: number): Promise<EditionDocumentRow> {
    const doc = await this.repo.programmeDocumentOf(seriesSlug, number);
    if (!doc) {
      throw notFound(
        `The programme document of edition ${number} of "${seriesSlug}"`,
        'It has not been rendered yet: run the requestProgrammeDocument mutation and try again once the job is DONE.',
      );
    }
    return doc;
  }
}
