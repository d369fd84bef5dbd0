import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { JobDefinition } from './job-definition.js';
import { getJobDefinitionForVersion, JOBS, jobQueues } from './job-registry.js';
import { outboxJobOptions, queueOptions } from './job-options.js';
import { QUEUE_RETENTION, QUEUES } from './queues.js';

function isJobDefinition(value: unknown): value is JobDefinition {
  return typeof value === 'object' && value !== null && 'id' in value && 'handle' in value;
}

describe('job registry', () => {
  it('registers every definition file, once, each with a handler and a known queue', async () => {
    const files = readdirSync(join(__dirname, 'definitions')).filter((file) => file.endsWith('.job.ts'));
    const modules = await Promise.all(files.map((file) => import(join(__dirname, 'definitions', file)) as Promise<object>));
    const defined = modules.flatMap((exports) => Object.values(exports).filter(isJobDefinition));
    expect(defined.length).toBeGreaterThanOrEqual(files.length);
    for (const def of defined) expect({ id: def.id, registered: JOBS.includes(def) }).toEqual({ id: def.id, registered: true });
    expect(new Set(JOBS.map((job) => job.id)).size).toBe(JOBS.length);
    for (const job of JOBS) {
      expect(typeof job.handle).toBe('function');
      expect(Object.values(QUEUES)).toContain(job.queue);
      expect(Number.isInteger(job.version) && job.version > 0).toBe(true);
    }
  });

  it('derives the queues to consume from the definitions', () => {
    expect(jobQueues()).toEqual([...new Set(JOBS.map((job) => job.queue))]);
    expect(jobQueues()).toContain(QUEUES.documents);
  });
});

describe(getJobDefinitionForVersion.name, () => {
  it('returns the definition for the version it reads', () => {
    expect(getJobDefinitionForVersion('edition.programme.render', 1).id).toBe('edition.programme.render');
  });

  it('refuses another version, permanently, naming both versions', () => {
    let caught: unknown;
    try {
      getJobDefinitionForVersion('edition.programme.render', 2);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'JOB_VERSION_UNKNOWN', permanent: true });
    expect((caught as Error).message).toContain('stored as version 2, but this code reads only version 1');
  });

  it('refuses an unknown id permanently', () => {
    expect(() => getJobDefinitionForVersion('letter.fax', 1)).toThrow(expect.objectContaining({ code: 'JOB_UNKNOWN', permanent: true }));
  });

  it('gives every queue a bounded retention, which every outbox job and queue default carries', () => {
    for (const queue of jobQueues()) {
      const retention = QUEUE_RETENTION[queue];
      for (const keep of [retention.completed, retention.failed]) {
        expect(keep.count).toBeGreaterThan(0);
        expect(keep.age).toBeGreaterThan(0);
      }
      expect(outboxJobOptions('id', queue)).toMatchObject({ jobId: 'id', removeOnComplete: retention.completed, removeOnFail: retention.failed });
      expect(queueOptions(queue).defaultJobOptions).toEqual({ removeOnComplete: retention.completed, removeOnFail: retention.failed });
    }
  });
});
