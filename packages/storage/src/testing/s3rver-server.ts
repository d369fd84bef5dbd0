// A real S3 HTTP API for the tests: s3rver on 127.0.0.1, on a free port, storing under a
// temporary directory. It runs in its own Node process because it signs list continuation
// tokens with DES, which OpenSSL 3 keeps in its legacy provider: that process alone gets
// --openssl-legacy-provider, the tests and the driver run with Node's defaults.
// Each test gets its own bucket through the same SDK the driver uses.
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3StorageOptions } from '../s3/s3-storage.js';

/** s3rver's fixed credentials. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

export interface RunningS3rver {
  endpoint: string;
  /** Creates a fresh bucket and returns the driver options that reach it. */
  newBucket(): Promise<S3StorageOptions>;
  close(): Promise<void>;
}

export async function startS3rver(): Promise<RunningS3rver> {
  const directory = await mkdtemp(join(tmpdir(), 'caravan-s3rver-'));
  const child = spawn(process.execPath, ['--openssl-legacy-provider', require.resolve('s3rver/bin/s3rver.js'), '-d', directory, '-a', '127.0.0.1', '-p', '0', '--silent'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit');
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /S3rver listening on [\d.]+:(\d+)/.exec(output);
      if (match !== null) resolve(Number(match[1]));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`s3rver exited (${code}) before listening: ${output}`)));
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const admin = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: S3RVER_CREDENTIALS });
  let buckets = 0;
  return {
    endpoint,
    async newBucket() {
      buckets += 1;
      const bucket = `test-bucket-${buckets}`;
      await admin.send(new CreateBucketCommand({ Bucket: bucket }));
      return { endpoint, region: 'us-east-1', bucket, forcePathStyle: true, ...S3RVER_CREDENTIALS };
    },
    async close() {
      admin.destroy();
      child.kill('SIGTERM');
      await exited;
      await rm(directory, { recursive: true, force: true });
    },
  };
}
