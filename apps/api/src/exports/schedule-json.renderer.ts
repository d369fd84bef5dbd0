// schedule.json: the frab/pretalx schedule document as JSON (c3voc schema, draft-06).
import type { ProgrammeExport } from './export.models.js';
import { buildSchedule } from './schedule.builder.js';

export function renderScheduleJson(model: ProgrammeExport): string {
  return `${JSON.stringify(buildSchedule(model), null, 2)}\n`;
}
