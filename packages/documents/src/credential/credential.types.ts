// The shapes a credential's issuer and its verifier exchange: the claims a badge's code
// carries, the key material of an edition, and the verifier's discriminated results.

/** What the organizer decides for one badge; signed into its code. */
export interface BadgeClaims {
  /** The badge's number within its edition (1 to 2,147,483,647), printed on the badge too. */
  readonly badgeNumber: number;
  /** Raised each time the badge is reissued (lost, rotated, category changed); older codes stop working. */
  readonly serial: number;
  /** Zone numbers (0–30) of the edition's zone list that the badge opens. */
  readonly zones: readonly number[];
  /** Venue-local days (YYYY-MM-DD) on which the badge is valid, within a span of 31 days. */
  readonly days: readonly string[];
  /** When the code was signed; kept to the second. */
  readonly issuedAt: Date;
}

/** Claims as the verifier returns them: sorted zones and days, and whose key signed them. */
export interface CredentialClaims extends BadgeClaims {
  readonly editionId: string;
  /** Eight hex digits naming the edition key that signed the code. */
  readonly keyId: string;
}

/** An edition's key pair as stored by the organizer's side: 32-byte keys in unpadded base64url. */
export interface EditionKeyPair {
  readonly keyId: string;
  readonly publicKey: string;
  readonly privateKey: string;
}

/** What verifies codes: an edition's public key, safe to ship to a check-in device. */
export interface EditionPublicKey {
  readonly editionId: string;
  readonly publicKey: string;
}

export type VerificationResult =
  | { readonly status: 'valid'; readonly claims: CredentialClaims }
  /** Not a credential this format can read (a URL, a truncated scan, another version). */
  | { readonly status: 'malformed'; readonly reason: string }
  /** Signed, if at all, by a key the keyring does not hold. */
  | { readonly status: 'unknown-key'; readonly keyId: string }
  /** Names a known key, but that key did not sign these bytes: forged or altered. */
  | { readonly status: 'bad-signature'; readonly keyId: string }
  /** Genuine, but issued for another edition than the one this keyring admits to. */
  | { readonly status: 'wrong-edition'; readonly editionId: string; readonly expectedEditionId: string };

export type VerificationStatus = VerificationResult['status'];
