// A mail ready for the transport: rendered in the recipient's language, addressed, with the
// files its kind requires. What a Bull job hands to Mailer.send.
import { z } from 'zod';
import { MailInputError } from './mail-errors.js';
import { MAIL_KIND_DEFINITIONS, type MailKind } from './mail-kinds.js';
import { ZPlainText } from './param-schemas.js';
import { renderMail, type RenderMailInput } from './render-mail.js';

export interface MailRecipient {
  address: string;
  name?: string;
}

export interface MailAttachment {
  filename: string;
  content: Uint8Array;
  contentType: string;
}

export interface OutgoingMail {
  kind: MailKind;
  to: MailRecipient;
  /** The language the mail is written in; sent as Content-Language. */
  locale: string;
  subject: string;
  html: string;
  text: string;
  attachments: readonly MailAttachment[];
  /**
   * A stable key for this mail (the outbox row's id): the Message-ID is derived from it, so a
   * job that is retried after a send whose reply was lost sends the same Message-ID again.
   */
  messageKey?: string;
}

export interface ComposeMailInput<K extends MailKind> extends Omit<RenderMailInput<K>, 'attachmentNames'> {
  to: MailRecipient;
  attachments?: readonly MailAttachment[];
  messageKey?: string;
}

export const ZMailRecipient = z.strictObject({
  address: z.email({ error: 'must be an e-mail address' }),
  name: ZPlainText.optional(),
});

const ZFileName = ZPlainText.refine((name) => !/[/\\]/.test(name), 'must be a file name without a directory');

const ZAttachment = z.strictObject({
  filename: ZFileName,
  content: z.instanceof(Uint8Array, { error: 'must be the file content as bytes' }).refine((bytes) => bytes.byteLength > 0, 'must not be empty'),
  contentType: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/i, 'must be a MIME type such as application/pdf'),
});

// Message keys become the local part of a Message-ID: letters, digits and a few separators.
const ZMessageKey = z.string().regex(/^[A-Za-z0-9._-]{1,128}$/, 'may contain letters, digits, ".", "_" and "-" only (at most 128)');

export function composeMail<K extends MailKind>(input: ComposeMailInput<K>): OutgoingMail {
  const to = ZMailRecipient.safeParse(input.to);
  if (!to.success) throw MailInputError.fromZod('MAIL_RECIPIENT_INVALID', 'Invalid recipient', 'to', to.error);
  const attachments = z.array(ZAttachment).safeParse(input.attachments ?? []);
  if (!attachments.success) throw MailInputError.fromZod('MAIL_ATTACHMENT_INVALID', 'Invalid attachment', 'attachments', attachments.error);
  const requirement = MAIL_KIND_DEFINITIONS[input.kind]?.attachment;
  if (requirement === 'required' && attachments.data.length === 0) {
    throw new MailInputError('MAIL_ATTACHMENT_INVALID', `Mail "${input.kind}" must carry its file: pass it in attachments.`, {
      attachments: 'must contain the file this kind of mail delivers',
    });
  }
  const messageKey = ZMessageKey.optional().safeParse(input.messageKey);
  if (!messageKey.success) throw MailInputError.fromZod('MAIL_PARAMS_INVALID', 'Invalid message key', 'messageKey', messageKey.error);
  const rendered = renderMail({ ...input, attachmentNames: attachments.data.map((file) => file.filename) });
  return {
    kind: rendered.kind,
    to: to.data,
    locale: rendered.locale,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    attachments: attachments.data,
    ...(input.messageKey === undefined ? {} : { messageKey: input.messageKey }),
  };
}
