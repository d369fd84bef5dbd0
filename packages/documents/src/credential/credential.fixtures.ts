// Keys and claims the credential tests share: two editions of one series.
import type { BadgeClaims } from './credential.types.js';
import { generateEditionKeyPair } from './edition-keys.js';

export const ELEVENTH = 'edition-11';
export const TWELFTH = 'edition-12';
export const eleventhKey = generateEditionKeyPair();
export const twelfthKey = generateEditionKeyPair();

export const delegateClaims: BadgeClaims = {
  badgeNumber: 24_817,
  serial: 2,
  zones: [0, 1, 4],
  days: ['2024-10-25', '2024-10-26', '2024-10-28'],
  issuedAt: new Date('2024-10-01T09:30:00Z'),
};
