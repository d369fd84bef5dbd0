// Where to go after signing in: only a path on this console, never another site.
export function safeRedirectTarget(target: string | null | undefined, fallback = '/'): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback;
  if (target.startsWith('/sign-in') || target.startsWith('/sign-out')) return fallback;
  return target;
}
