// Organizers' side of participants' personal data: read a participant's passport data (registration
// officers of the edition) and erase (anonymise) a participant. The database
// part runs through the MutationRunner (authorization, audit, one transaction); the person's files
// and queued jobs are removed after the commit (participant-erasure.ts).
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import type { JobServices } from '@caravan/jobs';
import { PassportVault } from '../accreditation/passport-vault.js';
import { requireScope } from '../auth/policy/require-scope.js';
import type { RequestAuth } from '../auth/request-auth.js';
import { ViewerService } from '../auth/viewer.service.js';
import { notFound } from '../common/errors/app-error.js';
import { MutationRunner } from '../common/write/mutation-runner.js';
import { DATABASE, JOB_SERVICES } from '../config/config.tokens.js';
import { QUEUE_MAP, type QueueMap } from '../jobs/queues.provider.js';
import type { ErasedParticipantModel } from './models/erased-participant.model.js';
import type { PassportDataModel } from './models/passport-data.model.js';
import { eraseParticipantRows, purgeErasedFiles } from './participant-erasure.js';

@Injectable()
export class PersonalDataService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(JOB_SERVICES) private readonly services: JobServices,
    @Inject(QUEUE_MAP) private readonly queues: QueueMap,
    private readonly writes: MutationRunner,
    private readonly viewers: ViewerService,
    private readonly passports: PassportVault,
  ) {}

  /** The application's passport data, for the edition's registration officers (registration.read); null when none was given. */
  async passport(auth: RequestAuth, applicationId: string): Promise<PassportDataModel | null> {
    const row = await this.database.prisma.application.findUnique({ where: { id: applicationId }, select: { editionId: true, passportEncrypted: true, edition: { select: { seriesId: true } } } });
    if (!row) throw notFound(`Application ${applicationId}`, 'Check the id; applications lists an edition’s applications.');
    requireScope(await this.viewers.viewer(auth), 'registration.read', { seriesId: row.edition.seriesId, editionId: row.editionId });
    const passport = this.passports.open(applicationId, row.passportEncrypted);
    return passport ? { applicationId, ...passport } : null;
  }

  async erase(auth: RequestAuth, applicationId: string): Promise<ErasedParticipantModel> {
    const row = await this.database.prisma.application.findUnique({ where: { id: applicationId }, select: { reference: true, editionId: true, edition: { select: { seriesId: true } } } });
    if (!row) throw notFound(`Application ${applicationId}`, 'Check the id; applications lists an edition’s applications.');
    const scope = { seriesId: row.edition.seriesId, editionId: row.editionId };
    const plan = await this.writes.run(auth, { action: 'registration.edit', scope, audit: { action: 'delete', entityType: 'Application' } }, async (tx) => {
      const erased = await eraseParticipantRows(tx, applicationId);
      // The audit row says that and when, never whom: the reference is not personal data.
      return { result: erased, entityId: applicationId, after: { erased: true, reference: row.reference } };
    });
    await purgeErasedFiles(plan, this.services.storage, this.queues);
    return {
      applicationId,
      reference: row.reference,
      erasedAt: new Date().toISOString(),
      filesRemoved: plan.storagePrefixes.length + plan.storageKeys.length,
      jobsCleared: plan.outboxJobs.length,
    };
  }
}
