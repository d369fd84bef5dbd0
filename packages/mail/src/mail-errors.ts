// Errors of composing a mail: a code a caller can switch on and a message a person can act on.
import type { z } from 'zod';

export type MailInputErrorCode = 'MAIL_KIND_UNKNOWN' | 'MAIL_PARAMS_INVALID' | 'MAIL_ATTACHMENT_INVALID' | 'MAIL_RECIPIENT_INVALID' | 'MAIL_COLOR_INVALID';

/** The caller asked for a mail that cannot be written; retrying the same request cannot help. */
export class MailInputError extends Error {
  override readonly name = 'MailInputError';
  constructor(
    readonly code: MailInputErrorCode,
    message: string,
    /** Field-level problems, e.g. { 'params.magicLinkUrl': 'must be an http:// or https:// URL' }. */
    readonly fields: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }

  /** One error naming every field that `error` found wrong under `prefix` ("params", "to"). */
  static fromZod(code: MailInputErrorCode, what: string, prefix: string, error: z.ZodError): MailInputError {
    const fields: Record<string, string> = {};
    for (const issue of error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) fields[[prefix, ...issue.path.map(String), key].join('.')] = 'is not expected here';
      } else {
        fields[[prefix, ...issue.path.map(String)].join('.')] = issue.message;
      }
    }
    const listed = Object.entries(fields).map(([field, message]) => `${field} ${message}`);
    return new MailInputError(code, `${what}: ${listed.join('; ')}.`, fields);
  }
}
