// WOFF2 to TrueType with wawoff2 (Google's woff2 compiled to WebAssembly). Its result is a
// view of the module's memory that the next call overwrites, so calls run one at a time and
// each result is copied out before the next call starts.
import { decompress } from 'wawoff2';

/** Wraps an async function so that its calls run one after another, in call order. */
export function serialized<A extends unknown[], R>(run: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  let queue: Promise<unknown> = Promise.resolve();
  return (...args) => {
    const result = queue.then(() => run(...args));
    queue = result.catch(() => undefined);
    return result;
  };
}

/** The TrueType font of a WOFF2 file, in a buffer of its own. */
export const woff2ToTrueType = serialized(async (woff2: Uint8Array): Promise<Buffer> => Buffer.from(await decompress(woff2)));
