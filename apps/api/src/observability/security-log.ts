// Security events of organizer accounts, as one structured log line each and a count in
// /metrics: failed sign-ins (with the account when one matched the email) and requests refused
// for want of a session or a right. A line names the reason (an error code), the account id
// when known and an HMAC of the client address (common/client-address-hash.ts); it never
// carries a password, a token or the address itself.
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { AUTH_SECRET } from '../auth/auth.tokens.js';
import { clientAddressHash } from '../common/client-address-hash.js';
import { LOGGER } from '../config/config.tokens.js';
import { ApiMetrics } from './api-metrics.js';

/** Why a sign-in failed, as the error code the client got. */
export type SignInFailure = 'INVALID_CREDENTIALS' | 'ACCOUNT_DISABLED' | 'RATE_LIMITED' | 'MFA_CODE_INVALID';

/** The error codes that mean "refused": no valid session, or no right to the action. */
export const REFUSAL_CODES: ReadonlySet<string> = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'SESSION_INVALID', 'MFA_ENROLMENT_REQUIRED']);

export interface SecurityEventContext {
  address: string;
  /** The account concerned, when one is known (the email matched one, or the viewer signed in). */
  accountId?: string | null;
  /** Where it happened: a GraphQL operation name or a route. */
  operation?: string;
  requestId?: string;
}

@Injectable()
export class SecurityLog {
  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(AUTH_SECRET) private readonly secret: Uint8Array,
    @Inject(ApiMetrics) private readonly metrics: ApiMetrics,
  ) {}

  signInFailed(reason: SignInFailure, context: SecurityEventContext): void {
    this.metrics.countSecurityEvent('sign_in_failed', reason);
    this.logger.warn({ securityEvent: 'sign_in_failed', reason, ...this.fields(context) }, 'sign-in failed');
  }

  refused(reason: string, context: SecurityEventContext): void {
    this.metrics.countSecurityEvent('refused', reason);
    this.logger.warn({ securityEvent: 'refused', reason, ...this.fields(context) }, 'request refused');
  }

  private fields(context: SecurityEventContext) {
    return {
      accountId: context.accountId ?? null,
      clientAddressHash: clientAddressHash(this.secret, context.address),
      ...(context.operation ? { operation: context.operation } : {}),
      ...(context.requestId ? { requestId: context.requestId } : {}),
    };
  }
}
