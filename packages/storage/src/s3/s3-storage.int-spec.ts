import { createServer } from 'node:net';
import type { RunningS3rver } from '../testing/s3rver-server.js';
import { startS3rver } from '../testing/s3rver-server.js';
import { describeStorageContract } from '../testing/storage-contract.js';
import { createS3Storage } from './s3-storage.js';

let s3rver: RunningS3rver;

beforeAll(async () => {
  s3rver = await startS3rver();
});

afterAll(async () => {
  await s3rver.close();
});

describeStorageContract(createS3Storage.name, async () => {
  const storage = createS3Storage(await s3rver.newBucket());
  return { storage, close: () => storage.close() };
});

// A port on loopback with nothing listening: connections are refused at once.
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe(createS3Storage.name, () => {
  it('fails verify with STORAGE_UNAVAILABLE naming a bucket that does not exist', async () => {
    const storage = createS3Storage({ ...(await s3rver.newBucket()), bucket: 'no-such-bucket' });
    try {
      await expect(storage.verify()).rejects.toMatchObject({
        code: 'STORAGE_UNAVAILABLE',
        message: `S3 bucket "no-such-bucket" at ${s3rver.endpoint} does not exist; create it or fix the bucket name.`,
      });
      await expect(storage.put('editions/e1/photo.jpg', Buffer.from('x'), { contentType: 'image/jpeg' })).rejects.toMatchObject({ code: 'STORAGE_UNAVAILABLE' });
    } finally {
      await storage.close();
    }
  });

  // s3rver checks the access key id, not the V4 signature, so a wrong key id is what it refuses.
  it('fails verify and puts when the access key is refused, without ever showing the credentials', async () => {
    const credentials = { accessKeyId: 'NOT-A-KEY-7HQ2X', secretAccessKey: 'secret-Zq93LxVb7-never-shown' };
    const storage = createS3Storage({ ...(await s3rver.newBucket()), ...credentials });
    try {
      const verifyError = await storage.verify().then(() => undefined, (caught: unknown) => caught);
      expect(verifyError).toMatchObject({ code: 'STORAGE_UNAVAILABLE', message: expect.stringMatching(/^S3 bucket "test-bucket-\d+" at .* refused the access key; check the credentials/) });
      const putError = await storage.put('editions/e1/photo.jpg', Buffer.from('x'), { contentType: 'image/jpeg' }).then(() => undefined, (caught: unknown) => caught);
      expect(putError).toMatchObject({
        code: 'STORAGE_BACKEND_FAILED',
        message: expect.stringMatching(/^S3 put of "editions\/e1\/photo.jpg" in bucket "test-bucket-\d+" .* failed with InvalidAccessKeyId \(HTTP 403\)/),
      });
      for (const error of [verifyError, putError]) {
        expect(String((error as Error).message)).not.toContain(credentials.accessKeyId);
        expect(String((error as Error).message)).not.toContain(credentials.secretAccessKey);
      }
    } finally {
      await storage.close();
    }
  });

  it('fails with STORAGE_UNAVAILABLE naming the endpoint, without credentials written into its URL, when nothing answers there', async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}`;
    const storage = createS3Storage({ endpoint: endpoint.replace('http://', 'http://user:url-secret-41@'), region: 'us-east-1', bucket: 'caravan', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true });
    try {
      const error = await storage.head('editions/e1/photo.jpg').then(() => undefined, (caught: unknown) => caught);
      expect(error).toMatchObject({ code: 'STORAGE_UNAVAILABLE' });
      expect((error as Error).message).not.toContain('url-secret-41');
      expect((error as Error).message).toMatch(new RegExp(`^S3 bucket "caravan" at ${endpoint} cannot be reached \\(head "editions/e1/photo.jpg"\\): .*ECONNREFUSED`));
    } finally {
      await storage.close();
    }
  });
});
