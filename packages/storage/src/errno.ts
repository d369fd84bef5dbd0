// The errno code of a failed system call ("ENOENT", …). Checked by shape, not instanceof:
// errors from Node's core can come from another realm (a test sandbox, a worker).
export function errnoCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
