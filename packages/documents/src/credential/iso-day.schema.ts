// A calendar day written YYYY-MM-DD that exists (no 30 February), as a schema.
import { z } from 'zod';
import { dayNumber } from './calendar-day.js';

export const ZIsoDay = z.string().refine((value) => dayNumber(value) !== undefined, 'must be a real date written YYYY-MM-DD');
