// Injection tokens of the auth module.
export const AUTH_SECRET = Symbol('AUTH_SECRET');
export const ACCESS_TOKENS = Symbol('ACCESS_TOKENS');
export const CLOCK = Symbol('CLOCK');
export const SIGN_IN_LIMITER = Symbol('SIGN_IN_LIMITER');
export const PASSWORD_HASHER = Symbol('PASSWORD_HASHER');

/** The current time; tests hand in their own to reach expiry without waiting. */
export type Clock = () => Date;
