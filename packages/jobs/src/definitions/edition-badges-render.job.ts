// Renders an edition's badges for one BadgeRenderRun (see handlers/render-badges.ts).
import { z } from 'zod';
import { renderEditionBadges } from '../handlers/render-badges.js';
import { defineJob } from '../job-definition.js';
import { QUEUES } from '../queues.js';

export const editionBadgesRenderJob = defineJob({
  id: 'edition.badges.render',
  version: 1,
  queue: QUEUES.documents,
  payload: z.object({ runId: z.uuid() }).strict(),
  async handle({ runId }, { prisma, storage }) {
    await renderEditionBadges(prisma, storage, runId);
  },
});
