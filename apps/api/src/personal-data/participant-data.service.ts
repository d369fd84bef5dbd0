// The participant's side of their personal data, through the mailed link: download all of it (a
// JSON document and their files) and erase it. Erasure through the link is done at once, as an
// organizer's is (participant-erasure.ts); the link opens nothing afterwards.
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import type { JobServices } from '@caravan/jobs';
import type { StoredObject } from '@caravan/storage';
import { MagicLinks } from '../accreditation/magic-links.js';
import { PassportVault } from '../accreditation/passport-vault.js';
import type { RequestAuth } from '../auth/request-auth.js';
import { AppError, notFound } from '../common/errors/app-error.js';
import { PublicWriteRunner } from '../common/write/public-write-runner.js';
import { API_CONFIG, DATABASE, JOB_SERVICES } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';
import { QUEUE_MAP, type QueueMap } from '../jobs/queues.provider.js';
import type { PersonalDataExportModel } from './models/personal-data-export.model.js';
import { eraseParticipantRows, isErased, purgeErasedFiles } from './participant-erasure.js';
import { participantFiles, personalDataExport } from './personal-data-export.js';

const ERASURE_LIMIT = { points: 5, windowSeconds: 60 };

const linkErased = (): AppError =>
  new AppError('APPLICATION_LINK_INVALID', 'The personal data of this application has been erased; the link opens nothing any more.', [{ field: 'token', reason: 'opens an erased application' }]);

@Injectable()
export class ParticipantDataService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(JOB_SERVICES) private readonly services: JobServices,
    @Inject(QUEUE_MAP) private readonly queues: QueueMap,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly links: MagicLinks,
    private readonly writes: PublicWriteRunner,
    private readonly passports: PassportVault,
  ) {}

  /** The application a link opens, refused once erased. */
  private async open(token: string) {
    const id = await this.links.applicationId(token);
    const application = await this.database.prisma.application.findUnique({ where: { id }, select: { id: true, email: true, editionId: true, photoKey: true, edition: { select: { seriesId: true } } } });
    if (!application) throw new AppError('APPLICATION_LINK_INVALID', 'This application no longer exists.', [{ field: 'token', reason: 'opens no application' }]);
    if (isErased(application)) throw linkErased();
    return application;
  }

  /** Where one of the participant's files is downloaded (the token is the credential, as in the portal's link). */
  fileUrl(token: string, name: string): string {
    return `${this.config.publicUrl}/registration/my-data/files/${encodeURIComponent(name)}?token=${encodeURIComponent(token)}`;
  }

  async export(token: string): Promise<PersonalDataExportModel> {
    const application = await this.open(token);
    const data = await personalDataExport(this.database.prisma, this.services.storage, application.id, (name) => this.fileUrl(token, name), (stored) =>
      this.passports.open(application.id, stored),
    );
    return { exportedAt: String(data['exportedAt']), data };
  }

  async file(token: string, name: string): Promise<StoredObject> {
    const application = await this.open(token);
    const file = (await participantFiles(this.services.storage, application)).find((candidate) => candidate.name === name);
    if (!file) throw notFound(`The file ${name}`, 'myPersonalData lists the files there are.');
    return this.services.storage.get(file.key);
  }

  async erase(auth: RequestAuth, token: string): Promise<boolean> {
    const application = await this.open(token);
    const scope = { seriesId: application.edition.seriesId, editionId: application.editionId };
    const plan = await this.writes.run(
      auth,
      { name: 'personal-data-erasure', what: 'erasure requests', limit: ERASURE_LIMIT, scope, audit: { action: 'delete', entityType: 'Application' } },
      async (tx) => ({ result: await eraseParticipantRows(tx, application.id), entityId: application.id, after: { erased: true, by: 'PARTICIPANT' } }),
    );
    await purgeErasedFiles(plan, this.services.storage, this.queues);
    return true;
  }
}
