// The S3 driver: objects in one bucket of S3 or any S3-compatible service (MinIO, Ceph, R2,
// Yandex Object Storage, …), through the AWS SDK v3. Streams go up as multipart uploads
// (@aws-sdk/lib-storage), which S3 assembles only on completion: a failed upload leaves the
// previous object as it was, as the local driver's atomic rename does.
import type { GetObjectCommandOutput, HeadObjectCommandOutput, S3ServiceException } from '@aws-sdk/client-s3';
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  paginateListObjectsV2,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import { bodyChunks } from '../body-chunks.js';
import { errnoCode } from '../errno.js';
import { assertValidKey, assertValidPrefix } from '../object-key.js';
import type { ListedObject, ObjectInfo, ObjectStorage, PutOptions, PutResult, StoredObject } from '../object-storage.js';
import { validatePutOptions } from '../object-storage.js';
import { StorageError } from '../storage-errors.js';

export interface S3StorageOptions {
  /** Service URL for S3-compatible storage; omit for AWS S3 itself. */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Address buckets as <endpoint>/<bucket> rather than <bucket>.<endpoint> (most S3-compatible services, s3rver). */
  forcePathStyle?: boolean;
}

// Multipart parts: S3's minimum part size, two in flight, so one upload holds at most ~10 MiB.
const PART_SIZE = 5 * 1024 * 1024;
const PARTS_IN_FLIGHT = 2;
// DeleteObjects takes at most 1000 keys a request.
const DELETE_BATCH = 1000;

// An answer from the service carries its HTTP status; a network failure (refused, reset,
// timed out) carries the SDK's $metadata too, but no status.
function statusOf(error: unknown): number | undefined {
  return error instanceof Error && '$metadata' in error ? (error as S3ServiceException).$metadata.httpStatusCode : undefined;
}

function isServiceError(error: unknown): error is S3ServiceException {
  return statusOf(error) !== undefined;
}

// The facts GetObject and HeadObject both answer with.
function objectInfo(key: string, response: HeadObjectCommandOutput | GetObjectCommandOutput): ObjectInfo {
  return {
    key,
    size: response.ContentLength ?? 0,
    contentType: response.ContentType ?? 'application/octet-stream',
    metadata: response.Metadata ?? {},
    lastModified: response.LastModified ?? new Date(0),
  };
}

// An endpoint is named in error messages; credentials written into its URL are not.
function withoutUserInfo(endpoint: string): string {
  try {
    const url = new URL(endpoint);
    return url.origin + url.pathname.replace(/\/$/, '');
  } catch {
    return '(invalid endpoint URL)';
  }
}

