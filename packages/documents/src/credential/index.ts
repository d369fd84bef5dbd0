// @caravan/documents/credential: signed badge credentials that a check-in point verifies
// offline. Isomorphic: no Node built-in, so it bundles into a browser page as it is.
export { generateEditionKeyPair } from './edition-keys.js';
export { signCredential } from './sign-credential.js';
export { createKeyring, verifyCredential, type CredentialKeyring } from './verify-credential.js';
export {
  checkAdmission,
  type AdmissionDecision,
  type AdmissionOutcome,
  type AdmissionQuery,
  type BadgeListing,
  type CheckInDecision,
} from './check-admission.js';
export { CredentialInputError } from './credential-input.error.js';
export { MAX_DAY_SPAN, MAX_ZONE } from './claim-masks.js';
export { ZBadgeClaims } from './badge-claims.schema.js';
export type {
  BadgeClaims,
  CredentialClaims,
  EditionKeyPair,
  EditionPublicKey,
  VerificationResult,
  VerificationStatus,
} from './credential.types.js';
