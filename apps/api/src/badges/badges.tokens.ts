// Injection token of the cipher that keeps badge-signing keys encrypted at rest.
export const BADGE_KEY_CIPHER = Symbol('BADGE_KEY_CIPHER');
