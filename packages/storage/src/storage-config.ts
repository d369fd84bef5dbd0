// Storage settings, parsed once at boot from the environment: which driver, and where the
// objects live. A bad or missing variable stops the process with a message naming it; the S3
// credentials are never echoed, and stay wrapped in Secret so that logging the config is safe.
import { z } from 'zod';
import type { ObjectStorage } from './object-storage.js';
import { createLocalStorage } from './local/local-storage.js';
import { createS3Storage } from './s3/s3-storage.js';
import { Secret } from '@caravan/config/env';
import { StorageError } from './storage-errors.js';

// Blank variables (FOO= in a .env file) mean "not set", as they do for most tools.
const blankAsUnset = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsUnset, schema.optional());

const EnvSchema = z.object({
  STORAGE_DRIVER: optional(z.enum(['local', 's3'], { error: 'must be local or s3' })),
  STORAGE_LOCAL_ROOT: optional(z.string()),
  STORAGE_S3_ENDPOINT: optional(
    z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).refine((value) => !/^[a-z]+:\/\/[^/]*@/i.test(value), {
      error: 'must not carry credentials; set STORAGE_S3_ACCESS_KEY_ID and STORAGE_S3_SECRET_ACCESS_KEY instead',
    }),
  ),
  STORAGE_S3_REGION: optional(z.string().regex(/^[a-z0-9-]{1,64}$/, 'must be a region name such as eu-central-1 (lower-case letters, digits, "-")')),
  STORAGE_S3_BUCKET: optional(z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name: 3-63 lower-case letters, digits, "." and "-"')),
  STORAGE_S3_ACCESS_KEY_ID: optional(z.string()),
  STORAGE_S3_SECRET_ACCESS_KEY: optional(z.string()),
  STORAGE_S3_FORCE_PATH_STYLE: optional(z.enum(['true', 'false'], { error: 'must be true or false' })),
});

/** The variables the storage reads; the README lists the same names (a test checks). */
export const STORAGE_ENV_VARIABLES = Object.keys(EnvSchema.shape) as (keyof typeof EnvSchema.shape)[];

// Values that may be quoted back in an error message. The rest may hold credentials.
const ECHOED = new Set<string>(['STORAGE_DRIVER', 'STORAGE_LOCAL_ROOT', 'STORAGE_S3_REGION', 'STORAGE_S3_BUCKET', 'STORAGE_S3_FORCE_PATH_STYLE']);
const REQUIRED_FOR_S3 = ['STORAGE_S3_REGION', 'STORAGE_S3_BUCKET', 'STORAGE_S3_ACCESS_KEY_ID', 'STORAGE_S3_SECRET_ACCESS_KEY'] as const;

export interface LocalStorageConfig {
  driver: 'local';
  /** STORAGE_LOCAL_ROOT when set; otherwise the caller's default (the launcher's <repo>/.data/storage). */
  root: string | undefined;
}

export interface S3StorageConfig {
  driver: 's3';
  endpoint: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: Secret;
  secretAccessKey: Secret;
  forcePathStyle: boolean;
}

export type StorageConfig = LocalStorageConfig | S3StorageConfig;

/**
 * Reads the storage settings. Outside production the default driver is local; in production it
 * is s3, and the S3 variables are required unless STORAGE_DRIVER=local is set explicitly.
 */
export function parseStorageEnv(source: Readonly<Record<string, string | undefined>>, nodeEnv: string | undefined): StorageConfig {
  const production = nodeEnv === 'production';
  const result = EnvSchema.safeParse(source);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        const raw = source[name];
        return `${name} ${issue.message}${raw !== undefined && ECHOED.has(name) ? ` (got "${raw}")` : ''}`;
      });
  const driver = result.success ? (result.data.STORAGE_DRIVER ?? (production ? 's3' : 'local')) : undefined;
  if (result.success && driver === 's3') {
    const why = result.data.STORAGE_DRIVER === undefined ? 'in production (set STORAGE_DRIVER=local to keep files on this machine instead)' : 'when STORAGE_DRIVER is s3';
    for (const name of REQUIRED_FOR_S3) {
      if (result.data[name] === undefined) problems.push(`${name} must be set ${why}`);
    }
  }
  if (!result.success || problems.length > 0) {
    throw new StorageError('STORAGE_CONFIG_INVALID', `Invalid storage configuration: ${problems.join('; ')}. Fix the variable and restart.`);
  }
  const env = result.data;
  if (driver === 'local') return { driver: 'local', root: env.STORAGE_LOCAL_ROOT };
  return {
    driver: 's3',
    endpoint: env.STORAGE_S3_ENDPOINT,
    region: env.STORAGE_S3_REGION as string,
    bucket: env.STORAGE_S3_BUCKET as string,
    accessKeyId: new Secret(env.STORAGE_S3_ACCESS_KEY_ID as string),
    secretAccessKey: new Secret(env.STORAGE_S3_SECRET_ACCESS_KEY as string),
    forcePathStyle: env.STORAGE_S3_FORCE_PATH_STYLE === 'true',
  };
}

/** The storage a config describes; `defaultLocalRoot` serves when STORAGE_LOCAL_ROOT is unset. */
export function createStorage(config: StorageConfig, defaults: { localRoot: string }): ObjectStorage {
  if (config.driver === 'local') return createLocalStorage({ root: config.root ?? defaults.localRoot });
  return createS3Storage({
    endpoint: config.endpoint,
    region: config.region,
    bucket: config.bucket,
    accessKeyId: config.accessKeyId.reveal(),
    secretAccessKey: config.secretAccessKey.reveal(),
    forcePathStyle: config.forcePathStyle,
  });
}

/** One line for the boot log, without credentials. */
export function describeStorage(config: StorageConfig, defaults: { localRoot: string }): string {
  if (config.driver === 'local') return `local directory ${config.root ?? defaults.localRoot}`;
  return `S3 bucket "${config.bucket}" in ${config.region}${config.endpoint === undefined ? '' : ` at ${config.endpoint}`}${config.forcePathStyle ? ' (path-style)' : ''}`;
}
