// What went wrong when a mail was handed to SMTP, classified for the job that sent it: a
// retryable error (the relay was unreachable, busy or said 4xx; the credentials were refused)
// may succeed on a later attempt; a permanent one (5xx for this message or recipient, an
// address that cannot be delivered to) will fail the same way every time.
import { types } from 'node:util';
import type { NodemailerError } from 'nodemailer/lib/errors';

export type MailSendErrorCode =
  /** No connection, a dropped one, a DNS failure or a timeout. */
  | 'SMTP_UNREACHABLE'
  /** TLS could not be set up. */
  | 'SMTP_TLS_FAILED'
  /** The relay refused our credentials: a configuration problem, not this message's. */
  | 'SMTP_AUTH_FAILED'
  /** A 4xx reply (or 503): try again later. */
  | 'SMTP_TEMPORARY_FAILURE'
  /** A 5xx reply to this message or recipient. */
  | 'SMTP_REJECTED'
  /** The recipient address cannot be delivered to. */
  | 'RECIPIENT_INVALID'
  /** Anything else; retried, since nothing says that this message is at fault. */
  | 'SMTP_FAILED';

const CONNECTION_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'EPROXY', 'ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENOTFOUND']);

export class MailSendError extends Error {
  override readonly name = 'MailSendError';
  constructor(
    readonly code: MailSendErrorCode,
    /** Whether sending the same mail again may succeed; a Bull job retries only these. */
    readonly retryable: boolean,
    message: string,
    readonly details: {
      /** The SMTP reply code, when the server answered. */
      responseCode?: number;
      /** nodemailer's error code (ECONNECTION, EENVELOPE, ...). */
      transportCode?: string;
      /** The SMTP command that was answered with an error. */
      command?: string;
    } = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

// A socket error is created by Node's core and may come from another realm (a vm context, a
// test runner's sandbox), where `instanceof Error` is false; isNativeError is not fooled.
function isNodemailerError(error: unknown): error is NodemailerError {
  return error instanceof Error || types.isNativeError(error);
}

/** Turns whatever nodemailer threw into a MailSendError the job can act on. */
export function classifySmtpError(error: unknown): MailSendError {
  if (error instanceof MailSendError) return error;
  if (!isNodemailerError(error)) return new MailSendError('SMTP_FAILED', true, `Sending failed: ${String(error)}`, {}, { cause: error });
  const details = {
    ...(error.responseCode === undefined ? {} : { responseCode: error.responseCode }),
    ...(error.code === undefined ? {} : { transportCode: error.code }),
    ...(error.command === undefined ? {} : { command: error.command }),
  };
  const reply = error.response ? ` The server replied: ${error.response}` : '';
  const make = (code: MailSendErrorCode, retryable: boolean, message: string) => new MailSendError(code, retryable, `${message}${reply}`, details, { cause: error });

  if (error.code === 'EAUTH' || error.code === 'ENOAUTH') {
    return make('SMTP_AUTH_FAILED', true, 'The SMTP relay refused the credentials: check SMTP_USER and SMTP_PASSWORD.');
  }
  if (error.responseCode !== undefined) {
    // nodemailer's own reading of the reply class: 5xx except 503 is permanent (RFC 5321).
    if (error.permanent === true) {
      return error.command?.startsWith('RCPT TO')
        ? make('RECIPIENT_INVALID', false, `The SMTP relay rejected the recipient (${error.responseCode}).`)
        : make('SMTP_REJECTED', false, `The SMTP relay rejected the message (${error.responseCode}).`);
    }
    return make('SMTP_TEMPORARY_FAILURE', true, `The SMTP relay deferred the message (${error.responseCode}); try again later.`);
  }
  if (error.code === 'EENVELOPE') {
    return make('RECIPIENT_INVALID', false, `The recipient address cannot be used: ${error.message}`);
  }
  if (error.code === 'ETLS' || error.code === 'EREQUIRETLS') {
    return make('SMTP_TLS_FAILED', true, `TLS with the SMTP relay failed: ${error.message}`);
  }
  if ((error.code !== undefined && CONNECTION_CODES.has(error.code)) || (error.originalCode !== undefined && CONNECTION_CODES.has(error.originalCode))) {
    return make('SMTP_UNREACHABLE', true, `The SMTP relay could not be reached: ${error.message}`);
  }
  return make('SMTP_FAILED', true, `Sending failed: ${error.message}`);
}