export function createS3Storage(options: S3StorageOptions): ObjectStorage {
  const { bucket } = options;
  const where = `bucket "${bucket}"${options.endpoint === undefined ? '' : ` at ${withoutUserInfo(options.endpoint)}`}`;
  const client = new S3Client({
    endpoint: options.endpoint,
    region: options.region,
    forcePathStyle: options.forcePathStyle ?? false,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    // Checksums only where S3 requires them: S3-compatible services (and s3rver) do not all
    // accept the newer CRC trailers the SDK would otherwise add to every upload.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });

  // Every failure leaves as a StorageError that names the operation and the key; the SDK's
  // messages carry no credentials, and neither do ours.
  function backendError(operation: string, subject: string, error: unknown): StorageError {
    const name = error instanceof Error ? error.name : 'Error';
    if (name === 'NoSuchBucket') return new StorageError('STORAGE_UNAVAILABLE', `S3 ${where} does not exist; create it or fix the bucket name.`, { cause: error });
    if (!isServiceError(error)) {
      const cause = error instanceof Error ? error.cause : undefined;
      const reason = errnoCode(error) ?? errnoCode(cause) ?? (error instanceof Error ? error.message : String(error));
      return new StorageError('STORAGE_UNAVAILABLE', `S3 ${where} cannot be reached (${operation} ${subject}): ${reason}.`, { cause: error });
    }
    const message = error instanceof Error && error.message !== '' && error.message !== 'UnknownError' ? `: ${error.message}` : '';
    return new StorageError('STORAGE_BACKEND_FAILED', `S3 ${operation} of ${subject} in ${where} failed with ${name} (HTTP ${statusOf(error) ?? '?'})${message}.`, { cause: error });
  }

  async function call<T>(operation: string, subject: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof StorageError) throw error;
      throw backendError(operation, subject, error);
    }
  }

  async function* listFrom(prefix: string): AsyncGenerator<ListedObject> {
    const pages = paginateListObjectsV2({ client }, { Bucket: bucket, Prefix: prefix });
    const iterator = pages[Symbol.asyncIterator]();
    for (;;) {
      const page = await call('list', `"${prefix}"`, () => iterator.next());
      if (page.done === true) return;
      for (const entry of page.value.Contents ?? []) {
        if (entry.Key === undefined) continue;
        yield { key: entry.Key, size: entry.Size ?? 0, lastModified: entry.LastModified ?? new Date(0) };
      }
    }
  }

  return {
    driver: 's3',

    async put(key: string, body: Buffer | Readable, putOptions: PutOptions): Promise<PutResult> {
      assertValidKey(key);
      const { contentType, metadata } = validatePutOptions(putOptions);
      let size = 0;
      let bodyFailure: { error: unknown } | undefined;
      async function* counted(): AsyncGenerator<Buffer> {
        try {
          for await (const chunk of bodyChunks(body)) {
            size += chunk.length;
            yield chunk;
          }
        } catch (error) {
          bodyFailure = { error };
          throw error;
        }
      }
      const upload = new Upload({
        client,
        params: { Bucket: bucket, Key: key, Body: Buffer.isBuffer(body) ? body : Readable.from(counted()), ContentType: contentType, Metadata: metadata },
        partSize: PART_SIZE,
        queueSize: PARTS_IN_FLIGHT,
        leavePartsOnError: false,
      });
      try {
        await upload.done();
      } catch (error) {
        // The caller's stream failed: that is the error to report, not the upload's abort.
        if (bodyFailure !== undefined) throw bodyFailure.error;
        throw error instanceof StorageError ? error : backendError('put', `"${key}"`, error);
      }
      return { key, size: Buffer.isBuffer(body) ? body.length : size };
    },

    async get(key: string): Promise<StoredObject> {
      assertValidKey(key);
      const response = await call('get', `"${key}"`, async () => {
        try {
          return await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        } catch (error) {
          // NoSuchKey on S3; some compatible services answer a bare 404.
          if (statusOf(error) === 404 && (error as Error).name !== 'NoSuchBucket') throw new StorageError('STORAGE_NOT_FOUND', `No stored object "${key}".`);
          throw error;
        }
      });
      if (!(response.Body instanceof Readable)) throw new StorageError('STORAGE_BACKEND_FAILED', `S3 get of "${key}" returned no readable body.`);
      return { ...objectInfo(key, response), body: response.Body };
    },

    async head(key: string): Promise<ObjectInfo | undefined> {
      assertValidKey(key);
      return call('head', `"${key}"`, async () => {
        try {
          return objectInfo(key, await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key })));
        } catch (error) {
          // A HEAD answer has no body, so a missing object comes back as a bare 404.
          if (statusOf(error) === 404) return undefined;
          throw error;
        }
      });
    },

    async delete(key: string): Promise<void> {
      assertValidKey(key);
      await call('delete', `"${key}"`, () => client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key })));
    },

    async deletePrefix(prefix: string): Promise<number> {
      assertValidPrefix(prefix);
      if (prefix === '') throw new StorageError('STORAGE_KEY_INVALID', 'deletePrefix needs a folder prefix such as "editions/<editionId>/"; "" would erase everything.');
      let removed = 0;
      // List the first page again after each batch: what was deleted no longer appears, and no
      // continuation token has to survive the deletions it describes.
      for (;;) {
        const page = await call('list', `"${prefix}"`, () => client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, MaxKeys: DELETE_BATCH })));
        const keys = (page.Contents ?? []).flatMap((entry) => (entry.Key === undefined ? [] : [{ Key: entry.Key }]));
        if (keys.length === 0) return removed;
        const result = await call('deletePrefix', `"${prefix}"`, () => client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys, Quiet: false } })));
        const failed = result.Errors ?? [];
        if (failed.length > 0) {
          const first = failed[0];
          throw new StorageError('STORAGE_BACKEND_FAILED', `S3 deletePrefix "${prefix}" in ${where} could not delete ${failed.length} object(s), e.g. "${first?.Key}": ${first?.Code} ${first?.Message ?? ''}`.trim());
        }
        const deleted = result.Deleted?.length ?? 0;
        if (deleted === 0) throw new StorageError('STORAGE_BACKEND_FAILED', `S3 deletePrefix "${prefix}" in ${where} deleted nothing of ${keys.length} listed object(s).`);
        removed += deleted;
      }
    },

    list(prefix: string): AsyncIterable<ListedObject> {
      assertValidPrefix(prefix);
      return listFrom(prefix);
    },

    async verify(): Promise<void> {
      try {
        await client.send(new HeadBucketCommand({ Bucket: bucket }));
      } catch (error) {
        const status = statusOf(error);
        if (status === 404) throw new StorageError('STORAGE_UNAVAILABLE', `S3 ${where} does not exist; create it or fix the bucket name.`, { cause: error });
        if (status === 403) throw new StorageError('STORAGE_UNAVAILABLE', `S3 ${where} refused the access key; check the credentials and the bucket policy.`, { cause: error });
        throw backendError('verify', 'the bucket', error);
      }
    },

    async close(): Promise<void> {
      client.destroy();
    },
  };
}
