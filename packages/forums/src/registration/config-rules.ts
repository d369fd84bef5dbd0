// Rules shared by the configuration schemas (forms, categories): lists without repeats, and the
// core fields that every form has and every category asks, always required.
import type { z } from 'zod';

/** Reports each item whose key an earlier item already has, at `pathOf(index)`. */
export function reportRepeats<T>(
  ctx: z.RefinementCtx,
  items: readonly T[],
  keyOf: (item: T) => string,
  pathOf: (index: number) => PropertyKey[],
  message: (key: string) => string,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: pathOf(index), message: message(key) });
    seen.add(key);
  });
}

/** Reports each of `coreKeys` that `fields` lacks, or does not require, under `path`. */
export function reportCoreFields(
  ctx: z.RefinementCtx,
  coreKeys: readonly string[],
  fields: readonly { key: string; required?: boolean }[],
  path: PropertyKey,
  missing: (key: string) => string,
): void {
  for (const key of coreKeys) {
    const index = fields.findIndex((field) => field.key === key);
    if (index < 0) ctx.addIssue({ code: 'custom', path: [path], message: missing(key) });
    // Stryker disable next-line OptionalChaining: equivalent, findIndex returned an index of an existing field
    else if (fields[index]?.required === false) {
      ctx.addIssue({ code: 'custom', path: [path, index, 'required'], message: `${key} is always required` });
    }
  }
}
