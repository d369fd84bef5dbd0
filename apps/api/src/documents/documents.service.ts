// Programme documents: asking the worker to render one (an organizer's write: the render costs
// the worker a whole programme, so visitors may not queue it), and finding the rendered one.
// An edition has at most one render waiting: asking again while one is PENDING or DISPATCHED
// answers that job rather than queueing another.
import { Inject, Injectable } from '@nestjs/common';
import { editionProgrammeRenderJob } from '@caravan/jobs';
import type { RequestAuth } from '../auth/request-auth.js';
import { API_CONFIG } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';
import type { EditionDocumentRow } from '../common/db-rows.js';
import { notFound } from '../common/errors/app-error.js';
import { byKey, defineLoader, type RequestContext } from '../common/graphql/request-context.js';
import { MutationRunner, type MutationSpec } from '../common/write/mutation-runner.js';
import { ScopeResolver } from '../common/write/scope-resolver.js';
import type { EditionRef } from '../editions/editions.service.js';
import { OutboxDispatcher } from '../jobs/outbox.dispatcher.js';
import { OutboxService, type OutboxRecord } from '../jobs/outbox.service.js';
import { DocumentsRepository, type DocumentWithEdition } from './documents.repository.js';
import type { ProgrammeDocumentModel } from './models/programme-document.model.js';

export const PROGRAMME_DOCUMENT_REQUESTS: Omit<MutationSpec, 'scope'> = {
  action: 'programme.edit',
  audit: { action: 'create', entityType: 'ProgrammeDocumentRequest' },
};

/** Outbox states of a job that has not run yet. */
const WAITING = ['PENDING', 'DISPATCHED'] as const;

@Injectable()
export class DocumentsService {
  private readonly documentOf = defineLoader<string, DocumentWithEdition | null>(async (ids) => byKey(ids, await this.repo.programmeDocuments(ids), (d) => d.editionId));

  constructor(
    private readonly repo: DocumentsRepository,
    private readonly scopes: ScopeResolver,
    private readonly outbox: OutboxService,
    private readonly dispatcher: OutboxDispatcher,
    private readonly writes: MutationRunner,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async requestProgramme(auth: RequestAuth, ref: EditionRef): Promise<OutboxRecord> {
    const scope = await this.scopes.edition(ref.series, ref.number);
    const editionId = scope.editionId;
    const record = await this.writes.run(auth, { ...PROGRAMME_DOCUMENT_REQUESTS, scope }, async (tx) => {
      // Serialises requests for one edition, so two at once cannot both find none waiting.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`programme-document:${editionId}`}, 0))`;
      const waiting = await tx.outboxJob.findFirst({
        where: { name: editionProgrammeRenderJob.id, status: { in: [...WAITING] }, payload: { path: ['editionId'], equals: editionId } },
        orderBy: { createdAt: 'asc' },
        select: { id: true, status: true },
      });
      const job = waiting ?? (await this.outbox.record(tx, editionProgrammeRenderJob, { editionId }));
      return { result: job, entityId: job.id, after: { job: editionProgrammeRenderJob.id, editionId, reused: waiting !== null } };
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
