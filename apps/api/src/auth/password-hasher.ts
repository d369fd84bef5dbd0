// Password hashing with argon2id (OWASP's first choice). For an unknown email we still verify
// against a throwaway hash of the same cost, so a wrong email and a wrong password take the
// same time and nobody can learn which addresses have accounts.
import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

@Injectable()
export class PasswordHasher {
  private dummy: Promise<string> | undefined;

  async warmUp(): Promise<void> {
    this.dummy ??= this.hash(randomBytes(32).toString('base64url'));
    await this.dummy;
  }

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  /** Verifies against the stored hash, or against a dummy of equal cost when there is none. */
  async verify(storedHash: string | null, password: string): Promise<boolean> {
    if (storedHash === null) {
      this.dummy ??= this.hash(randomBytes(32).toString('base64url'));
      await verify(await this.dummy, password);
      return false;
    }
    try {
      return await verify(storedHash, password);
    } catch {
      // A malformed stored hash must not let anybody in, nor reveal itself.
      return false;
    }
  }
}
