// The services jobs use besides the database, built once per process from its environment:
// the SMTP relay (@caravan/mail) and the object storage (@caravan/storage, a directory under
// the data folder by default). The worker and the api (which runs jobs inline without Redis)
// build them the same way, so a job behaves alike in both.
import path from 'node:path';
import type { PrismaClient } from '@caravan/db';
import { createMailer, describeMailConfig, MAIL_ENV_VARIABLES, parseMailEnv, type Mailer, type MailerConfig } from '@caravan/mail';
import { createStorage, describeStorage, parseStorageEnv, STORAGE_ENV_VARIABLES, type ObjectStorage, type StorageConfig } from '@caravan/storage';
import type { JobServicesContext } from './job-definition.js';

export interface JobServicesConfig {
  mail: MailerConfig;
  storage: StorageConfig;
  /** Where the local storage driver keeps files unless STORAGE_LOCAL_ROOT says otherwise. */
  storageRoot: string;
}

/** The environment variables the job services read (the operations guide lists them). */
export const JOB_SERVICES_ENV_VARIABLES: readonly string[] = [...MAIL_ENV_VARIABLES, ...STORAGE_ENV_VARIABLES];

/** The default local storage folder: `storage` inside the platform's data directory. */
export function defaultStorageRoot(dataDir: string): string {
  return path.join(dataDir, 'storage');
}

/**
 * Reads the mail and storage settings; in production a missing SMTP relay or S3 bucket stops
 * the process with an error naming the variable (never echoing a secret).
 */
export function parseJobServicesEnv(
  source: Readonly<Record<string, string | undefined>>,
  nodeEnv: string,
  dataDir: string,
): JobServicesConfig {
  return { mail: parseMailEnv(source, nodeEnv), storage: parseStorageEnv(source, nodeEnv), storageRoot: defaultStorageRoot(dataDir) };
}

export interface JobServices {
  mailer: Mailer;
  storage: ObjectStorage;
  /** One log line saying where mail goes and files are kept, without credentials. */
  describe(): string;
  close(): Promise<void>;
}

export function createJobServices(config: JobServicesConfig): JobServices {
  const mailer = createMailer(config.mail);
  const storage = createStorage(config.storage, { localRoot: config.storageRoot });
  return {
    mailer,
    storage,
    describe: () => `mail: ${describeMailConfig(config.mail)}; files: ${describeStorage(config.storage, { localRoot: config.storageRoot })}`,
    async close() {
      mailer.close();
      await storage.close();
    },
  };
}

/** What runOutboxJob hands, with the outbox row's id, to every handler. */
export function jobContext(prisma: PrismaClient, services: Pick<JobServices, 'mailer' | 'storage'>): JobServicesContext {
  return { prisma, mailer: services.mailer, storage: services.storage };
}
