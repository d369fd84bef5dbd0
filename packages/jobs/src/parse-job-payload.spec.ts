import { editionProgrammeRenderJob } from './definitions/edition-programme-render.job.js';
import { JobError } from './job-errors.js';
import { getJobDefinition, JOBS } from './job-registry.js';
import { parseJobPayload } from './parse-job-payload.js';
import { outboxJobOptions } from './job-options.js';
import { QUEUES } from './queues.js';

describe(parseJobPayload.name, () => {
  const editionId = '3f1c2a56-8d0e-4b7a-9c61-2f0d5e4a7b19';

  it('returns the typed payload when it matches the schema', () => {
    expect(parseJobPayload(editionProgrammeRenderJob, { editionId })).toEqual({ editionId });
  });

  it('names the job and the field when a field is wrong', () => {
    let caught: unknown;
    try {
      parseJobPayload(editionProgrammeRenderJob, { editionId: 'eleven' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(JobError);
    expect((caught as JobError).code).toBe('JOB_PAYLOAD_INVALID');
    expect((caught as JobError).message).toContain('edition.programme.render v1');
    expect((caught as JobError).message).toContain('editionId:');
  });

  it('rejects unknown fields so a newer producer is noticed', () => {
    expect(() => parseJobPayload(editionProgrammeRenderJob, { editionId, lang: 'ru' })).toThrow(/edition\.programme\.render/);
  });

  it('rejects a payload that is not an object', () => {
    expect(() => parseJobPayload(editionProgrammeRenderJob, null)).toThrow(/\(payload\)/);
  });
});

describe(getJobDefinition.name, () => {
  it('finds a definition by its id', () => {
    expect(getJobDefinition('edition.programme.render')).toBe(editionProgrammeRenderJob);
    expect(editionProgrammeRenderJob.queue).toBe(QUEUES.documents);
    expect(editionProgrammeRenderJob.version).toBe(1);
  });

  it('lists the known ids when asked for an unknown one', () => {
    expect(() => getJobDefinition('letter.fax')).toThrow(`No job definition has the id "letter.fax"; known ids: ${JOBS.map((job) => job.id).join(', ')}.`);
    expect(JOBS.map((job) => job.id)).toEqual(expect.arrayContaining(['edition.programme.render', 'mail.send']));
  });
});

describe(outboxJobOptions.name, () => {
  it('uses the outbox id as the Bull job id with five exponential attempts and the queue\'s retention', () => {
    expect(outboxJobOptions('abc', 'documents', 250)).toEqual({
      jobId: 'abc',
      attempts: 5,
      backoff: { type: 'exponential', delay: 250 },
      removeOnComplete: { age: 86_400, count: 1_000 },
      removeOnFail: { age: 604_800, count: 5_000 },
    });
  });
});
