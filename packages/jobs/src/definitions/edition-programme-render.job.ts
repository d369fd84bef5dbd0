// Renders an edition's programme into a document the api can serve (programme.md).
import { z } from 'zod';
import { storeProgrammeDocument } from '../handlers/render-programme.js';
import { defineJob } from '../job-definition.js';
import { QUEUES } from '../queues.js';

export const editionProgrammeRenderJob = defineJob({
  id: 'edition.programme.render',
  version: 1,
  queue: QUEUES.documents,
  payload: z.object({ editionId: z.uuid() }).strict(),
  async handle({ editionId }, { prisma }) {
    await storeProgrammeDocument(prisma, editionId);
  },
});
