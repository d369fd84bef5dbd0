// Programme documents: asking the worker to render one, and finding the rendered one.
import { Inject, Injectable } from '@nestjs/common';
import { API_CONFIG } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';
import type { EditionDocumentRow } from '../common/db-rows.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { byKey, type RequestContext } from '../common/graphql/request-context.js';
import { EditionsService, type EditionRef } from '../editions/editions.service.js';
import { OutboxDispatcher } from '../jobs/outbox.dispatcher.js';
import type { OutboxRecord } from '../jobs/outbox.service.js';
import { DocumentsRepository } from './documents.repository.js';
import type { ProgrammeDocumentModel } from './models/programme-document.model.js';

@Injectable()
export class DocumentsService {
  constructor(
    private readonly repo: DocumentsRepository,
    private readonly editions: EditionsService,
    private readonly dispatcher: OutboxDispatcher,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async requestProgramme(ref: EditionRef): Promise<OutboxRecord> {
    const edition = await this.editions.get(ref);
    const record = await this.repo.requestProgramme(edition.id);
    // The interval would pick it up too; kicking now saves the visitor a poll interval.
    void this.dispatcher.kick();
    return record;
  }

  async programmeDocument(ctx: RequestContext, editionId: string): Promise<ProgrammeDocumentModel | null> {
    const doc = await ctx.loaders
      .get('documents.programmeByEdition', async (ids) => byKey(ids, await this.repo.programmeDocuments(ids), (d) => d.editionId))
      .load(editionId);
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
      throw new NotFoundError(
        `The programme document of edition ${number} of "${seriesSlug}"`,
        'It has not been rendered yet: run the requestProgrammeDocument mutation and try again once the job is DONE.',
      );
    }
    return doc;
  }
}
