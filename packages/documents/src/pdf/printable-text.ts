// Text a document prints: trimmed, not empty, one line, of a bounded length.
import { z } from 'zod';

// Control characters, and line and paragraph separators: a printed field is one line.
// eslint-disable-next-line no-control-regex
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

export const printableText = (maxLength: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(maxLength, `must be at most ${maxLength} characters`)
    .refine((text) => !LINE_BREAKING.test(text), 'must be one line without control characters');
