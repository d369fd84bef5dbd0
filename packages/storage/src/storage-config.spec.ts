import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { createStorage, describeStorage, parseStorageEnv, STORAGE_ENV_VARIABLES } from './storage-config.js';
import { Secret } from '@caravan/config/env';

const S3_ENV = {
  STORAGE_DRIVER: 's3',
  STORAGE_S3_ENDPOINT: 'https://storage.example.org',
  STORAGE_S3_REGION: 'eu-central-1',
  STORAGE_S3_BUCKET: 'caravan-participants',
  STORAGE_S3_ACCESS_KEY_ID: 'AKIAEXAMPLEKEY123',
  STORAGE_S3_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI-example-secret-K7MDENG',
  STORAGE_S3_FORCE_PATH_STYLE: 'true',
};

function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe(parseStorageEnv.name, () => {
  it('defaults to the local driver outside production', () => {
    expect(parseStorageEnv({}, 'development')).toEqual({ driver: 'local', root: undefined });
    expect(parseStorageEnv({ STORAGE_LOCAL_ROOT: '/srv/caravan/storage' }, 'test')).toEqual({ driver: 'local', root: '/srv/caravan/storage' });
  });

  it('reads every S3 setting, keeping the credentials wrapped', () => {
    const config = parseStorageEnv(S3_ENV, 'production');
    expect(config).toMatchObject({ driver: 's3', endpoint: 'https://storage.example.org', region: 'eu-central-1', bucket: 'caravan-participants', forcePathStyle: true });
    if (config.driver !== 's3') throw new Error('expected s3');
    expect(config.accessKeyId.reveal()).toBe(S3_ENV.STORAGE_S3_ACCESS_KEY_ID);
    expect(config.secretAccessKey.reveal()).toBe(S3_ENV.STORAGE_S3_SECRET_ACCESS_KEY);
    expect(parseStorageEnv({ ...S3_ENV, STORAGE_S3_ENDPOINT: '', STORAGE_S3_FORCE_PATH_STYLE: '' }, 'production')).toMatchObject({ endpoint: undefined, forcePathStyle: false });
  });

  it('requires the S3 settings in production, naming each missing variable', () => {
    const error = errorOf(() => parseStorageEnv({ STORAGE_S3_BUCKET: 'caravan-participants' }, 'production'));
    expect(error).toMatchObject({ name: 'StorageError', code: 'STORAGE_CONFIG_INVALID' });
    expect(error.message).toBe(
      'Invalid storage configuration: ' +
        'STORAGE_S3_REGION must be set in production (set STORAGE_DRIVER=local to keep files on this machine instead); ' +
        'STORAGE_S3_ACCESS_KEY_ID must be set in production (set STORAGE_DRIVER=local to keep files on this machine instead); ' +
        'STORAGE_S3_SECRET_ACCESS_KEY must be set in production (set STORAGE_DRIVER=local to keep files on this machine instead). ' +
        'Fix the variable and restart.',
    );
  });

  it('keeps files locally in production when STORAGE_DRIVER=local is explicit', () => {
    expect(parseStorageEnv({ STORAGE_DRIVER: 'local', STORAGE_LOCAL_ROOT: '/var/lib/caravan' }, 'production')).toEqual({ driver: 'local', root: '/var/lib/caravan' });
  });

  it('requires the S3 settings whenever STORAGE_DRIVER=s3', () => {
    expect(() => parseStorageEnv({ STORAGE_DRIVER: 's3' }, 'development')).toThrow(/STORAGE_S3_REGION must be set when STORAGE_DRIVER is s3; STORAGE_S3_BUCKET must be set/);
  });

  it('names every bad variable, echoing values that are not credentials', () => {
    const error = errorOf(() =>
      parseStorageEnv({ STORAGE_DRIVER: 'disk', STORAGE_S3_BUCKET: 'Caravan_Files', STORAGE_S3_REGION: 'EU Central', STORAGE_S3_FORCE_PATH_STYLE: 'yes', STORAGE_S3_ENDPOINT: 'ftp://x' }, 'development'),
    );
    expect(error.message).toContain('STORAGE_DRIVER must be local or s3 (got "disk")');
    expect(error.message).toContain('STORAGE_S3_BUCKET must be an S3 bucket name: 3-63 lower-case letters, digits, "." and "-" (got "Caravan_Files")');
    expect(error.message).toContain('STORAGE_S3_REGION must be a region name such as eu-central-1');
    expect(error.message).toContain('STORAGE_S3_FORCE_PATH_STYLE must be true or false (got "yes")');
    expect(error.message).toContain('STORAGE_S3_ENDPOINT must be an http:// or https:// URL;');
  });

  it('never shows a credential, even one placed where it does not belong', () => {
    const secret = 'sup3r-s3cret-value';
    const error = errorOf(() => parseStorageEnv({ ...S3_ENV, STORAGE_S3_ENDPOINT: `https://key:${secret}@storage.example.org`, STORAGE_S3_BUCKET: 'x' }, 'production'));
    expect(error.message).toContain('STORAGE_S3_ENDPOINT must not carry credentials; set STORAGE_S3_ACCESS_KEY_ID and STORAGE_S3_SECRET_ACCESS_KEY instead');
    expect(error.message).not.toContain(secret);
    expect(error.message).not.toContain(S3_ENV.STORAGE_S3_SECRET_ACCESS_KEY);
    expect(error.message).not.toContain(S3_ENV.STORAGE_S3_ACCESS_KEY_ID);
  });

  it('lets the config be logged without its credentials', () => {
    const config = parseStorageEnv(S3_ENV, 'production');
    for (const text of [JSON.stringify(config), inspect(config, { depth: 5 }), `${config.driver === 's3' ? config.secretAccessKey : ''}`, describeStorage(config, { localRoot: '/x' })]) {
      expect(text).not.toContain(S3_ENV.STORAGE_S3_SECRET_ACCESS_KEY);
      expect(text).not.toContain(S3_ENV.STORAGE_S3_ACCESS_KEY_ID);
    }
    expect(JSON.stringify(new Secret('x'))).toBe('"[redacted]"');
    expect(describeStorage(config, { localRoot: '/x' })).toBe('S3 bucket "caravan-participants" in eu-central-1 at https://storage.example.org (path-style)');
    expect(describeStorage({ driver: 'local', root: undefined }, { localRoot: '/repo/.data/storage' })).toBe('local directory /repo/.data/storage');
  });

  it('is documented: the README lists every variable it reads', () => {
    const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
    expect(STORAGE_ENV_VARIABLES.filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });
});

describe(createStorage.name, () => {
  it('builds the local driver on the default root when STORAGE_LOCAL_ROOT is unset', async () => {
    const localRoot = await mkdtemp(join(tmpdir(), 'caravan-config-'));
    try {
      const storage = createStorage(parseStorageEnv({}, 'development'), { localRoot });
      expect(storage.driver).toBe('local');
      await storage.put('editions/e1/photo.jpg', Buffer.from('x'), { contentType: 'image/jpeg' });
      expect(await readdir(join(localRoot, 'editions', 'e1'))).toEqual(['photo.jpg']);
    } finally {
      await rm(localRoot, { recursive: true, force: true });
    }
  });

  it('builds the S3 driver from an S3 config', async () => {
    const storage = createStorage(parseStorageEnv(S3_ENV, 'production'), { localRoot: '/unused' });
    expect(storage.driver).toBe('s3');
    await storage.close();
  });
});
