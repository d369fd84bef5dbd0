// Sends one mail from its template in the recipient's language. Recorded through the outbox in
// the same transaction as the change that causes it, so a rolled-back change sends nothing and
// a committed one is never lost. The outbox row's id is the mail's message key: a retry after a
// send whose reply was lost goes out with the same Message-ID.
import { buffer } from 'node:stream/consumers';
import { composeMail, MAIL_KINDS, MailInputError, MailSendError, type MailAttachment, type MailKind, type MailParamsInput } from '@caravan/mail';
import { StorageError, type ObjectStorage } from '@caravan/storage';
import { z } from 'zod';
import { defineJob } from '../job-definition.js';
import { JobError } from '../job-errors.js';
import { QUEUES } from '../queues.js';

const ZAttachmentRef = z
  .object({
    /** The file in object storage (a badge, a letter, an export). */
    storageKey: z.string().min(1).max(512),
    filename: z.string().min(1).max(200),
    contentType: z.string().min(3).max(100),
  })
  .strict();

export const ZMailSendPayload = z
  .object({
    kind: z.enum(MAIL_KINDS),
    /** The recipient's language (BCP 47); the template falls back along its chain. */
    locale: z.string().min(1).max(35),
    to: z.object({ address: z.string().min(3).max(254), name: z.string().min(1).max(200).optional() }).strict(),
    /** The kind's parameters, checked against its schema when the mail is composed. */
    params: z.record(z.string(), z.unknown()),
    primaryColor: z.string().max(7).optional(),
    attachments: z.array(ZAttachmentRef).max(5).optional(),
  })
  .strict();

export type MailSendPayload = z.infer<typeof ZMailSendPayload>;

async function readAttachment(storage: ObjectStorage, ref: z.infer<typeof ZAttachmentRef>): Promise<MailAttachment> {
  try {
    const object = await storage.get(ref.storageKey);
    return { filename: ref.filename, contentType: ref.contentType, content: new Uint8Array(await buffer(object.body)) };
  } catch (error) {
    if (error instanceof StorageError && error.code === 'STORAGE_NOT_FOUND') {
      throw new JobError('ATTACHMENT_MISSING', `The file ${ref.storageKey} to attach as ${ref.filename} is not in storage (erased, or never written).`);
    }
    throw error;
  }
}

export const mailSendJob = defineJob({
  id: 'mail.send',
  version: 1,
  queue: QUEUES.mail,
  payload: ZMailSendPayload,
  async handle(payload, { mailer, storage, outboxId }) {
    const attachments = await Promise.all((payload.attachments ?? []).map((ref) => readAttachment(storage, ref)));
    let mail;
    try {
      mail = composeMail({
        kind: payload.kind as MailKind,
        locale: payload.locale,
        to: payload.to,
        params: payload.params as MailParamsInput<MailKind>,
        primaryColor: payload.primaryColor,
        attachments,
        messageKey: outboxId,
      });
    } catch (error) {
      // The parameters were recorded wrong: no retry can mend them.
      if (error instanceof MailInputError) throw new JobError('JOB_PAYLOAD_INVALID', `Mail ${payload.kind} cannot be composed: ${error.message}`);
      throw error;
    }
    try {
      await mailer.send(mail);
    } catch (error) {
      if (error instanceof MailSendError) {
        throw new JobError(error.retryable ? 'MAIL_UNDELIVERED' : 'MAIL_REFUSED', `Mail ${payload.kind} to ${payload.to.address}: ${error.message}`);
      }
      throw error;
    }
  },
});
